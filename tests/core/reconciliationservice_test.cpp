// SPDX-License-Identifier: GPL-3.0-or-later
// ReconciliationService: reconcile and sign through the Workspace's writer, announced as a
// Campaign change of the case; refusals arrive as typed failures (Refused naming the case, or
// the item of a sheet's one problem; NotFound for an unknown campaign) and announce nothing.
#include "campaign/campaignservice.h"
#include "campaigncase.h"
#include "fixtures.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "workspace/reconciliationservice.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
Answer answer(const char *id, Verdict v, double deduction = 0) { return {QString::fromLatin1(id), v, deduction, {}, {}}; }

// A store with one case of 甲局 drawn and assigned to 王 and 李; 王 has submitted, 李 not yet.
qint64 prepare(const QString &path)
{
    Database db(path);
    StandardService(db).ensureBuiltins();
    const qint64 caseId = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
    CampaignService service(db);
    const qint64 campaign = CampaignCase::assigned(service);
    REQUIRE(campaign == 1);
    ReviewService::Submission s{
        caseId, QStringLiteral("王"), QStringLiteral("penalty-general"), {}, {answer("P-B01", Verdict::Deduct, 2)}, true, false, true};
    ReviewService(db).save(s);
    return caseId;
}

Failure failureOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const WorkspaceFailure &e) {
        return e.failure();
    }
    FAIL("no failure");
    return {};
}
} // namespace

TEST_CASE("reconciliation service: typed refusals announce nothing, reconcile and sign announce the case's campaign change")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.crstore"));
    const qint64 caseId = prepare(path);
    Workspace ws(path);
    ReconciliationService service(ws);
    QSignalSpy spy(&ws, &Workspace::changed);
    const std::vector<ConsensusDecision> decided{{answer("P-B01", Verdict::Deduct, 1), QStringLiteral("折中")}};

    Failure f = failureOf([&] { Workspace::wait(service.reconcile(1, caseId, QStringLiteral("王"), decided)); });
    CHECK(f.kind == Failure::Kind::Refused);
    CHECK(f.subject == QStringLiteral("case %1").arg(caseId));
    CHECK(f.message.contains(QStringLiteral("still under blind review")));
    f = failureOf([&] { Workspace::wait(service.disputes(1, caseId)); });
    CHECK(f.kind == Failure::Kind::Refused);
    f = failureOf([&] { Workspace::wait(service.consensus(9, caseId)); });
    CHECK(f.kind == Failure::Kind::NotFound);
    CHECK(f.message.contains(QStringLiteral("there is no campaign 9")));

    {
        Database db(path);
        ReviewService::Submission s{
            caseId, QStringLiteral("李"), QStringLiteral("penalty-general"), {}, {answer("P-B01", Verdict::Pass)}, true, false, true};
        ReviewService(db).save(s);
    }
    f = failureOf([&] { Workspace::wait(service.reconcile(1, caseId, QStringLiteral("王"), {{answer("P-B01", Verdict::Pass), {}}})); });
    CHECK(f.kind == Failure::Kind::Refused);
    CHECK(f.subject == QStringLiteral("P-B01")); // the sheet's one problem names its item
    CHECK(Workspace::wait(service.disputes(1, caseId)).disputed == QStringList{QStringLiteral("P-B01")});
    QCoreApplication::processEvents();
    CHECK(spy.count() == 0);

    ConsensusView v = Workspace::wait(service.reconcile(1, caseId, QStringLiteral("李"), decided));
    CHECK(v.record.status == ConsensusStatus::Draft);
    v = Workspace::wait(service.sign(1, caseId, QStringLiteral("王")));
    CHECK_FALSE(Workspace::wait(service.finalConsensus(1, caseId)));
    v = Workspace::wait(service.sign(1, caseId, QStringLiteral("李")));
    CHECK(v.record.status == ConsensusStatus::Final);
    REQUIRE(Workspace::wait(service.finalConsensus(1, caseId)));
    CHECK(Workspace::wait(service.consensus(1, caseId)).record.signatures.size() == 2);

    REQUIRE(Fixtures::spinUntil([&] { return spy.count() >= 3; }));
    for (const QList<QVariant> &args : spy) {
        const ChangeEvent e = args.at(0).value<ChangeEvent>();
        CHECK(e.kind == ChangeEvent::Kind::Campaign);
        CHECK(e.caseIds == std::vector<qint64>{caseId});
    }
}
