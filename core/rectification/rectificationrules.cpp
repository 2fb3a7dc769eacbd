// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationrules.h"

#include <tuple>

namespace casereview {

namespace RectificationRules {
bool agencyOwes(RectificationStatus s)
{
    return s == RectificationStatus::Pending || s == RectificationStatus::InProgress || s == RectificationStatus::Failed;
}

bool isOpen(RectificationStatus s) { return s != RectificationStatus::Closed && s != RectificationStatus::Withdrawn; }

bool isOverdue(const RectificationItem &item, const QDate &today)
{
    return agencyOwes(item.status) && item.deadline.isValid() && today.isValid() && today > item.deadline;
}

int daysLeft(const RectificationItem &item, const QDate &today)
{
    if (!item.deadline.isValid() || !today.isValid())
        return 0;
    return int(today.daysTo(item.deadline));
}

bool comingDue(const RectificationItem &item, const QDate &today, int window)
{
    if (!agencyOwes(item.status) || !item.deadline.isValid())
        return false;
    const int left = daysLeft(item, today);
    return left >= 0 && left <= window;
}

TrafficLight light(const RectificationItem &item, const QDate &today)
{
    if (item.status == RectificationStatus::Closed || item.status == RectificationStatus::Withdrawn)
        return TrafficLight::Green;
    if (item.veto || item.status == RectificationStatus::Failed || item.lastRecheckFailed || isOverdue(item, today))
        return TrafficLight::Red;
    return TrafficLight::Yellow;
}

TrafficLight worst(TrafficLight a, TrafficLight b) { return int(a) >= int(b) ? a : b; }

namespace {
void add(LightSummary &s, const RectificationItem &item, const QDate &today)
{
    if (item.status == RectificationStatus::Withdrawn)
        return;
    const TrafficLight l = light(item, today);
    (l == TrafficLight::Green ? s.green : l == TrafficLight::Yellow ? s.yellow : s.red)++;
    if (isOverdue(item, today))
        ++s.overdue;
    if (isOpen(item.status))
        ++s.open;
    s.light = worst(s.light, l);
}
} // namespace

LightSummary summarize(const std::vector<RectificationItem> &items, const QDate &today)
{
    LightSummary s;
    for (const RectificationItem &i : items)
        add(s, i, today);
    return s;
}

QMap<qint64, LightSummary> perCase(const std::vector<RectificationItem> &items, const QDate &today)
{
    QMap<qint64, LightSummary> out;
    for (const RectificationItem &i : items)
        if (i.status != RectificationStatus::Withdrawn)
            for (qint64 caseId : i.caseIds())
                add(out[caseId], i, today);
    return out;
}

QMap<QString, LightSummary> perAgency(const std::vector<RectificationItem> &items, const QDate &today)
{
    QMap<QString, LightSummary> out;
    for (const RectificationItem &i : items)
        if (i.status != RectificationStatus::Withdrawn)
            add(out[i.agency], i, today);
    return out;
}

bool moreUrgent(const RectificationItem &a, const RectificationItem &b, const QDate &today)
{
    // Rank: 0 the agency owes work (by days left, so overdue first), 1 reported, 2 closed, 3 withdrawn.
    auto rank = [&](const RectificationItem &i) {
        const int group = agencyOwes(i.status)                          ? 0
                          : i.status == RectificationStatus::Reported   ? 1
                          : i.status == RectificationStatus::Withdrawn ? 3
                                                                        : 2;
        return std::make_tuple(group, i.deadline.isValid() ? daysLeft(i, today) : INT_MAX, i.id);
    };
    return rank(a) < rank(b);
}

std::vector<RectificationItem> newlyOverdue(const std::vector<RectificationItem> &items, const QDate &since,
                                            const QDate &today)
{
    std::vector<RectificationItem> out;
    for (const RectificationItem &i : items)
        if (isOverdue(i, today) && (!since.isValid() || !isOverdue(i, since)))
            out.push_back(i);
    return out;
}
} // namespace RectificationRules

} // namespace casereview
