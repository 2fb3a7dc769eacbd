// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a campaign stands and how well its reviewers agree, read from the store: the latest
// draw, its assignment, and the reviews (submitted or signed) that the assigned reviewers
// have recorded for the drawn files that are in the store (a catalogue row counts once its
// case is linked), and the files' consensus sheets. Read only; throws CampaignError(NotFound) for an unknown campaign.
#include "campaignagreement.h"

namespace casereview {

class Database;

struct CampaignStatus {
    int drawn = 0;       // files of the latest draw
    int assigned = 0;    // of those, files with reviewers assigned
    int reviewed = 0;    // every assigned reviewer has submitted (or signed) a review
    int disputed = 0;    // reviewed files whose reviews differ (score, grade or any item)
    int reconciled = 0; // assigned files with a consensus sheet (合议), draft or final
    int signedFiles = 0; // of those, sheets every assigned reviewer has signed (联合署名): final
    int contested = 0; // assigned files with at least one objection (异议), open or decided
};

class CampaignProgress {
public:
    explicit CampaignProgress(Database &db) : m_db(db) {}

    // The files of the latest draw with at least one submitted review by an assigned reviewer.
    std::vector<FileReviews> reviews(qint64 campaignId);
    // Over the files with at least two such reviews. Throws CampaignError(NotFound) without a draw.
    AgreementReport agreement(qint64 campaignId, int minSharedForKappa = 20);
    CampaignStatus status(qint64 campaignId);

private:
    struct Loaded;
    Loaded load(qint64 campaignId);
    Database &m_db;
};

} // namespace casereview
