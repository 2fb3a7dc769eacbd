// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds and parses sums of money in yuan as printed in penalty documents: 50000元, 50,000元,
// 5万元, 1.5万元, 人民币50000.00元, ￥50000, 人民币伍万元整, 贰拾壹万伍仟元整, 壹佰元伍角,
// 2万5千元, ¥20,000.00, full-width digits.
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace ChineseAmount {
struct Match {
    double yuan = 0;
    qsizetype start = 0;   // index into the searched text
    qsizetype length = 0;  // length of the matched amount
};

// The first amount in text, if any.
std::optional<double> parse(QStringView text);
// Every amount in text, in order.
std::vector<Match> findAll(QStringView text);
} // namespace ChineseAmount

} // namespace casereview
