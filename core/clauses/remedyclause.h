// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a decision's remedy notice (行政处罚法第59条第1款第5项) into values: for 行政复议 and for
// 行政诉讼, whether the party is told it may seek it, the period (value and unit), the body named
// and the event the period runs from — in whatever order, numerals and words the decision uses
// (起诉 / 提起诉讼 / 提起行政诉讼; 六十日 / 60日 / 六十天; 自收到 / 自接到 / 自知道或者应当知道…之日起; split
// over two sentences). Mentions that grant nothing are not read as the notice: 不停止执行,
// 逾期不申请行政复议…强制执行, 不经复议, 复议决定/复议机关, 行政复议法. The litigation period that
// runs from a reconsideration decision (行政诉讼法第45条, 十五日) is not the direct-suit period.
#include "periodreader.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace casereview {

namespace RemedyClause {
struct Remedy {
    bool granted = false;       // the decision tells the party it may seek this remedy
    qsizetype at = -1;          // the mention read (or the first mention at all), -1 if none
    std::optional<PeriodReader::Period> period;
    bool periodUnread = false;  // a limit is written near the mention ("…日内") but reads as no period
    QString body;               // 向…申请 / 向…提起: the body named
    QString startEvent;         // 自收到本决定书之日起 …
    bool mentioned() const { return at >= 0; }
};

struct Reading {
    Remedy reconsideration;
    Remedy litigation;
    bool onlyAfterReconsideration = false;  // the only suit told of runs from a 复议决定
};

// `text` is a decision's flat text; ClauseText::normalised is applied inside, offsets are the input's.
Reading read(QStringView text);
} // namespace RemedyClause

} // namespace casereview
