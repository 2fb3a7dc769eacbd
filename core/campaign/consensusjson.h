// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A consensus sheet's items as JSON, for the reconciler's answers file, the audit log and the
// CLI: the answers format of `review --answers` (AnswerJson) with "reason" per item, and in
// output also "disputed". [{"item","verdict","deduction","note","evidence":[…],"reason"}]
#include "consensussheet.h"

#include <QByteArray>
#include <QJsonArray>

namespace casereview {

namespace ConsensusJson {
// Throws ReviewError(Invalid) naming the answer (index and item) and the field, as AnswerJson does.
std::vector<ConsensusDecision> parseDecisions(const QByteArray &json);
QJsonObject itemJson(const ConsensusItem &item);
QJsonArray itemsJson(const std::vector<ConsensusItem> &items);
} // namespace ConsensusJson

} // namespace casereview
