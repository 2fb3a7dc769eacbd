// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds and parses calendar dates as printed in Chinese official documents:
// 2025年3月5日, 二〇二五年三月五日, 2025-03-05, 2025.3.5, 2025/3/5, full-width digits, spaced forms.
#include <QDate>
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace ChineseDate {
struct Match {
    QDate date;
    qsizetype start = 0;   // index into the searched text
    qsizetype length = 0;  // length of the matched date (time of day excluded)
};

// The first valid date in text, if any.
std::optional<QDate> parse(QStringView text);
// Every valid date in text, in order; impossible dates (2025年2月30日) are skipped.
std::vector<Match> findAll(QStringView text);
// The line (whitespace removed) holds one date and little else: a signature date line.
bool isDateLine(QStringView compact);

// What can still be read of a date line a seal or stain has damaged ("二〇二四年十月十盖日"):
// each of year, month and day that parses on its own, 0 for one that does not. Only a short
// line with 年 before 月 counts as a date line; anything else gives nothing.
struct Parts {
    int year = 0;
    int month = 0;
    int day = 0;
    bool operator==(const Parts &) const = default;
};
std::optional<Parts> damagedLine(QStringView compact);
} // namespace ChineseDate

} // namespace casereview
