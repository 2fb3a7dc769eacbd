// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what a notice (or a decision's account of its notice) tells the party of its procedural
// rights (行政处罚法第44、45、63、64条): the right to state and defend (陈述、申辩), the right to ask
// for a hearing (听证), and the period given for each. A right counts as told when the text grants
// it — 有权 / 可以 / 享有 / 请于…提出 / 如要求…应当 / 逾期…视为放弃 — not when a word merely occurs
// (据当事人陈述, 听证笔录, 听证会于…举行). A right denied (不享有 / 不适用听证 / 无权) is read as denied.
#include "periodreader.h"

#include <QStringView>
#include <optional>

namespace casereview {

namespace RightsClause {
struct Right {
    bool granted = false;
    bool denied = false;
    qsizetype at = -1;  // the granting mention, else the first mention, -1 if none
    std::optional<PeriodReader::Period> period;
    bool mentioned() const { return at >= 0; }
};

struct Reading {
    Right statement;  // 陈述、申辩 (辩解, 说明理由 and 提出意见 to the agency count as the same right)
    Right hearing;    // 听证
    bool waiver = false;  // the text records that the party waived them (放弃陈述、申辩 / 放弃听证)
    // One period was read for both rights ("五日内提出陈述、申辩或者要求听证"): in a notice that is
    // the window of both; in a decision's account of its notice it may be the statement period alone.
    bool sharedPeriod() const { return statement.period && hearing.period && statement.period->start == hearing.period->start; }
};

// `text` is the notice's flat text; ClauseText::normalised is applied inside, offsets are the input's.
Reading read(QStringView text);
} // namespace RightsClause

} // namespace casereview
