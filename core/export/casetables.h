// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tables bureau staff continue with in Excel/WPS: the case list, the findings list and the
// review scores, built from loaded case inputs (pure). Column titles are Chinese, as printed.
#include "analytics/campaigninput.h"
#include "exporttable.h"

namespace casereview {

namespace CaseTables {
ExportTable cases(const std::vector<CaseInput> &cases);
ExportTable findings(const std::vector<CaseInput> &cases);
// One row per case with a review: status, total, grade, veto, sub-scores by dimension.
ExportTable scores(const std::vector<CaseInput> &cases);
// "cases" | "findings" | "scores"; nullopt for another word.
std::optional<ExportTable> byName(const QString &what, const std::vector<CaseInput> &cases);
} // namespace CaseTables

} // namespace casereview
