// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignLoader reads every case at once (the dashboard, the campaign report) with a few bulk
// queries; what it gives must be what reading the cases one by one gives.
#include "analytics/campaignloader.h"
#include "rectificationfixture.h"
#include "storage/database.h"

#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("campaign loader: every case at once reads the same reviews, answers, scores and findings as case by case")
{
    Database db(QStringLiteral(":memory:"));
    const qint64 a = RectificationFixture::addCase(db, QStringLiteral("郑市监罚〔2025〕1号"), QStringLiteral("甲局"), QDate(2025, 1, 10));
    const qint64 b = RectificationFixture::addCase(db, QStringLiteral("郑市监罚〔2025〕2号"), QStringLiteral("乙局"), QDate(2025, 2, 10));
    const qint64 c = RectificationFixture::addCase(db, QStringLiteral("郑市监罚〔2025〕3号"), QStringLiteral("甲局"), QDate(2025, 3, 10));
    RectificationFixture::signedReview(db, a);
    RectificationFixture::signedReview(db, a, false, QStringLiteral("李四"));  // a second reviewer
    RectificationFixture::signedReview(db, c, true);
    RectificationFixture::findings(db, a);
    RectificationFixture::findings(db, b);

    for (const QString &reviewer : {QString(), QStringLiteral("李四")}) {
        CAPTURE(reviewer.toStdString());
        const auto bulk = CampaignLoader(db).load({}, reviewer).cases;
        const auto single = CampaignLoader(db).load({a, b, c}, reviewer).cases;
        REQUIRE(bulk.size() == 3);
        REQUIRE(single.size() == 3);
        int reviewed = 0, withFindings = 0;
        for (size_t i = 0; i < 3; ++i) {
            CAPTURE(i);
            CHECK(bulk[i].summary.id == single[i].summary.id);
            REQUIRE(bulk[i].review.has_value() == single[i].review.has_value());
            if (bulk[i].review) {
                ++reviewed;
                CHECK(bulk[i].review->review.id == single[i].review->review.id);
                CHECK(bulk[i].review->answers == single[i].review->answers);
                CHECK(bulk[i].review->card.total == single[i].review->card.total);
                CHECK(bulk[i].review->standing() == single[i].review->standing());
            }
            REQUIRE(bulk[i].findings.size() == single[i].findings.size());
            for (size_t k = 0; k < bulk[i].findings.size(); ++k) {
                CHECK(bulk[i].findings[k].id == single[i].findings[k].id);
                CHECK(bulk[i].findings[k].finding == single[i].findings[k].finding);
                CHECK(bulk[i].findings[k].decision.has_value() == single[i].findings[k].decision.has_value());
            }
            withFindings += !bulk[i].findings.empty();
        }
        CHECK(reviewed == (reviewer.isEmpty() ? 2 : 1));
        CHECK(withFindings == 2);
        // The evidence anchors come along (the signed reviews anchor pages 1 and 3).
        REQUIRE(bulk[0].review);
        bool anchored = false;
        for (const Answer &ans : bulk[0].review->answers)
            anchored = anchored || !ans.evidence.empty();
        CHECK(anchored);
    }
}
