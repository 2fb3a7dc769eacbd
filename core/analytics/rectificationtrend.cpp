// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationtrend.h"

#include "rectification/rectificationrules.h"

#include <QDateTime>
#include <algorithm>
#include <set>

namespace casereview {

namespace {
QDate createdOn(const RectificationItem &item)
{
    return QDateTime::fromString(item.createdAt, Qt::ISODateWithMs).date();
}
} // namespace

namespace RectificationTrend {
QDate startDate(const std::vector<RectificationItem> &items, const QDate &to, int maxWeeks)
{
    QDate first = to;
    for (const RectificationItem &i : items)
        if (const QDate d = createdOn(i); d.isValid() && d < first)
            first = d;
    return std::max(first, to.addDays(-7 * maxWeeks));
}

std::vector<RectificationTrendPoint> compute(const std::vector<RectificationItem> &items,
                                             std::vector<RectificationStatusChange> changes, const QDate &from,
                                             const QDate &to, int stepDays)
{
    std::vector<RectificationTrendPoint> out;
    if (!from.isValid() || !to.isValid() || from > to || stepDays < 1)
        return out;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const RectificationStatusChange &a, const RectificationStatusChange &b) { return a.date < b.date; });
    std::vector<QDate> dates;
    for (QDate d = to; d >= from; d = d.addDays(-stepDays))
        dates.push_back(d);
    std::reverse(dates.begin(), dates.end());
    for (const QDate &day : dates) {
        RectificationTrendPoint p{day, 0, 0, 0, 0, {}};
        std::set<qint64> overdueCases;
        for (const RectificationItem &item : items) {
            if (createdOn(item) > day)
                continue;
            ++p.created;
            // The status on `day`: the last recorded change up to it, else the initial one.
            RectificationItem then = item;
            then.status = RectificationStatus::Pending;
            for (const RectificationStatusChange &c : changes)
                if (c.itemId == item.id && c.date <= day)
                    then.status = c.to;
            if (then.status == RectificationStatus::Closed) {
                ++p.closed;
                continue;
            }
            ++p.open;
            if (RectificationRules::isOverdue(then, day)) {
                ++p.overdue;
                for (qint64 id : item.caseIds())
                    overdueCases.insert(id);
            }
        }
        p.overdueCaseIds = QList<qint64>(overdueCases.begin(), overdueCases.end());
        out.push_back(std::move(p));
    }
    return out;
}
} // namespace RectificationTrend

} // namespace casereview
