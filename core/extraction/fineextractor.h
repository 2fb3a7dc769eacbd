// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fine (罚款) a penalty document imposes: the amount the penalty itself names, not the
// range the cited article allows (处…以上…以下的罚款), not 没收违法所得 or 货值金额, not the
// article's text quoted “…”, and the one after the decision's 决定… rather than the notice's
// proposal it recites. Also each party's penalty in a decision against several.
#include "domain/dossierfields.h"
#include "pagelines.h"

#include <optional>
#include <vector>

namespace casereview {

namespace FineExtractor {
// The imposed fine in the whole text.
std::optional<AmountField> in(const PageLines &pl);
// The first fine named in flow positions [from, to), regardless of the decision anchor.
std::optional<AmountField> inSpan(const PageLines &pl, qsizetype from, qsizetype to);
// Where the decided penalty starts in the flow (the last 决定对…/作出如下… ), -1 when none.
qsizetype decidedAt(const QString &flow);

// Gives each party its penalty text and fine from the decided part of `decision`: one party
// takes the whole decided penalty; several take what follows each one's name there.
void assignPenalties(const PageLines &decision, std::vector<PartyRecord> &parties);
} // namespace FineExtractor

} // namespace casereview
