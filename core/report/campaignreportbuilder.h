// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: campaign statistics (and the cases behind them) → the campaign report (评查报告): scope
// and method, counts by agency and type, score distribution and grade shares, veto count,
// Pareto of problems by item and by dimension, typical cases with pages, rectification
// requirements per agency, and a one-line-per-case appendix.
#include "analytics/campaigninput.h"
#include "analytics/campaignstats.h"
#include "reportdocument.h"

#include <QDate>

namespace casereview {

namespace CampaignReportBuilder {
struct Options {
    QString title = QStringLiteral("行政执法案卷评查报告");
    QString organiser;        // the bureau that ran the review, for the scope paragraph
    QDate deadline;           // rectification deadline; invalid: "within 30 days"
    int paretoRows = 15;      // rows of the item Pareto table (the chart shows at most 10)
};
ReportDocument build(const std::vector<CaseInput> &cases, const CampaignStats &stats, const Options &options = {});
} // namespace CampaignReportBuilder

} // namespace casereview
