// SPDX-License-Identifier: GPL-3.0-or-later
// Which stored cases are under blind review (CampaignRepository::blindFiles, BlindReviews): the
// files of each campaign's latest assignment with who is assigned and who has submitted; a new
// draw not yet assigned keeps the last assignment's reviews blind; a case in two campaigns waits
// for the reviewers of both; a list, and another reviewer, see none of it until all submitted.
#include "campaign/campaignservice.h"
#include "campaigncase.h"
#include "report/reportbuilds.h"
#include "review/blindreviews.h"
#include "review/reviewservice.h"
#include "storage/campaignrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/standardservice.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
// A campaign over the store's cases, every case drawn, two of its pool on each.
qint64 campaignOnAll(CampaignService &service, const QString &name, const QStringList &pool)
{
    return CampaignCase::assigned(service, name, pool, name);
}

void submit(Database &db, qint64 caseId, const QString &reviewer)
{
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = reviewer;
    s.standardId = QStringLiteral("penalty-general");
    s.answers = {{QStringLiteral("P-B01"), Verdict::Pass, 0, {}, {}}};
    s.submit = true;
    s.allowIncomplete = true;
    ReviewService(db).save(s);
}
} // namespace

TEST_CASE("blind files: assigned and submitted per case, kept through a new draw, joined across campaigns")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("b.crstore")));
    StandardService(db).ensureBuiltins();
    const qint64 one = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
    const qint64 two = CampaignCase::add(db, QStringLiteral("甲罚2号"), QStringLiteral("甲局"));
    CampaignService service(db);
    CHECK(CampaignRepository(db).blindFiles().empty()); // no campaign: nothing blind

    const qint64 c1 = campaignOnAll(service, QStringLiteral("一"), {QStringLiteral("王"), QStringLiteral("李")});
    std::map<qint64, BlindFile> files = CampaignRepository(db).blindFiles();
    REQUIRE(files.size() == 2);
    CHECK(files[one].assigned.size() == 2);
    CHECK(files[one].submitted.isEmpty());

    submit(db, one, QStringLiteral("王"));
    files = CampaignRepository(db).blindFiles(one);
    REQUIRE(files.size() == 1);
    CHECK(files[one].submitted == QStringList{QStringLiteral("王")});
    BlindReviews blind = BlindReviews::load(db);
    CHECK(blind.blind(one));
    const Review wang = *ReviewRepository(db).find(one, QStringLiteral("王"));
    CHECK(blind.hidden(wang)); // a list
    CHECK(blind.hidden(wang, QStringLiteral("李"))); // the other reviewer
    CHECK_FALSE(blind.hidden(wang, QStringLiteral("王"))); // its own reviewer

    // A second draw, not assigned yet, does not lift the blind review of the first assignment.
    DrawSpec again;
    again.seed = QStringLiteral("again");
    again.byRatio = false;
    again.count = 1;
    service.draw(c1, again, {}, QStringLiteral("组长"));
    CHECK(BlindReviews::load(db).blind(one));

    // A second campaign on the same cases: the file waits for the reviewers of both.
    campaignOnAll(service, QStringLiteral("二"), {QStringLiteral("赵"), QStringLiteral("钱")});
    files = CampaignRepository(db).blindFiles(one);
    CHECK(files[one].assigned.size() == 4);
    CHECK(CampaignRepository(db).blindFiles(one, c1)[one].assigned.size() == 2);

    for (const char *name : {"李", "赵", "钱"})
        submit(db, one, QString::fromUtf8(name));
    blind = BlindReviews::load(db);
    CHECK_FALSE(blind.blind(one));
    CHECK_FALSE(blind.hidden(wang));
    CHECK(blind.blind(two)); // nobody has submitted the other file
    std::vector<Review> all = ReviewRepository(db).all();
    blind.drop(all);
    CHECK(all.size() == 4); // the four reviews of the revealed file
}

TEST_CASE("blind files: a review opinion is made only of the viewer's own review until all submitted")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("b.crstore")));
    StandardService(db).ensureBuiltins();
    const qint64 one = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
    CampaignService service(db);
    campaignOnAll(service, QStringLiteral("一"), {QStringLiteral("王"), QStringLiteral("李")});
    submit(db, one, QStringLiteral("王"));
    ReportBuilds builds(db);
    struct Row {
        const char *what;
        QString reviewer, viewer;
        ReportBuild::Error error;
    };
    const Row rows[] = {
        {"own review", QStringLiteral("王"), QStringLiteral("王"), ReportBuild::Error::None},
        {"another's review", QStringLiteral("王"), QStringLiteral("李"), ReportBuild::Error::Blind},
        {"another's review, no viewer", QStringLiteral("王"), {}, ReportBuild::Error::Blind},
        {"whichever review", {}, QStringLiteral("王"), ReportBuild::Error::Blind},
        {"own review not written yet", QStringLiteral("李"), QStringLiteral("李"), ReportBuild::Error::NoReview},
    };
    for (const Row &r : rows) {
        const ReportBuild b = builds.opinion(one, r.reviewer, r.viewer);
        CHECK_MESSAGE(b.error == r.error, std::string(r.what));
        CHECK_MESSAGE(b.doc.has_value() == (r.error == ReportBuild::Error::None), std::string(r.what));
        if (r.error == ReportBuild::Error::Blind) {
            REQUIRE(b.blind);
            CHECK(b.blind->assigned.size() == 2);
            CHECK(b.blind->submitted == QStringList{QStringLiteral("王")});
        }
    }
    // Once both have submitted, anyone may print either review.
    submit(db, one, QStringLiteral("李"));
    const ReportBuild after = builds.opinion(one, QStringLiteral("王"), QStringLiteral("李"));
    CHECK(after.error == ReportBuild::Error::None);
    CHECK(after.doc.has_value());
}
