// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small readers for the numbers, dates, amounts and periods the rules look for in page text.
// They work on "flat" text: a page's lines trimmed and joined, so a wrapped sentence is whole.
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace TextScan {
struct DateHit {
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
};

struct AmountHit {
    double yuan = 0;
    qsizetype start = 0;
    qsizetype length = 0;
};

struct Period {
    int days = 0;
    bool workingDays = false;
    bool months = false;
    qsizetype start = 0;
    qsizetype length = 0;
};

QString flatten(const QString &pageText);
// "三" 3, "十五" 15, "六十" 60, "一百二十" 120, "5" 5, "两" 2; -1 when not a number.
int number(QStringView s);
// 2025年3月5日, 2025-03-05, 2025.3.5, 2025/3/5, 二〇二五年三月五日: ChineseDate's reading, the
// same the extraction uses.
std::vector<DateHit> dates(QStringView text);
// One amount token as a range cites it: 5万元, 50000元, 215,000.00元, 人民币伍万元整, 十万元, 一万.
std::optional<double> amount(QStringView token);
// Every sum of money in running text: ChineseAmount's reading, the same the extraction uses.
std::vector<AmountHit> amounts(QStringView text);
// "五个工作日", "7日", "三日", "六十日", "六个月", "60天".
std::vector<Period> periods(QStringView text);
// The flat text around [start, start+length), for an evidence snippet.
QString snippet(QStringView text, qsizetype start, qsizetype length, int context = 18);
// Whether `text` at `pos` is negated or hypothetical: "未", "不", "没有", "无" just before it.
bool negatedBefore(QStringView text, qsizetype pos, int window = 6);
} // namespace TextScan

} // namespace casereview
