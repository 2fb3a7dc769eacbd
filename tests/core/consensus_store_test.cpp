// SPDX-License-Identifier: GPL-3.0-or-later
// Consensus sheets in the store: ConsensusRepository's rows and the schema's triggers (a
// signed sheet's answers cannot change, a final sheet and every signature are records), and
// ConsensusService over a real campaign: refused while blind, by someone not allowed, with a
// missing reason (nothing written), remade until the first signature, final once every
// assigned reviewer has signed, stale when a review changed after the sheet was made; the
// reviews a signed sheet rests on can no longer change.
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"
#include "campaign/consensuserror.h"
#include "campaign/consensusservice.h"
#include "campaigncase.h"
#include "review/reviewerror.h"
#include "review/reviewservice.h"
#include "storage/auditrepository.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/standardservice.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
Answer answer(const char *id, Verdict v, double deduction = 0) { return {QString::fromLatin1(id), v, deduction, {}, {}}; }

// One case of 甲局, drawn and assigned to 王 and 李 (both of 丙局) in a campaign organised by 组长.
struct World {
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("c.crstore"))};
    qint64 caseId = 0;
    qint64 campaign = 0;
    World()
    {
        StandardService(db).ensureBuiltins();
        caseId = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
        CampaignService service(db);
        campaign = CampaignCase::assigned(service);
    }
    void submit(const char *reviewer, std::vector<Answer> answers)
    {
        ReviewService::Submission s;
        s.caseId = caseId;
        s.reviewer = QString::fromUtf8(reviewer);
        s.standardId = QStringLiteral("penalty-general");
        s.answers = std::move(answers);
        s.submit = true;
        s.allowIncomplete = true;
        ReviewService(db).save(s);
    }
    qint64 auditRows() { return qint64(AuditRepository(db).list(QStringLiteral("campaign"), QString::number(campaign)).size()); }
};

ConsensusError::Kind refusal(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const ConsensusError &e) {
        return e.kind();
    }
    FAIL("not refused");
    return ConsensusError::Kind::Sheet;
}
} // namespace

TEST_CASE("consensus store: the rows, and the triggers that lock a signed sheet")
{
    World w;
    ConsensusRepository repo(w.db);
    const qint64 id = repo.create(w.campaign, w.caseId, QStringLiteral("王"), QStringLiteral("t1"));
    const std::vector<ConsensusItem> items{
        {answer("P-A01", Verdict::Pass), false, {}},
        {{QStringLiteral("P-B01"), Verdict::Deduct, 2, QStringLiteral("注"), {{3, QRectF(1, 2, 3, 4), QStringLiteral("引")}}},
         true,
         QStringLiteral("缺审批")}};
    repo.replaceItems(id, items, QStringLiteral("李"), QStringLiteral("t2"));
    auto c = repo.find(w.campaign, w.caseId);
    REQUIRE(c);
    CHECK(c->items == items);
    CHECK(c->reconciler == QStringLiteral("李"));
    CHECK(c->createdAt == QStringLiteral("t1"));
    CHECK(c->updatedAt == QStringLiteral("t2"));
    CHECK(c->status == ConsensusStatus::Draft);
    CHECK(repo.statuses(w.campaign) == std::map<qint64, ConsensusStatus>{{w.caseId, ConsensusStatus::Draft}});
    // A disputed answer without a reason is refused by the schema itself.
    {
        Transaction tx(w.db); // as ConsensusService writes: the failed write leaves nothing behind
        CHECK_THROWS_AS(repo.replaceItems(id, {{answer("P-B01", Verdict::Pass), true, QStringLiteral(" ")}}, QStringLiteral("李"),
                                          QStringLiteral("t3")),
                        StorageError);
    }
    CHECK(repo.find(w.campaign, w.caseId)->items == items);

    repo.addSignature(id, QStringLiteral("王"), QStringLiteral("t4"));
    CHECK_THROWS_AS(repo.replaceItems(id, items, QStringLiteral("李"), QStringLiteral("t5")), StorageError);
    CHECK_THROWS_AS(w.db.exec("UPDATE campaign_consensus_answers SET deduction = 1"), StorageError);
    CHECK_THROWS_AS(w.db.exec("DELETE FROM campaign_consensus_answers"), StorageError);
    CHECK_THROWS_AS(w.db.exec("UPDATE campaign_consensus SET reconciler = '赵'"), StorageError);
    CHECK_THROWS_AS(w.db.exec("DELETE FROM campaign_consensus_signatures"), StorageError);
    CHECK_THROWS_AS(w.db.exec("DELETE FROM campaign_consensus"), StorageError);
    CHECK_THROWS_AS(repo.addSignature(id, QStringLiteral("王"), QStringLiteral("t6")), StorageError); // once each

    repo.addSignature(id, QStringLiteral("李"), QStringLiteral("t7"));
    repo.finalize(id, QStringLiteral("t7"));
    c = repo.find(w.campaign, w.caseId);
    CHECK(c->status == ConsensusStatus::Final);
    CHECK(c->finalizedAt == QStringLiteral("t7"));
    CHECK(c->signatures ==
          std::vector<ConsensusSignature>{{QStringLiteral("王"), QStringLiteral("t4")}, {QStringLiteral("李"), QStringLiteral("t7")}});
    CHECK(c->items == items);
    CHECK_THROWS_AS(w.db.exec("UPDATE campaign_consensus SET status = 'draft'"), StorageError);
    CHECK_THROWS_AS(repo.addSignature(id, QStringLiteral("赵"), QStringLiteral("t8")), StorageError);
}

TEST_CASE("consensus service: reconcile after the blind reviews, sign jointly, final when all have signed")
{
    World w;
    ConsensusService service(w.db);
    const QString wang = QStringLiteral("王"), li = QStringLiteral("李");
    const std::vector<ConsensusDecision> decided{{answer("P-B01", Verdict::Deduct, 1), QStringLiteral("审批表缺签字")}};

    w.submit("王", {answer("P-A01", Verdict::Pass), answer("P-B01", Verdict::Deduct, 2)});
    CHECK(refusal([&] { service.reconcile(w.campaign, w.caseId, wang, decided); }) == ConsensusError::Kind::StillBlind);
    CHECK(refusal([&] { service.disputes(w.campaign, w.caseId); }) == ConsensusError::Kind::StillBlind);
    w.submit("李", {answer("P-A01", Verdict::Pass), answer("P-B01", Verdict::Pass)});

    const DisputesView d = service.disputes(w.campaign, w.caseId);
    CHECK(d.disputed == QStringList{QStringLiteral("P-B01")});
    CHECK(d.reviews.reviews.size() == 2);
    const qint64 before = w.auditRows();
    CHECK(refusal([&] { service.reconcile(w.campaign, w.caseId, QStringLiteral("赵"), decided); }) == ConsensusError::Kind::NotAllowed);
    CHECK(refusal([&] {
              service.reconcile(w.campaign, w.caseId, wang, {{answer("P-B01", Verdict::Deduct, 1), {}}});
          }) == ConsensusError::Kind::Sheet);
    CHECK(refusal([&] { service.sign(w.campaign, w.caseId, wang); }) == ConsensusError::Kind::NoConsensus);
    CHECK_FALSE(ConsensusRepository(w.db).find(w.campaign, w.caseId));
    CHECK(w.auditRows() == before);

    // The organiser may reconcile too; the sheet can be remade until someone signs.
    ConsensusView v = service.reconcile(w.campaign, w.caseId, QStringLiteral("组长"), decided);
    CHECK(v.record.reconciler == QStringLiteral("组长"));
    v = service.reconcile(w.campaign, w.caseId, li, decided);
    CHECK(v.record.reconciler == li);
    CHECK(v.disputed == QStringList{QStringLiteral("P-B01")});
    CHECK(v.record.items.size() == 2);
    CHECK(v.card.total == doctest::Approx(v.card.maxTotal - 1));
    CHECK(v.standing() == GradeStanding::None); // items open, not final
    CHECK(v.awaiting.size() == 2);
    CHECK(v.awaiting == v.assigned);
    CHECK(CampaignProgress(w.db).status(w.campaign).reconciled == 1);

    CHECK(refusal([&] { service.sign(w.campaign, w.caseId, QStringLiteral("赵")); }) == ConsensusError::Kind::NotAssigned);
    v = service.sign(w.campaign, w.caseId, wang);
    CHECK(v.record.status == ConsensusStatus::Draft);
    // From the first signature on, the reviews the sheet rests on stay as they are.
    const auto locked = [&](const std::function<void()> &fn) {
        try {
            fn();
        } catch (const ReviewError &e) {
            CHECK(e.message().contains(QStringLiteral("signed consensus sheet of campaign %1").arg(w.campaign)));
            return e.kind() == ReviewError::Kind::Locked;
        }
        return false;
    };
    CHECK(locked([&] { ReviewService(w.db).reopen(w.caseId, li, li, QStringLiteral("改")); }));
    CHECK(locked([&] { ReviewService(w.db).clearAnswer(w.caseId, li, QStringLiteral("P-B01")); }));
    CHECK(locked([&] { w.submit("李", {answer("P-B01", Verdict::Deduct, 1)}); }));
    w.submit("李", {answer("P-B01", Verdict::Pass)}); // the same answers change nothing: taken
    CHECK(v.awaiting == QStringList{li});
    CHECK_FALSE(service.finalConsensus(w.campaign, w.caseId));
    CHECK(refusal([&] { service.sign(w.campaign, w.caseId, wang); }) == ConsensusError::Kind::AlreadySigned);
    CHECK(refusal([&] { service.reconcile(w.campaign, w.caseId, li, decided); }) == ConsensusError::Kind::Locked);

    v = service.sign(w.campaign, w.caseId, li);
    CHECK(v.record.status == ConsensusStatus::Final);
    CHECK(v.awaiting.isEmpty());
    REQUIRE(service.finalConsensus(w.campaign, w.caseId));
    const CampaignStatus st = CampaignProgress(w.db).status(w.campaign);
    CHECK(st.reconciled == 1);
    CHECK(st.signedFiles == 1);
    CHECK(w.auditRows() == before + 4); // two reconciles, two signatures
    CHECK(AuditRepository(w.db).verify().intact);
}

TEST_CASE("consensus service: a review changed after the sheet was made stops its signing")
{
    World w;
    ConsensusService service(w.db);
    w.submit("王", {answer("P-B01", Verdict::Deduct, 2)});
    w.submit("李", {answer("P-B01", Verdict::Pass)});
    service.reconcile(w.campaign, w.caseId, QStringLiteral("王"), {{answer("P-B01", Verdict::Deduct, 1), QStringLiteral("折中")}});
    ReviewService(w.db).reopen(w.caseId, QStringLiteral("李"), QStringLiteral("李"), QStringLiteral("补充"));
    CHECK(refusal([&] { service.sign(w.campaign, w.caseId, QStringLiteral("王")); }) == ConsensusError::Kind::StillBlind);
    w.submit("李", {answer("P-B01", Verdict::Pass), answer("P-B02", Verdict::Deduct, 1)}); // a new dispute
    CHECK(refusal([&] { service.sign(w.campaign, w.caseId, QStringLiteral("王")); }) == ConsensusError::Kind::Stale);
    service.reconcile(
        w.campaign, w.caseId, QStringLiteral("王"),
        {{answer("P-B01", Verdict::Deduct, 1), QStringLiteral("折中")}, {answer("P-B02", Verdict::Pass), QStringLiteral("有")}});
    CHECK(service.sign(w.campaign, w.caseId, QStringLiteral("王")).awaiting == QStringList{QStringLiteral("李")});
}
