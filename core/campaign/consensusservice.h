// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reconciliation (合议) and joint sign-off (联合署名) of a campaign file, the one way to change
// its consensus sheet. Once every reviewer the campaign's current assignment gives the file has
// submitted (the reviews are no longer blind), `reconcile` makes the sheet from their answers
// and the reconciler's decisions (ConsensusSheet), and may remake it until someone signs.
// Who may reconcile: a reviewer assigned the file, or the campaign's organiser (when the
// campaign names one) — the people who answer for the sheet, nobody else. `sign` takes one
// assigned reviewer's signature; the sheet is final, the file's campaign result, once every
// currently assigned reviewer has signed, and from the first signature on it cannot change.
// The reviewers' own reviews are never touched and stay beside it (`originals`).
// Each change writes its rows and an audit row (entity "campaign", actions "reconcile" and
// "sign") in one transaction. Throws ConsensusError, CampaignError(NotFound) for an unknown
// campaign or a file it does not assign, and StorageError when the store fails.
#include "campaignagreement.h"
#include "consensussheet.h"
#include "domain/gradestanding.h"
#include "scoring/scorecard.h"

#include <optional>

namespace casereview {

class Database;

struct ConsensusView {
    ConsensusRecord record;
    ReviewStandard standard; // the campaign's version
    ScoreCard card; // of the consensus answers
    QStringList assigned; // the file's assigned reviewers
    QStringList awaiting; // of those, who has not signed yet
    QStringList disputed; // veto gates first
    FileReviews originals; // the assigned reviewers' submitted reviews
    GradeStanding standing() const;
};

struct DisputesView {
    QStringList assigned;
    ReviewStandard standard;
    FileReviews reviews; // the assigned reviewers' submitted reviews
    QStringList disputed;
    std::optional<ConsensusRecord> consensus;
};

class ConsensusService {
public:
    explicit ConsensusService(Database &db) : m_db(db) { }

    ConsensusView reconcile(qint64 campaignId, qint64 caseId, const QString &by, const std::vector<ConsensusDecision> &decisions);
    ConsensusView sign(qint64 campaignId, qint64 caseId, const QString &reviewer);
    // The file's sheet; ConsensusError(NoConsensus) without one.
    ConsensusView consensus(qint64 campaignId, qint64 caseId);
    // The file's sheet when it is final, else nullopt.
    std::optional<ConsensusView> finalConsensus(qint64 campaignId, qint64 caseId);
    // The disputed items with every reviewer's answer; ConsensusError(StillBlind) while blind.
    DisputesView disputes(qint64 campaignId, qint64 caseId);

private:
    struct File;
    File load(qint64 campaignId, qint64 caseId);
    ConsensusView view(const File &file, ConsensusRecord record);
    Database &m_db;
};

} // namespace casereview
