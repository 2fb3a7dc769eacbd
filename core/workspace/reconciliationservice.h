// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reconciliation (合议) and joint sign-off (联合署名) of campaign files as use cases on the
// Workspace, for both front ends: the disputed items side by side and a file's consensus sheet
// on the read pool; reconcile and sign through ConsensusService on the writer, which announces
// ChangeEvent{Campaign, {caseId}} once committed (a final sheet is the file's campaign result).
// Failures arrive typed: Refused with ConsensusService's sentence for a refused step (`subject`
// names the item of a sheet problem when there is one, else the case), NotFound for an unknown
// campaign or a case it does not assign; the store kinds otherwise. A refusal writes nothing.
#include "campaign/campaignerror.h"
#include "campaign/consensuserror.h"
#include "campaign/consensusservice.h"
#include "workspace/failure.h"

#include <QFuture>

namespace casereview {

class Workspace;

class ReconciliationService {
public:
    explicit ReconciliationService(Workspace &workspace) : m_ws(workspace) { }

    QFuture<DisputesView> disputes(qint64 campaignId, qint64 caseId);
    QFuture<ConsensusView> consensus(qint64 campaignId, qint64 caseId);
    // The sheet when it is final (the file's campaign result), else nullopt.
    QFuture<std::optional<ConsensusView>> finalConsensus(qint64 campaignId, qint64 caseId);
    QFuture<ConsensusView> reconcile(qint64 campaignId, qint64 caseId, const QString &by, const std::vector<ConsensusDecision> &decisions);
    QFuture<ConsensusView> sign(qint64 campaignId, qint64 caseId, const QString &reviewer);

    // fn() with ConsensusError and CampaignError turned into the failures above; for a use case
    // that does more in the same read or write (the CLI's score).
    template <class Fn>
    static auto refusing(qint64 caseId, Fn fn) -> decltype(fn());

private:
    static Failure failureOf(qint64 caseId, const ConsensusError &error);
    static Failure failureOf(const CampaignError &error);
    Workspace &m_ws;
};

template <class Fn>
auto ReconciliationService::refusing(qint64 caseId, Fn fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const ConsensusError &e) {
        throw WorkspaceFailure(failureOf(caseId, e));
    } catch (const CampaignError &e) {
        throw WorkspaceFailure(failureOf(e));
    }
}

} // namespace casereview
