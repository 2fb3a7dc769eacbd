// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Derived, never stored: whether an item is overdue (逾期), how many days are left and its 三色,
// per item and aggregated per case and per agency. Pure functions of the item and "today".
//
// Overdue: the agency still owes the work (待整改, 整改中 or 复查未通过) and today is after the
// deadline. On the deadline day itself the item is due, not overdue. A reported item waits for
// the supervisor's re-check and is not counted as overdue. A withdrawn item (已撤销) counts
// nowhere: the summaries skip it, and it owes nothing.
#include "domain/rectificationitem.h"

#include <QMap>
#include <vector>

namespace casereview {

namespace RectificationRules {
constexpr int kDefaultDeadlineDays = 30;  // deadline when none is given: 30 calendar days after creation
constexpr int kComingDueDays = 7;         // "coming due" window for the board and the start-up notice

struct LightSummary {
    int green = 0;
    int yellow = 0;
    int red = 0;
    int overdue = 0;
    int open = 0;  // neither closed nor withdrawn
    TrafficLight light = TrafficLight::Green;  // the worst of the items; green when there are none

    int total() const { return green + yellow + red; }
};

bool agencyOwes(RectificationStatus s);
bool isOpen(RectificationStatus s);  // neither closed nor withdrawn
bool isOverdue(const RectificationItem &item, const QDate &today);
int daysLeft(const RectificationItem &item, const QDate &today);  // negative when past the deadline
bool comingDue(const RectificationItem &item, const QDate &today, int window = kComingDueDays);
// Green for a withdrawn item (nothing to fix); callers that count leave withdrawn items out.
TrafficLight light(const RectificationItem &item, const QDate &today);
TrafficLight worst(TrafficLight a, TrafficLight b);

LightSummary summarize(const std::vector<RectificationItem> &items, const QDate &today);
// An item spanning several cases (grouped per agency) counts for each of them.
QMap<qint64, LightSummary> perCase(const std::vector<RectificationItem> &items, const QDate &today);
QMap<QString, LightSummary> perAgency(const std::vector<RectificationItem> &items, const QDate &today);

// Board order: overdue first (longest overdue first), then by days left, reported next, closed,
// then withdrawn last.
bool moreUrgent(const RectificationItem &a, const RectificationItem &b, const QDate &today);
// Items overdue on `today` that were not yet overdue on `since` (what the start-up notice reports);
// with no `since` (first start) every overdue item.
std::vector<RectificationItem> newlyOverdue(const std::vector<RectificationItem> &items, const QDate &since,
                                            const QDate &today);
} // namespace RectificationRules

} // namespace casereview
