// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which of a case's reviews speaks for it when no reviewer is named (the case list, the CLI's
// `cases`, campaign reports and the dashboard): signed before submitted before draft, then
// the most recently changed (then the newer review).
#include "review.h"

namespace casereview {

namespace LeadingReview {
inline int rank(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Signed: return 2;
    case ReviewStatus::Submitted: return 1;
    case ReviewStatus::Draft: return 0;
    }
    return 0;
}

// True when `a` leads over `b`.
inline bool leads(const Review &a, const Review &b)
{
    if (rank(a.status) != rank(b.status))
        return rank(a.status) > rank(b.status);
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id > b.id;  // changed in the same millisecond: the newer review
}
} // namespace LeadingReview

} // namespace casereview
