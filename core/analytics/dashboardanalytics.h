// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the supervisor's dashboard draws, each bar with the cases behind it so a click can list
// them: grades, mean score by agency, deductions by dimension and by standard section and the
// Pareto of problems. Counts and points come from CampaignAnalytics::analyze(); this adds the
// case ids by the same rules (final reviews for grades, scores and deductions) and the mean
// score per agency. Pure functions, no I/O.
#include "campaigninput.h"
#include "campaignstats.h"

#include <QList>

namespace casereview {

struct ChartBar {
    QString key;
    QString label;
    double value = 0;  // count, mean score or points, as the chart says
    int count = 0;     // cases or occurrences behind the value
    QList<qint64> caseIds;  // ascending
    double cumulative = 0;  // Pareto only: running share, 0 … 1
};

struct DashboardStats {
    CampaignStats campaign;
    std::vector<ChartBar> grades;         // value = cases with a final review of that grade
    std::vector<ChartBar> scoreByAgency;  // value = mean final score; count = final reviews
    std::vector<ChartBar> dimensions;     // value = points deducted in final reviews
    std::vector<ChartBar> sections;       // value = points deducted, by section title
    std::vector<ChartBar> pareto;         // value = occurrences of the problem
};

namespace DashboardAnalytics {
DashboardStats build(const std::vector<CaseInput> &cases);
} // namespace DashboardAnalytics

} // namespace casereview
