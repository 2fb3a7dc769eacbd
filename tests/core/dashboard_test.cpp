// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures with the cases behind each bar, and the rectification trend.
#include "analytics/dashboardanalytics.h"
#include "analytics/rectificationtrend.h"
#include "scoring/scoringengine.h"
#include "standards/builtinstandards.h"

#include "qtprinters.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
std::shared_ptr<const ReviewStandard> penalty()
{
    for (const ReviewStandard &s : BuiltinStandards::load())
        if (s.id == QStringLiteral("penalty-general"))
            return std::make_shared<const ReviewStandard>(s);
    return nullptr;
}

// Every item answered: pass, except the given answers.
CaseInput reviewed(qint64 id, const char *agency, std::vector<Answer> answers, ReviewStatus status = ReviewStatus::Signed,
                   bool complete = true)
{
    const auto standard = penalty();
    CaseInput c;
    c.summary.id = id;
    c.summary.agency = QString::fromUtf8(agency);
    std::vector<Answer> all = answers;
    if (complete)
        for (const StandardSection &s : standard->sections)
            for (const StandardItem &i : s.items)
                if (std::none_of(answers.begin(), answers.end(), [&](const Answer &a) { return a.itemId == i.id; }))
                    all.push_back({i.id, Verdict::Pass, 0, {}, {}});
    ReviewInput r;
    r.review.caseId = id;
    r.review.status = status;
    r.card = ScoringEngine::score(*standard, all);
    r.answers = all;
    r.standard = standard;
    c.review = r;
    return c;
}

Answer deduct(const char *item, double points) { return {QString::fromLatin1(item), Verdict::Deduct, points, {}, {}}; }
} // namespace

TEST_CASE("dashboard bars carry the cases behind them and agree with the campaign counts")
{
    const std::vector<CaseInput> cases{
        reviewed(1, "甲局", {deduct("P-B01", 3), deduct("P-D01", 4)}),                        // 93 优秀
        reviewed(2, "甲局", {deduct("P-B01", 2), deduct("P-C02", 4), deduct("P-D02", 3)}),   // 91 优秀
        reviewed(3, "乙局", {{QStringLiteral("P-A07"), Verdict::Fail, 0, {}, {}}}),          // veto: 0 不合格
        reviewed(4, "乙局", {deduct("P-B01", 1)}, ReviewStatus::Draft),                       // not final
        reviewed(5, "丙局", {deduct("P-B02", 1)}, ReviewStatus::Signed, false),              // signed, incomplete
    };
    const DashboardStats d = DashboardAnalytics::build(cases);
    REQUIRE(d.grades.size() == 3);
    CHECK(d.grades[0].label == QStringLiteral("优秀"));
    CHECK(d.grades[0].caseIds == QList<qint64>{1, 2});
    CHECK(d.grades[2].caseIds == QList<qint64>{3});
    for (const ChartBar &g : d.grades)
        CHECK(g.value == g.caseIds.size());

    // Only final reviews give a score: 乙局 has one (the veto case), 丙局 none.
    REQUIRE(d.scoreByAgency.size() == 2);
    CHECK(d.scoreByAgency[0].label == QStringLiteral("乙局"));
    CHECK(d.scoreByAgency[0].value == 0);
    CHECK(d.scoreByAgency[1].label == QStringLiteral("甲局"));
    CHECK(d.scoreByAgency[1].value == doctest::Approx(92));
    CHECK(d.scoreByAgency[1].caseIds == QList<qint64>{1, 2});

    REQUIRE(d.dimensions.size() == 3);
    double points = 0;
    for (const ChartBar &b : d.dimensions)
        points += b.value;
    CHECK(points == doctest::Approx(3 + 4 + 2 + 4 + 3));
    CHECK(d.dimensions[0].key == QStringLiteral("procedure"));
    CHECK(d.dimensions[0].caseIds == QList<qint64>{1, 2});
    CHECK(d.dimensions[2].key == QStringLiteral("legality"));  // P-D01, P-D02, the evidence item P-C02 and the veto P-A07
    CHECK(d.dimensions[2].caseIds == QList<qint64>{1, 2, 3});

    REQUIRE(!d.sections.empty());
    CHECK(d.sections[0].label == QStringLiteral("事实认定与法律适用（决定合法性）"));
    CHECK(d.sections[0].value == 7);
    CHECK(d.sections[0].caseIds == QList<qint64>{1, 2});

    REQUIRE(!d.pareto.empty());
    CHECK(d.pareto[0].key == QStringLiteral("penalty-general:P-B01"));
    CHECK(d.pareto[0].caseIds == QList<qint64>{1, 2});
    for (const ChartBar &p : d.pareto)
        CHECK(p.count == p.caseIds.size());
    CHECK(d.pareto.back().cumulative == doctest::Approx(1.0));
}

TEST_CASE("rectification trend replays status changes: overdue only after the deadline day and while the agency owes")
{
    auto item = [](qint64 id, qint64 caseId, const char *created, const char *deadline) {
        RectificationItem i;
        i.id = id;
        i.caseId = caseId;
        i.createdAt = QString::fromLatin1(created) + QStringLiteral("T08:00:00.000Z");
        i.deadline = QDate::fromString(QString::fromLatin1(deadline), Qt::ISODate);
        return i;
    };
    const std::vector<RectificationItem> items{item(1, 10, "2026-01-01", "2026-01-10"), item(2, 20, "2026-01-01", "2026-01-10"),
                                               item(3, 30, "2026-01-08", "2026-02-01")};
    const std::vector<RectificationStatusChange> changes{
        {1, QDate(2026, 1, 5), RectificationStatus::InProgress},
        {1, QDate(2026, 1, 9), RectificationStatus::Reported},   // reported in time: waits for the re-check
        {1, QDate(2026, 1, 20), RectificationStatus::Closed},
        {2, QDate(2026, 1, 12), RectificationStatus::Reported},  // late
    };
    const auto trend = RectificationTrend::compute(items, changes, QDate(2026, 1, 3), QDate(2026, 1, 24), 7);
    struct Row { QDate date; int created, closed, open, overdue; QList<qint64> cases; };
    const std::vector<Row> rows{
        {QDate(2026, 1, 3), 2, 0, 2, 0, {}},
        {QDate(2026, 1, 10), 3, 0, 3, 0, {}},  // the deadline day itself is not overdue
        {QDate(2026, 1, 17), 3, 0, 3, 0, {}},  // item 2 reported on the 12th, item 1 reported
        {QDate(2026, 1, 24), 3, 1, 2, 0, {}},
    };
    REQUIRE(trend.size() == rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(rows[i].date);
        CHECK(trend[i].date == rows[i].date);
        CHECK(trend[i].created == rows[i].created);
        CHECK(trend[i].closed == rows[i].closed);
        CHECK(trend[i].open == rows[i].open);
        CHECK(trend[i].overdue == rows[i].overdue);
        CHECK(trend[i].overdueCaseIds == rows[i].cases);
    }
    const auto daily = RectificationTrend::compute(items, changes, QDate(2026, 1, 11), QDate(2026, 1, 12), 1);
    REQUIRE(daily.size() == 2);
    CHECK(daily[0].overdue == 1);  // item 2, the day after its deadline, not yet reported
    CHECK(daily[0].overdueCaseIds == QList<qint64>{20});
    CHECK(daily[1].overdue == 0);
    CHECK(RectificationTrend::startDate(items, QDate(2026, 1, 24)) == QDate(2026, 1, 1));
    CHECK(RectificationTrend::startDate(items, QDate(2027, 1, 24)) == QDate(2027, 1, 24).addDays(-7 * 26));
}
