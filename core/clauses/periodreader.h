// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads time limits as laws and notices write them into values: 六十日, 60日, 60 日, 六十天,
// ６０日, 六 十 日, 陆拾日, 五个工作日, 5个工作日, 六个月, 6个月, 半年, 一年, 两个月, 三十日以内 …
// A period is what a limit is counted in, never a calendar date's day or month (3月5日, 6月).
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace PeriodReader {
enum class Unit { Day, WorkingDay, Month, Year };

struct Period {
    int value = 0;
    Unit unit = Unit::Day;
    qsizetype start = 0;   // offset of the number
    qsizetype length = 0;  // number and unit
    bool within = false;   // followed by 内 / 以内 / 之内 / 期限内: a limit to act within
    bool operator==(const Period &) const = default;
    // The same legal length in days when the unit is days (60 日 == 六十天), else -1.
    int days() const { return unit == Unit::Day ? value : -1; }
    bool isMonths(int n) const { return (unit == Unit::Month && value == n) || (unit == Unit::Year && value * 12 == n); }
};

// One number in any of the forms above (Chinese lower or capital numerals, Arabic, full-width,
// spaced, zero-padded); -1 when it is not one.
int number(QStringView token);
// Every period in text, in order. Text should be ClauseText::normalised.
std::vector<Period> find(QStringView text);
// "5个工作日" / "六十日" / "6个月": how the law would write it back.
QString describe(const Period &p);
} // namespace PeriodReader

} // namespace casereview
