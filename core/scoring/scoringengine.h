// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure scoring: a standard version and a reviewer's answers in, a score card out. No I/O.
// Rules: deductions stop at the item's points (扣完为止), n/a per the standard's policy, any
// failed veto gate makes the total 0 and the grade the lowest band.
#include "scorecard.h"

namespace casereview {

namespace ScoringEngine {
ScoreCard score(const ReviewStandard &standard, const std::vector<Answer> &answers);
// Why the answers cannot be saved against this standard, one sentence per problem, each
// naming the item. Empty when they fit.
QStringList answerProblems(const ReviewStandard &standard, const std::vector<Answer> &answers);
QString gradeFor(const ReviewStandard &standard, double total);
} // namespace ScoringEngine

} // namespace casereview
