// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewer assignment: recusal from one's own unit and listed conflicts, balanced load, seeded
// and repeatable, and the refusal when recusal leaves too few reviewers.
#include "campaign/campaignerror.h"
#include "campaign/reviewerassignment.h"

#include <QHash>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
CampaignReviewer reviewer(const QString &name, const QString &unit, QStringList conflicts = {})
{
    return {name, unit, conflicts, {}};
}
} // namespace

TEST_CASE("campaign assignment: recusal from one's own unit and conflicting units")
{
    struct Row {
        const char *name;
        CampaignReviewer r;
        const char *agency;
        bool recused;
    };
    const std::vector<Row> rows{
        {"own unit", reviewer(QStringLiteral("王"), QStringLiteral("甲局")), "甲局", true},
        {"other unit", reviewer(QStringLiteral("王"), QStringLiteral("甲局")), "乙局", false},
        {"listed conflict", reviewer(QStringLiteral("王"), QStringLiteral("甲局"), {QStringLiteral("乙局")}), "乙局", true},
        {"spaces do not hide the unit", reviewer(QStringLiteral("王"), QStringLiteral(" 甲局 ")), "甲局", true},
        {"agency unknown", reviewer(QStringLiteral("王"), QStringLiteral("甲局")), "", false},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        CHECK(ReviewerAssignment::recused(r.r, QString::fromUtf8(r.agency)) == r.recused);
    }
}

TEST_CASE("campaign assignment: two per file, never of their own agency, load balanced, repeatable")
{
    std::vector<AssignmentFile> files;
    const QStringList agencies{QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局")};
    for (int i = 0; i < 60; ++i)
        files.push_back({QStringLiteral("案%1").arg(i), agencies[i % 3]});
    std::vector<CampaignReviewer> reviewers;
    for (int i = 0; i < 9; ++i)
        reviewers.push_back(reviewer(QStringLiteral("评查员%1").arg(i), agencies[i % 3]));
    const auto a = ReviewerAssignment::assign(files, reviewers, 2, QStringLiteral("seed"));
    REQUIRE(a.size() == files.size());
    QHash<QString, int> load;
    QHash<QString, QString> unitOf;
    for (const auto &r : reviewers)
        unitOf[r.name] = r.unit;
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].key == files[i].key);
        REQUIRE(a[i].reviewers.size() == 2);
        CHECK(a[i].reviewers[0] != a[i].reviewers[1]);
        for (const QString &name : a[i].reviewers) {
            CHECK(unitOf[name] != files[i].agency);
            ++load[name];
        }
    }
    int lo = 1000, hi = 0;
    for (int n : load) {
        lo = std::min(lo, n);
        hi = std::max(hi, n);
    }
    CHECK(load.size() == 9);
    CHECK(hi - lo <= 1);  // 120 picks over 9 reviewers: 13 or 14 each
    CHECK(ReviewerAssignment::assign(files, reviewers, 2, QStringLiteral("seed")) == a);
    CHECK(ReviewerAssignment::assign(files, reviewers, 2, QStringLiteral("other")) != a);
}

TEST_CASE("campaign assignment: no reviewer left after recusal is refused naming the file")
{
    const std::vector<AssignmentFile> files{{QStringLiteral("乙1"), QStringLiteral("乙局")}, {QStringLiteral("甲1"), QStringLiteral("甲局")}};
    const std::vector<CampaignReviewer> reviewers{reviewer(QStringLiteral("王"), QStringLiteral("乙局")),
                                                  reviewer(QStringLiteral("李"), QStringLiteral("丙局"), {QStringLiteral("甲局")}),
                                                  reviewer(QStringLiteral("张"), QStringLiteral("甲局"))};
    CHECK(ReviewerAssignment::assign(files, reviewers, 1, QStringLiteral("s")).size() == 2);
    try {
        ReviewerAssignment::assign(files, reviewers, 2, QStringLiteral("s"));
        FAIL("an assignment without enough reviewers was made");
    } catch (const CampaignError &e) {
        CHECK(e.kind() == CampaignError::Kind::NoReviewer);
        // 甲1: 李 lists 甲局 as a conflict and 张 is of 甲局, only 王 is left; 乙1 has 李 and 张.
        CHECK(e.message().contains(QStringLiteral("甲1 (甲局) needs 2 reviewers but only 1 of 3")));
    }
    CHECK_THROWS_AS(ReviewerAssignment::assign(files, reviewers, 0, QStringLiteral("s")), CampaignError);
}
