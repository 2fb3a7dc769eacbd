// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a campaign asks of a review of one of its files (`review`/`score --campaign`): the file
// must be one the campaign's current assignment gives to reviewers, a review is written only by
// a reviewer assigned to it and under the campaign's standard version. Refusals are
// CampaignErrors naming the campaign, the case and who is assigned; nothing is written.
#include "domain/blindfile.h"
#include "review/reviewservice.h"

namespace casereview {

class Database;

class CampaignReviewGate {
public:
    CampaignReviewGate(Database &db, qint64 campaignId) : m_db(db), m_campaignId(campaignId) { }

    // The case as a file of this campaign: NotFound for an unknown campaign or a case it does
    // not assign (yet) to anyone.
    BlindFile file(qint64 caseId);
    // Checks that the submission's reviewer is assigned the case, and gives it the campaign's
    // standard and version (Conflict when the submission names another).
    void admit(ReviewService::Submission &submission);

private:
    Database &m_db;
    qint64 m_campaignId;
};

} // namespace casereview
