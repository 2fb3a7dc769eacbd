// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The signed review the benchmarks give each generated case: every item of the standard
// answered, about one veto item in 40 failed and one other item in 6 deducted (1 point, a
// reason, an evidence region on one of the dossier's `pages`), the same for the same `rng`.
#include "review/reviewservice.h"
#include "standards/reviewstandard.h"

#include <QRandomGenerator>

namespace SignedAnswers {
casereview::ReviewService::Submission make(qint64 caseId, const casereview::ReviewStandard &standard, QRandomGenerator &rng, int pages);
}
