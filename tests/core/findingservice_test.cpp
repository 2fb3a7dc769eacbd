// SPDX-License-Identifier: GPL-3.0-or-later
// FindingService: decisions on findings through the Workspace's writer, audited, announced as
// Findings of the case, refused or not found as typed failures that write and announce nothing.
#include "failureof.h"
#include "fixtures.h"
#include "workspace/findingservice.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
// Imports `count` dossiers (import diagnoses them) and returns their case ids.
std::vector<qint64> importCases(Workspace &ws, const QTemporaryDir &dir, int count)
{
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), count, 300);
    const ImportRun run = Workspace::wait(ws.importFiles(files, ImportOptions{}));
    std::vector<qint64> ids;
    for (const ImportOutcome &o : run.report.outcomes)
        ids.push_back(o.caseId);
    return ids;
}

// The Findings events the spy saw (an import's CasesAdded may still arrive after it started).
std::vector<ChangeEvent> findingEvents(const QSignalSpy &spy)
{
    std::vector<ChangeEvent> out;
    for (const QList<QVariant> &args : spy)
        if (const ChangeEvent e = args.at(0).value<ChangeEvent>(); e.kind == ChangeEvent::Kind::Findings)
            out.push_back(e);
    return out;
}

} // namespace

TEST_CASE("finding service: accept, dismiss and undo are stored, audited and announced for the case")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    const std::vector<qint64> ids = importCases(ws, dir, 1);
    REQUIRE(ids.size() == 1);
    const qint64 caseId = ids.front();
    FindingService service(ws);

    const FindingService::CaseFindings loaded = Workspace::wait(service.load(caseId));
    CHECK(loaded.caseId == caseId);
    CHECK(loaded.ocrPending == 0);
    REQUIRE(loaded.findings.size() >= 2);
    const StoredFinding first = loaded.findings[0];
    const StoredFinding second = loaded.findings[1];
    CHECK_FALSE(first.decision);

    QSignalSpy spy(&ws, &Workspace::changed);
    const StoredFinding accepted = Workspace::wait(service.decide(caseId, first.id, FindingVerdict::Accept, {}, QStringLiteral("张三")));
    REQUIRE(accepted.decision);
    CHECK(accepted.decision->verdict == FindingVerdict::Accept);
    CHECK(accepted.decision->reviewer == QStringLiteral("张三"));
    const StoredFinding dismissed =
        Workspace::wait(service.decide(caseId, second.id, FindingVerdict::Dismiss, QStringLiteral("  已补正 "), QStringLiteral("张三")));
    REQUIRE(dismissed.decision);
    CHECK(dismissed.decision->reason == QStringLiteral("已补正"));
    REQUIRE(Fixtures::spinUntil([&] { return findingEvents(spy).size() == 2; }));
    const ChangeEvent event = findingEvents(spy).front();
    CHECK(event.caseIds == std::vector<qint64>{caseId});

    const StoredFinding undone = Workspace::wait(service.undo(caseId, first.id, QStringLiteral("李四")));
    CHECK_FALSE(undone.decision);
    const FindingService::CaseFindings after = Workspace::wait(service.load(caseId));
    CHECK_FALSE(after.findings[0].decision);
    REQUIRE(after.findings[1].decision);
    CHECK(after.findings[1].decision->verdict == FindingVerdict::Dismiss);

    const std::vector<FindingAuditEntry> audit = Workspace::wait(service.audit(caseId));
    REQUIRE(audit.size() == 3);
    CHECK(audit[0].action == QStringLiteral("accept"));
    CHECK(audit[1].action == QStringLiteral("dismiss"));
    CHECK(audit[1].reason == QStringLiteral("已补正"));
    CHECK(audit[2].action == QStringLiteral("reopen"));
    CHECK(audit[2].reviewer == QStringLiteral("李四"));
}

TEST_CASE("finding service: a dismissal without reason, an undo of nothing and another case's finding fail typed, writing nothing")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    const std::vector<qint64> ids = importCases(ws, dir, 2);
    REQUIRE(ids.size() == 2);
    FindingService service(ws);
    const std::vector<StoredFinding> findings = Workspace::wait(service.load(ids[0])).findings;
    REQUIRE_FALSE(findings.empty());
    const qint64 findingId = findings.front().id;
    QSignalSpy spy(&ws, &Workspace::changed);

    Failure f = failureOf([&] { Workspace::wait(service.decide(ids[0], findingId, FindingVerdict::Dismiss, QStringLiteral("  "), {})); });
    CHECK(f.kind == Failure::Kind::Refused);
    f = failureOf([&] { Workspace::wait(service.undo(ids[0], findingId, {})); });
    CHECK(f.kind == Failure::Kind::Refused);
    f = failureOf([&] { Workspace::wait(service.decide(ids[1], findingId, FindingVerdict::Accept, {}, {})); });
    CHECK(f.kind == Failure::Kind::NotFound);
    f = failureOf([&] { Workspace::wait(service.decide(ids[0], findingId + 100000, FindingVerdict::Accept, {}, {})); });
    CHECK(f.kind == Failure::Kind::NotFound);

    CHECK(Workspace::wait(service.audit(ids[0])).empty());
    CHECK_FALSE(Workspace::wait(service.load(ids[0])).findings.front().decision);
    // A write that succeeds afterwards is the first and only announcement.
    Workspace::wait(service.decide(ids[0], findingId, FindingVerdict::Accept, {}, {}));
    REQUIRE(Fixtures::spinUntil([&] { return !findingEvents(spy).empty(); }));
    QCoreApplication::processEvents();
    REQUIRE(findingEvents(spy).size() == 1);
    CHECK(findingEvents(spy).front().caseIds == std::vector<qint64>{ids[0]});
}
