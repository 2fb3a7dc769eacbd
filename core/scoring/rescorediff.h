// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Re-scores the same answers under another version of a standard and says, one line per
// change, what differs: the total and grade, veto hits, and every item or rule that changed.
#include "scorecard.h"

namespace casereview {

struct RescoreDiff {
    ScoreCard before;
    ScoreCard after;
    QStringList changes;  // readable lines, the total/grade line first

    static RescoreDiff compare(const ReviewStandard &from, const ReviewStandard &to, const std::vector<Answer> &answers);
};

} // namespace casereview
