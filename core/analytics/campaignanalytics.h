// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure campaign statistics: plain case inputs in, CampaignStats out. No I/O, no Qt objects.
// Grades, scores and deductions come from final reviews only (signed, every item answered);
// accepted findings that no final deduction covers count as problems too.
#include "campaigninput.h"
#include "campaignstats.h"

namespace casereview {

namespace CampaignAnalytics {
struct Options {
    std::vector<double> bucketEdges{0, 60, 70, 80, 90, 100};  // last bucket includes its upper edge
    int typicalCount = 5;
};

QString dimensionName(Dimension d);  // 程序合规性 / 裁量合理性 / 决定合法性
// The problems of one case, largest deduction first (veto before all), then in standard order.
std::vector<CaseProblem> problemsOf(const CaseInput &c);
std::vector<ScoreBucket> histogram(const std::vector<double> &scores, const std::vector<double> &edges);
// Sorts by occurrences, then points, then key, and fills share and cumulative share.
std::vector<ParetoRow> pareto(std::vector<ParetoRow> rows);
std::vector<ParetoRow> paretoByItem(const std::vector<std::vector<CaseProblem>> &problemsPerCase);
std::vector<ParetoRow> paretoByDimension(const std::vector<std::vector<CaseProblem>> &problemsPerCase);
QString pageList(const std::vector<int> &pages);  // "第3、5页", empty when none
CampaignStats analyze(const std::vector<CaseInput> &cases, const Options &options = {});
} // namespace CampaignAnalytics

} // namespace casereview
