// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FROZEN at schema 8: the date and amount finders step 8 needs, copied from core/extraction as
// they were then (see schemav8numbers.cpp). Used by that step only.
#include <QDate>
#include <QStringView>
#include <vector>

namespace casereview {

namespace SchemaV8Numbers {
struct DateMatch {
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
};
struct AmountMatch {
    double yuan = 0;
    qsizetype start = 0;
    qsizetype length = 0;
};
// Every valid date in text (2025年3月5日, 二〇二五年三月五日, 2025-03-05 …), in order.
std::vector<DateMatch> dates(QStringView text);
// Every sum of money in yuan (50,000元, 5万元, 伍万元整, 2万5千元, ￥500 …), in order.
std::vector<AmountMatch> amounts(QStringView text);
} // namespace SchemaV8Numbers

} // namespace casereview
