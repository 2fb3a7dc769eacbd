// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign statistics from plain inputs: five cases (signed, vetoed, with findings, draft,
// unreviewed) whose counts, grades, histogram, deductions, Pareto rows and typical cases are
// worked out by hand.
#include "analytics/campaignanalytics.h"
#include "campaignfixture.h"

#include <doctest/doctest.h>

using namespace casereview;

using namespace CampaignFixture;

TEST_CASE("analytics counts cases by agency and type and only grades final reviews")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    CHECK(st.caseCount == 5);
    CHECK(st.finalCount == 3);
    CHECK(st.incompleteCount == 1);
    CHECK(st.unreviewedCount == 1);
    CHECK(st.byAgency == std::vector<CountRow>{{"乙局", 2}, {"甲局", 2}, {"（未识别）", 1}});
    CHECK(st.byCaseType == std::vector<CountRow>{{"行政处罚", 2}, {"行政检查", 2}, {"（未识别）", 1}});
    CHECK(st.grades == std::vector<CountRow>{{"优秀", 1}, {"合格", 1}, {"不合格", 1}});
    CHECK(st.histogram == std::vector<ScoreBucket>{{0, 60, 1}, {60, 70, 0}, {70, 80, 0}, {80, 90, 1}, {90, 100, 1}});
    CHECK(st.meanScore == doctest::Approx(173.0 / 3));
    CHECK(st.vetoCases == 1);
    CHECK(st.acceptedFindings == 2);
    CHECK(st.pendingFindings == 1);
}

TEST_CASE("analytics sums deductions by dimension and section")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    CHECK(st.deductionsByDimension[size_t(Dimension::Procedure)] == 10);
    CHECK(st.deductionsByDimension[size_t(Dimension::Discretion)] == 2);
    CHECK(st.deductionsByDimension[size_t(Dimension::Legality)] == 20);
    CHECK(st.bySection == std::vector<DeductionRow>{{"合法", 20, 1}, {"程序", 10, 2}, {"裁量", 2, 1}, {"否决", 0, 1}});
}

TEST_CASE("analytics pareto by item and by dimension with cumulative shares")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    struct Row { const char *key; int n; double pts; double cum; };
    const Row items[] = {{"t:B1", 3, 10, 3.0 / 7}, {"t:D1", 1, 20, 4.0 / 7}, {"t:C1", 1, 2, 5.0 / 7},
                         {"t:B2", 1, 0, 6.0 / 7}, {"t:V1", 1, 0, 1.0}};
    REQUIRE(st.paretoByItem.size() == 5);
    for (size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(st.paretoByItem[i].key == QString::fromUtf8(items[i].key));
        CHECK(st.paretoByItem[i].occurrences == items[i].n);
        CHECK(st.paretoByItem[i].points == items[i].pts);
        CHECK(st.paretoByItem[i].cumulative == doctest::Approx(items[i].cum));
    }
    CHECK(st.paretoByItem[0].label == QStringLiteral("立案审批"));
    CHECK(st.paretoByItem[0].share == doctest::Approx(3.0 / 7));
    const Row dims[] = {{"procedure", 5, 10, 5.0 / 7}, {"legality", 1, 20, 6.0 / 7}, {"discretion", 1, 2, 1.0}};
    REQUIRE(st.paretoByDimension.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        CAPTURE(i);
        CHECK(st.paretoByDimension[i].key == QString::fromUtf8(dims[i].key));
        CHECK(st.paretoByDimension[i].occurrences == dims[i].n);
        CHECK(st.paretoByDimension[i].points == dims[i].pts);
        CHECK(st.paretoByDimension[i].cumulative == doctest::Approx(dims[i].cum));
    }
    CHECK(st.paretoByDimension[0].label == QStringLiteral("程序合规性"));
}

TEST_CASE("analytics typical cases put veto first then lowest score with page references")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    REQUIRE(st.typicalCases.size() == 4);
    CHECK(st.typicalCases[0].caseId == 2);
    CHECK(st.typicalCases[0].veto);
    CHECK(st.typicalCases[0].grade == QStringLiteral("不合格"));
    CHECK(st.typicalCases[1].caseId == 3);
    CHECK(st.typicalCases[2].caseId == 1);
    CHECK(st.typicalCases[3].caseId == 4);
    CHECK(st.typicalCases[3].grade.isEmpty());  // a draft has no grade
    const auto &p2 = st.typicalCases[0].problems;
    REQUIRE(p2.size() == 2);
    CHECK(p2[0].itemKey == QStringLiteral("t:V1"));
    CHECK(p2[0].pages == std::vector<int>{2});
    const auto &p1 = st.typicalCases[2].problems;
    REQUIRE(p1.size() == 2);
    CHECK(p1[0].itemKey == QStringLiteral("t:B1"));
    CHECK(p1[0].deduction == 5);
    CHECK(p1[0].pages == std::vector<int>{3, 5});
    CHECK(p1[0].reason == QStringLiteral("理由B1"));
    CHECK(p1[0].legalBasis == QStringLiteral("行政处罚法第40条"));
    CHECK(CampaignAnalytics::pageList(p1[0].pages) == QStringLiteral("第3、5页"));
    const auto &p3 = st.typicalCases[1].problems;
    REQUIRE(p3.size() == 2);
    CHECK(p3[1].fromFinding);
    CHECK(p3[1].itemKey == QStringLiteral("t:B2"));
    CHECK(p3[1].pages == std::vector<int>{9});
}

TEST_CASE("analytics groups problems per agency for rectification")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    REQUIRE(st.agencies.size() == 3);
    CHECK(st.agencies[0].agency == QStringLiteral("乙局"));
    CHECK(st.agencies[0].cases == 2);
    REQUIRE(st.agencies[0].casesWithProblems.size() == 2);
    CHECK(st.agencies[0].casesWithProblems[1].caseNo == QStringLiteral("案4"));
    REQUIRE(st.agencies[0].byItem.size() == 3);
    CHECK(st.agencies[0].byItem[0].key == QStringLiteral("t:D1"));
    CHECK(st.agencies[0].byItem[1].key == QStringLiteral("t:B1"));
    CHECK(st.agencies[0].byItem[2].key == QStringLiteral("t:B2"));
    CHECK(st.agencies[2].casesWithProblems.empty());
}

TEST_CASE("analytics histogram buckets are half open except the last")
{
    struct Case { std::vector<double> scores; std::vector<int> counts; };
    const Case table[] = {{{}, {0, 0, 0}}, {{0, 59.99, 60}, {2, 1, 0}}, {{100, 90, 89.5}, {0, 1, 2}}, {{-1, 101}, {0, 0, 0}}};
    for (const Case &c : table) {
        const auto h = CampaignAnalytics::histogram(c.scores, {0, 60, 90, 100});
        REQUIRE(h.size() == 3);
        for (size_t i = 0; i < 3; ++i)
            CHECK(h[i].count == c.counts[i]);
    }
}
