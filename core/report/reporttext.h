// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How numbers, dates, verdicts and statuses are written in printed reports (Chinese, as the
// documents are issued in Chinese whatever the UI language).
#include "domain/review.h"
#include "domain/reviewanswer.h"

#include <QDate>
#include <QString>
#include <optional>

namespace casereview {

namespace ReportText {
QString number(double v);         // at most two decimals, no trailing zeros: 3, 2.5, 0.25
QString percent(double fraction); // 0.125 → "12.5%"
QString date(const QDate &d);     // 2024年3月7日; empty for an invalid date
QString isoDate(const QString &iso);  // date part of an ISO timestamp, as date()
QString verdict(const std::optional<Verdict> &v);  // 符合 / 扣分 / 不适用 / 不符合 / 未评
QString status(ReviewStatus s);   // 草稿 / 已提交 / 已签署
QString yuan(const std::optional<double> &amount);  // "罚款 5,000 元" style amount text
} // namespace ReportText

} // namespace casereview
