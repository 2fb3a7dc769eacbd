// SPDX-License-Identifier: GPL-3.0-or-later
// ObjectionService's rules over a real store: filing within the window against a final sheet,
// one open objection per item, a decider who did not review the file, an upheld answer that
// fits the item, an unknown campaign; each refusal leaves the objections as they were.
#include "campaign/campaignerror.h"
#include "campaign/campaignservice.h"
#include "campaign/objectionerror.h"
#include "campaign/objectionservice.h"
#include "campaigncase.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/standardservice.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
const QDateTime kFinal = QDateTime::fromString(QStringLiteral("2026-03-01T08:00:00.000Z"), Qt::ISODateWithMs);

struct Store {
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("o.crstore"))};
    qint64 caseId = 0;
    qint64 campaign = 0;
    Store()
    {
        StandardService(db).ensureBuiltins();
        caseId = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
        CampaignService service(db);
        campaign = CampaignCase::assigned(service);
        ConsensusRepository consensus(db);
        const qint64 sheet = consensus.create(campaign, caseId, QStringLiteral("王"), QStringLiteral("t1"));
        consensus.replaceItems(sheet, {{{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {}}, true, QStringLiteral("缺审批")}},
                               QStringLiteral("王"), QStringLiteral("t1"));
        consensus.addSignature(sheet, QStringLiteral("王"), QStringLiteral("t2"));
        consensus.addSignature(sheet, QStringLiteral("李"), QStringLiteral("t2"));
        consensus.finalize(sheet, kFinal.toString(Qt::ISODateWithMs));
    }
    ObjectionFiling filing(const char *item = "P-B01") const
    {
        return {campaign, caseId, QString::fromLatin1(item), QStringLiteral("甲局"), QStringLiteral("审批表在第5页"), {}, {}};
    }
    QStringList snapshot()
    {
        QStringList out;
        for (const ObjectionRecord &o : ObjectionService(db).list(campaign))
            out << QStringLiteral("%1 %2 %3").arg(o.id).arg(objectionStatusKey(o.status), o.itemId);
        return out;
    }
};
} // namespace

TEST_CASE("objection service: filed within the window, upheld, and the effective score changes")
{
    Store s;
    ObjectionService service(s.db);
    const ObjectionRecord o = service.file(s.filing(), kFinal.addDays(3));
    CHECK(o.status == ObjectionStatus::Open);
    CHECK(o.filedBy == QStringLiteral("甲局"));
    const auto before = service.effective(s.campaign, s.caseId);
    REQUIRE(before);
    CHECK_FALSE(before->changed());
    const ObjectionRecord d =
        service.decide(s.campaign, o.id, {true, Verdict::Pass, 0, QStringLiteral("审批表齐全"), QStringLiteral("赵")});
    CHECK(d.status == ObjectionStatus::Upheld);
    const auto after = service.effective(s.campaign, s.caseId);
    REQUIRE(after);
    CHECK(after->changed());
    CHECK(after->card.total == doctest::Approx(after->original.card.total + 2));
    CHECK(after->windowEnd == kFinal.addDays(7));
}

TEST_CASE("objection service: each refusal names its rule and writes nothing")
{
    Store s;
    ObjectionService service(s.db);
    const ObjectionRecord open = service.file(s.filing(), kFinal.addDays(1));
    const QStringList stored = s.snapshot();
    using K = ObjectionError::Kind;
    struct Row {
        const char *name;
        std::function<void()> act;
        K kind;
        const char *says;
    };
    const std::vector<Row> rows = {
        {"after the window", [&] { service.file(s.filing("P-B02"), kFinal.addDays(8)); }, K::WindowClosed, "2026-03-08 08:00 UTC"},
        {"unknown item", [&] { service.file(s.filing("X-99"), kFinal); }, K::UnknownItem, "X-99"},
        {"second open objection", [&] { service.file(s.filing(), kFinal.addDays(2)); }, K::AlreadyOpen, "open objection"},
        {"no grounds",
         [&] {
             auto f = s.filing("P-B02");
             f.grounds = QStringLiteral(" ");
             service.file(f, kFinal);
         },
         K::Invalid, "grounds"},
        {"decider reviewed the file",
         [&] {
             service.decide(s.campaign, open.id, {false, Verdict::Pass, 0, QStringLiteral("r"), QStringLiteral("王")});
         },
         K::NotAllowed, "王"},
        {"no reason",
         [&] {
             service.decide(s.campaign, open.id, {false, Verdict::Pass, 0, {}, QStringLiteral("赵")});
         },
         K::Invalid, "reason"},
        {"deduction above the item's points",
         [&] {
             service.decide(s.campaign, open.id, {true, Verdict::Deduct, 99, QStringLiteral("r"), QStringLiteral("赵")});
         },
         K::Invalid, "more than"},
        {"verdict the item does not take",
         [&] {
             service.decide(s.campaign, open.id, {true, Verdict::Fail, 0, QStringLiteral("r"), QStringLiteral("赵")});
         },
         K::Invalid, "fail"},
        {"deduction with pass",
         [&] {
             service.decide(s.campaign, open.id, {true, Verdict::Pass, 1, QStringLiteral("r"), QStringLiteral("赵")});
         },
         K::Invalid, "does not fit"},
        {"unknown objection",
         [&] {
             service.decide(s.campaign, open.id + 50, {false, Verdict::Pass, 0, QStringLiteral("r"), QStringLiteral("赵")});
         },
         K::NotFound, "no objection"},
        {"window out of range", [&] { service.setWindow(s.campaign, 400, QStringLiteral("组长")); }, K::Invalid, "365"},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        try {
            r.act();
            FAIL("not refused");
        } catch (const ObjectionError &e) {
            CHECK(e.kind() == r.kind);
            CHECK(e.message().contains(QString::fromUtf8(r.says)));
        }
        CHECK(s.snapshot() == stored);
    }
    CHECK(service.windowDays(s.campaign) == 7);

    service.decide(s.campaign, open.id, {false, Verdict::Pass, 0, QStringLiteral("理由不成立"), QStringLiteral("赵")});
    try {
        service.decide(s.campaign, open.id, {false, Verdict::Pass, 0, QStringLiteral("r"), QStringLiteral("钱")});
        FAIL("decided twice");
    } catch (const ObjectionError &e) {
        CHECK(e.kind() == K::AlreadyDecided);
        CHECK(e.message().contains(QStringLiteral("by 赵")));
    }
}

TEST_CASE("objection service: an unknown campaign is refused, never given the default window")
{
    Store s;
    ObjectionService service(s.db);
    CHECK_THROWS_AS(service.windowDays(s.campaign + 9), CampaignError);
    CHECK_THROWS_AS(service.list(s.campaign + 9), CampaignError);
    CHECK_THROWS_AS(service.setWindow(s.campaign + 9, 10, QStringLiteral("组长")), CampaignError);
    auto f = s.filing();
    f.campaignId = s.campaign + 9;
    CHECK_THROWS_AS(service.file(f, kFinal), CampaignError);
    service.setWindow(s.campaign, 10, QStringLiteral("组长"));
    CHECK(service.windowDays(s.campaign) == 10);
}
