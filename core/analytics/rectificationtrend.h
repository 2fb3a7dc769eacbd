// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rectification progress over time: for each date of a series, how many items existed, were
// closed, were still open and were overdue on that day, replaying each item's recorded status
// changes (from the audit trail). Overdue follows RectificationRules: the agency still owes the
// work and the day is after the deadline. Pure functions.
#include "domain/rectificationitem.h"

#include <QDate>
#include <QList>
#include <vector>

namespace casereview {

struct RectificationStatusChange {
    qint64 itemId = 0;
    QDate date;
    RectificationStatus to = RectificationStatus::Pending;
};

struct RectificationTrendPoint {
    QDate date;
    int created = 0;  // items existing on that day
    int closed = 0;
    int open = 0;
    int overdue = 0;
    QList<qint64> overdueCaseIds;  // cases behind the overdue items, ascending
};

namespace RectificationTrend {
// One point every `stepDays` from `from` up to and including `to` (the last point is `to`).
std::vector<RectificationTrendPoint> compute(const std::vector<RectificationItem> &items,
                                             std::vector<RectificationStatusChange> changes, const QDate &from,
                                             const QDate &to, int stepDays = 7);
// The first day of the series: the earliest creation, at most `maxWeeks` weeks before `to`.
QDate startDate(const std::vector<RectificationItem> &items, const QDate &to, int maxWeeks = 26);
} // namespace RectificationTrend

} // namespace casereview
