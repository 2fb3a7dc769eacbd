// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain values campaign statistics and reports are computed from: each case with its
// chosen review (score card, answers and the exact standard version) and its findings.
#include "domain/findingreview.h"
#include "domain/caserecord.h"
#include "domain/gradestanding.h"
#include "domain/review.h"
#include "scoring/scorecard.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace casereview {

struct ReviewInput {
    Review review;
    ScoreCard card;
    std::vector<Answer> answers;
    std::shared_ptr<const ReviewStandard> standard;  // the version the review was scored under

    // Only a final grade (signed, every item answered) is counted; see gradeStanding().
    bool isFinal() const { return standing() == GradeStanding::Final; }
    GradeStanding standing() const { return gradeStanding(review.status, card.unanswered.size(), !card.vetoHits.isEmpty()); }
    const Answer *answer(const QString &itemId) const;
};

struct CaseInput {
    CaseSummary summary;
    std::map<QString, QDate> dates;  // key dates (kDateKeys), loaded for single-case reports only
    std::optional<ReviewInput> review;
    std::vector<StoredFinding> findings;
};

inline const Answer *ReviewInput::answer(const QString &itemId) const
{
    for (const Answer &a : answers)
        if (a.itemId == itemId)
            return &a;
    return nullptr;
}

} // namespace casereview
