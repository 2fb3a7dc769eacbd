// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: campaign statistics (and the cases behind them) → the campaign report (评查报告): scope
// and method, counts by agency and type, score distribution and grade shares, veto count,
// Pareto of problems by item and by dimension, typical cases with pages, rectification
// requirements per agency, and a one-line-per-case appendix. For a review campaign also how it
// was run (CampaignConductSections).
#include "analytics/campaigninput.h"
#include "analytics/campaignstats.h"
#include "campaignconduct.h"
#include "reportdocument.h"

#include <QDate>

namespace casereview {

namespace CampaignReportBuilder {
struct Options {
    QString title = QStringLiteral("行政执法案卷评查报告");
    QString organiser;        // the bureau that ran the review, for the scope paragraph
    QDate deadline;           // rectification deadline; invalid: "within 30 days"
    int paretoRows = 15;      // rows of the item Pareto table (the chart shows at most 10)
    // A review campaign's report (ReportKind::CampaignResults): how it was run — draw, cross
    // review, agreement, reconciliation — after the scope; `cases` then hold the files' joint
    // results (the signed consensus sheets) as their reviews.
    std::optional<CampaignConduct> conduct;
};
ReportDocument build(const std::vector<CaseInput> &cases, const CampaignStats &stats, const Options &options = {});
} // namespace CampaignReportBuilder

} // namespace casereview
