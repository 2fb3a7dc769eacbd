// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreviewgate.h"

#include "campaignerror.h"
#include "storage/campaignrepository.h"

namespace casereview {

BlindFile CampaignReviewGate::file(qint64 caseId)
{
    CampaignRepository repo(m_db);
    if (!repo.get(m_campaignId))
        throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("there is no campaign %1").arg(m_campaignId));
    const std::map<qint64, BlindFile> files = repo.blindFiles(caseId, m_campaignId);
    const auto it = files.find(caseId);
    if (it == files.end())
        throw CampaignError(CampaignError::Kind::NotFound,
                            QStringLiteral("case %1 is not a file campaign %2 has assigned to reviewers (draw and assign it first)")
                                .arg(caseId)
                                .arg(m_campaignId));
    return it->second;
}

void CampaignReviewGate::admit(ReviewService::Submission &submission)
{
    const BlindFile f = file(submission.caseId);
    if (!f.assigned.contains(submission.reviewer))
        throw CampaignError(CampaignError::Kind::Invalid,
                            QStringLiteral("%1 is not assigned case %2 in campaign %3 (assigned: %4)")
                                .arg(submission.reviewer)
                                .arg(submission.caseId)
                                .arg(m_campaignId)
                                .arg(f.assigned.join(QStringLiteral(", "))));
    const CampaignRecord campaign = *CampaignRepository(m_db).get(m_campaignId);
    const bool otherStandard = !submission.standardId.isEmpty() && submission.standardId != campaign.standardId;
    const bool otherVersion = submission.standardVersion && *submission.standardVersion != campaign.standardVersion;
    if (otherStandard || otherVersion)
        throw CampaignError(CampaignError::Kind::Conflict,
                            QStringLiteral("campaign %1 reviews under %2 v%3, not %4 v%5")
                                .arg(m_campaignId)
                                .arg(campaign.standardId)
                                .arg(campaign.standardVersion)
                                .arg(otherStandard ? submission.standardId : campaign.standardId)
                                .arg(submission.standardVersion.value_or(campaign.standardVersion)));
    submission.standardId = campaign.standardId;
    submission.standardVersion = campaign.standardVersion;
}

} // namespace casereview
