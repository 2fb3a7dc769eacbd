// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: one case with its review → the per-case review opinion (案卷评查表, 一卷一表): case
// header, standard, veto results, every item, deductions with reason, basis and pages, section
// and dimension sub-scores, total and grade, signature lines and the page crops behind each
// deduction. A review that is not signed or not complete is marked and shows no final grade.
#include "analytics/campaigninput.h"
#include "reportdocument.h"

namespace casereview {

namespace ReviewOpinionBuilder {
struct Options {
    int maxCrops = 24;  // page crops in the appendix
};
// `c.review` must be set; without it the document only says that the case has no review.
ReportDocument build(const CaseInput &c, const Options &options = {});
QString statusMark(const ReviewInput &r);  // "" when final, else 草稿 / 未完成 / 草稿·未完成
} // namespace ReviewOpinionBuilder

} // namespace casereview
