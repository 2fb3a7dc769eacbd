// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Objections (异议) to a campaign file's final consensus sheet, the one way to change a file's
// result after its joint sign-off. An agency files an objection to one item, with its grounds
// and any evidence files, within the campaign's objection window (`windowDays` days after the
// sheet became final; 7 unless set with `setWindow`); an item has at most one open objection.
// Someone who did not review the file (not one of its assigned reviewers, nor anyone who
// submitted a review of it or signed its sheet) decides it once:
// upheld, with the item's verdict and deduction as the decision gives them, or rejected,
// always with a reason. The signed sheet is never changed: `effective` is the sheet with the
// upheld outcomes applied (ObjectionOutcomes), scored with the campaign's standard, beside
// the original. Each change writes its rows and an audit row (entity "campaign", actions
// "objection", "objection_decision", "objection_window") in one transaction. Throws
// ObjectionError, CampaignError(NotFound) for an unknown campaign, ConsensusError for a file
// the campaign does not assign, and StorageError when the store fails. Every check runs
// before anything is written.
#include "consensusservice.h"
#include "domain/objectionrecord.h"

#include <QDateTime>

namespace casereview {

class Database;

struct ObjectionFiling {
    qint64 campaignId = 0;
    qint64 caseId = 0;
    QString itemId;
    QString agency;
    QString grounds;
    QString by; // who files it; the agency when empty
    std::vector<ObjectionEvidence> evidence; // fileName and data; size and SHA-256 are computed
};

struct ObjectionDecision {
    bool uphold = false;
    Verdict verdict = Verdict::Pass; // upheld: the item's verdict
    double deduction = 0; // upheld with Verdict::Deduct
    QString reason;
    QString by;
};

struct EffectiveConsensus {
    ConsensusView original; // the signed sheet and its score
    std::vector<ObjectionRecord> objections; // of the file, in filing order
    std::vector<Answer> answers; // the sheet's with the upheld outcomes applied
    ScoreCard card; // of `answers`
    QDateTime windowEnd;
    bool changed() const;
};

class ObjectionService {
public:
    explicit ObjectionService(Database &db) : m_db(db) { }

    ObjectionRecord file(const ObjectionFiling &filing, const QDateTime &now = QDateTime::currentDateTimeUtc());
    ObjectionRecord decide(qint64 campaignId, qint64 objectionId, const ObjectionDecision &decision,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::vector<ObjectionRecord> list(qint64 campaignId, qint64 caseId = 0);
    // The file's final result with its objections; nullopt while the sheet is not final.
    std::optional<EffectiveConsensus> effective(qint64 campaignId, qint64 caseId);
    int windowDays(qint64 campaignId);
    void setWindow(qint64 campaignId, int days, const QString &by);

private:
    void requireCampaign(qint64 campaignId); // CampaignError(NotFound) for an unknown campaign
    Database &m_db;
};

} // namespace casereview
