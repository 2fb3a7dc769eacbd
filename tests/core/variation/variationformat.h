// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the variation suite writes numbers, dates, periods and amounts: each in several forms an
// agency might print, so the same fact reaches the pipeline in wordings it was never tuned on.
#include <QDate>
#include <QString>

namespace VariationFormat {
// Date forms: 0 2024年3月5日, 1 二〇二四年三月五日, 2 二零二四年三月五日, 3 2024-03-05,
// 4 2024.3.5, 5 2024 年 3 月 5 日, 6 2024年03月05日, 7 ２０２４年３月５日.
constexpr int kDateForms = 8;
QString date(QDate d, int form);

// Period forms: 0 六十日 / 六个月, 1 60日 / 6个月, 2 六十天 / 六个月, 3 ６０日 / ６个月.
constexpr int kNumeralForms = 4;
QString days(int n, int form, bool working = false);
QString months(int n, int form);

// Amount forms: 0 30000元, 1 3万元, 2 人民币叁万元整, 3 ￥30,000.00, 4 人民币叁万元整（￥30000.00）,
// 5 人民币30000元, 6 罚款金额叁万元（30000元）-style 大写（小写）.
constexpr int kAmountForms = 7;
QString amount(double yuan, int form);

// A statutory range "处五万元以上十万元以下罚款": 0 Chinese 万, 1 Arabic 万, 2 plain yuan.
constexpr int kRangeForms = 3;
QString range(double min, double max, int form);

QString chineseNumber(int n);     // 0..99999 in lower-case Chinese numerals: 六十, 一百二十, 两 never
QString capitalYuan(qint64 yuan); // 叁万伍仟元整
QString fullWidth(const QString &ascii);
} // namespace VariationFormat
