// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectionoutcomes.h"

#include <algorithm>

namespace casereview {

namespace ObjectionOutcomes {
std::vector<Answer> effective(const std::vector<ConsensusItem> &items, const std::vector<ObjectionRecord> &objections)
{
    std::vector<Answer> out;
    out.reserve(items.size());
    for (const ConsensusItem &i : items)
        out.push_back(i.answer);
    for (const ObjectionRecord &o : objections) {
        if (o.status != ObjectionStatus::Upheld)
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const Answer &a) { return a.itemId == o.itemId; });
        if (it == out.end()) {
            out.push_back(Answer{o.itemId, Verdict::Pass, 0, {}, {}});
            it = out.end() - 1;
        }
        it->verdict = o.verdict;
        it->deduction = o.verdict == Verdict::Deduct ? o.deduction : 0;
    }
    return out;
}

QDateTime windowEnd(const QString &finalizedAt, int days)
{
    QDateTime at = QDateTime::fromString(finalizedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(finalizedAt, Qt::ISODate);
    return at.isValid() ? at.toUTC().addDays(days) : QDateTime();
}
} // namespace ObjectionOutcomes

} // namespace casereview
