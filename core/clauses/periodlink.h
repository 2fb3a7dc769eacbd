// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ties each mention of a right or remedy in a sentence to the period that limits it, the way a
// reader of Chinese legal prose does: the period in the mention's own clause (before it first,
// "六十日内向…申请行政复议"; or after it, "申请行政复议的期限为六十日"), else the nearest clause
// of the same sentence that states a period and names no other right ("如要求听证的，应当在五日内
// 提出"), else — when the sentence states none — the next sentence that sets a limit without
// naming another right ("你单位有陈述、申辩的权利。请于收到本告知书之日起三日内提出。").
// Two rights listed together share the period ("五日内提出陈述、申辩意见或者要求听证").
#include "clausetext.h"
#include "periodreader.h"

#include <optional>
#include <vector>

namespace casereview {

namespace PeriodLink {
struct Mention {
    qsizetype at = 0;
    qsizetype length = 0;
    int kind = 0;  // which right or remedy; mentions of one kind never block each other
};

// `mentions` are every mention in `text` (all kinds), `periods` every period in `text`.
std::optional<PeriodReader::Period> periodFor(QStringView text, const std::vector<ClauseText::Span> &sentences,
                                              const std::vector<PeriodReader::Period> &periods,
                                              const std::vector<Mention> &mentions, const Mention &mention);
} // namespace PeriodLink

} // namespace casereview
