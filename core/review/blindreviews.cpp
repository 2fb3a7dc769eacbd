// SPDX-License-Identifier: GPL-3.0-or-later
#include "blindreviews.h"

#include "storage/campaignrepository.h"

#include <algorithm>

namespace casereview {

BlindReviews BlindReviews::load(Database &db, std::optional<qint64> caseId)
{
    return BlindReviews(CampaignRepository(db).blindFiles(caseId));
}

const BlindFile *BlindReviews::file(qint64 caseId) const
{
    const auto it = m_files.find(caseId);
    return it == m_files.end() ? nullptr : &it->second;
}

bool BlindReviews::blind(qint64 caseId) const
{
    const BlindFile *f = file(caseId);
    return f && !Blindness::revealed(*f);
}

bool BlindReviews::hidden(const Review &review, const QString &viewer) const
{
    const BlindFile *f = file(review.caseId);
    return f && !Blindness::maySee(*f, review.reviewer, viewer);
}

void BlindReviews::drop(std::vector<Review> &reviews, const QString &viewer) const
{
    if (m_files.empty())
        return;
    std::erase_if(reviews, [&](const Review &r) { return hidden(r, viewer); });
}

} // namespace casereview
