// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingservice.h"

#include "storage/findingrepository.h"
#include "storage/ocrrepository.h"
#include "workspace.h"

namespace casereview {

namespace {
// The finding, checked to be the case's: a decision never lands on another case's finding
// (the panel may hold a list the store has replaced since).
StoredFinding findingOf(FindingRepository &repo, qint64 caseId, qint64 findingId)
{
    std::optional<StoredFinding> f = repo.get(findingId);
    if (!f || f->caseId != caseId)
        throw WorkspaceFailure(Failure::notFound(QStringLiteral("Finding %1 of case %2").arg(findingId).arg(caseId)));
    return *f;
}
} // namespace

QFuture<FindingService::CaseFindings> FindingService::load(qint64 caseId)
{
    return m_ws.read([caseId](Database &db) {
        CaseFindings out;
        out.caseId = caseId;
        FindingRepository repo(db);
        if (repo.available())
            out.findings = repo.list(caseId);
        out.ocrPending = OcrRepository(db).pendingCount(caseId);
        return out;
    });
}

QFuture<StoredFinding> FindingService::decide(qint64 caseId, qint64 findingId, FindingVerdict verdict,
                                              const QString &reason, const QString &reviewer)
{
    const QString why = reason.trimmed();
    return m_ws.write({ChangeEvent::Kind::Findings, {caseId}}, [=](Database &db) {
        if (verdict == FindingVerdict::Dismiss && why.isEmpty())
            throw WorkspaceFailure(Failure::refused(QStringLiteral("Dismissing a finding needs a reason."),
                                                    QStringLiteral("Finding %1").arg(findingId)));
        FindingRepository repo(db);
        findingOf(repo, caseId, findingId);
        repo.decide(findingId, verdict, why, reviewer);
        return findingOf(repo, caseId, findingId);
    });
}

QFuture<StoredFinding> FindingService::undo(qint64 caseId, qint64 findingId, const QString &reviewer)
{
    return m_ws.write({ChangeEvent::Kind::Findings, {caseId}}, [=](Database &db) {
        FindingRepository repo(db);
        if (!findingOf(repo, caseId, findingId).decision)
            throw WorkspaceFailure(Failure::refused(QStringLiteral("The finding has no decision to take back."),
                                                    QStringLiteral("Finding %1").arg(findingId)));
        repo.reopen(findingId, reviewer);
        return findingOf(repo, caseId, findingId);
    });
}

QFuture<std::vector<FindingAuditEntry>> FindingService::audit(qint64 caseId)
{
    return m_ws.read([caseId](Database &db) { return FindingRepository(db).audit(caseId); });
}

} // namespace casereview
