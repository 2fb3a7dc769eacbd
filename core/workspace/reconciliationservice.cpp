// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliationservice.h"

#include "workspace.h"

namespace casereview {

Failure ReconciliationService::failureOf(qint64 caseId, const ConsensusError &e)
{
    const QString subject = e.problems().size() == 1 ? e.problems().front().item : QStringLiteral("case %1").arg(caseId);
    return Failure::refused(e.message(), subject);
}

Failure ReconciliationService::failureOf(const CampaignError &e)
{
    Failure f = Failure::refused(e.message());
    if (e.kind() == CampaignError::Kind::NotFound)
        f.kind = Failure::Kind::NotFound;
    return f;
}

QFuture<DisputesView> ReconciliationService::disputes(qint64 campaignId, qint64 caseId)
{
    return m_ws.read([=](Database &db) { return refusing(caseId, [&] { return ConsensusService(db).disputes(campaignId, caseId); }); });
}

QFuture<ConsensusView> ReconciliationService::consensus(qint64 campaignId, qint64 caseId)
{
    return m_ws.read([=](Database &db) { return refusing(caseId, [&] { return ConsensusService(db).consensus(campaignId, caseId); }); });
}

QFuture<std::optional<ConsensusView>> ReconciliationService::finalConsensus(qint64 campaignId, qint64 caseId)
{
    return m_ws.read(
        [=](Database &db) { return refusing(caseId, [&] { return ConsensusService(db).finalConsensus(campaignId, caseId); }); });
}

QFuture<ConsensusView> ReconciliationService::reconcile(qint64 campaignId, qint64 caseId, const QString &by,
                                                        const std::vector<ConsensusDecision> &decisions)
{
    return m_ws.write({ChangeEvent::Kind::Campaign, {caseId}}, [=](Database &db) {
        return refusing(caseId, [&] { return ConsensusService(db).reconcile(campaignId, caseId, by, decisions); });
    });
}

QFuture<ConsensusView> ReconciliationService::sign(qint64 campaignId, qint64 caseId, const QString &reviewer)
{
    return m_ws.write({ChangeEvent::Kind::Campaign, {caseId}}, [=](Database &db) {
        return refusing(caseId, [&] { return ConsensusService(db).sign(campaignId, caseId, reviewer); });
    });
}

} // namespace casereview
