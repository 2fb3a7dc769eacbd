// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The arithmetic of objections (异议), without the store: a file's effective answers are its
// final consensus sheet's with every upheld objection's verdict and deduction applied to its
// item (in filing order, so a later upheld objection to the same item wins); open and
// rejected objections change nothing. The signed sheet itself is never changed. And the
// objection window: it closes `days` days after the sheet became final.
#include "domain/consensusrecord.h"
#include "domain/objectionrecord.h"

#include <QDateTime>

namespace casereview {

namespace ObjectionOutcomes {
// The sheet's answers (standard order) with the upheld outcomes applied; an upheld item the
// sheet left unanswered is added at the end.
std::vector<Answer> effective(const std::vector<ConsensusItem> &items, const std::vector<ObjectionRecord> &objections);
// When the window of a sheet final at `finalizedAt` (ISO 8601, UTC) closes; invalid when the
// time cannot be read.
QDateTime windowEnd(const QString &finalizedAt, int days);
} // namespace ObjectionOutcomes

} // namespace casereview
