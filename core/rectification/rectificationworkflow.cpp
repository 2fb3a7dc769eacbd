// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationworkflow.h"

namespace casereview {

namespace RectificationWorkflow {
using S = RectificationStatus;

const std::vector<Transition> &table()
{
    // Closing (销号) needs the agency's report or evidence and a re-check note. A failed re-check
    // goes back to 整改中 before the agency can report again; a 回头看 may reopen a closed item.
    // Withdrawing (撤销) an item made by mistake is possible while it is open, 复查未通过 included:
    // a mistaken item stuck red would count as unfixed and overdue for ever, and the failed
    // re-check stays on record. A closed item is not withdrawn: its closing records work the
    // agency did and a re-check that passed; it distorts no open count. Withdrawn is final.
    static const std::vector<Transition> t{
        {S::Pending, S::InProgress, false, false},
        {S::Pending, S::Reported, false, false},
        {S::InProgress, S::Reported, false, false},
        {S::Reported, S::Closed, true, true},
        {S::Reported, S::Failed, true, false},
        {S::Failed, S::InProgress, false, false},
        {S::Closed, S::Failed, true, false},
        {S::Pending, S::Withdrawn, false, false, true},
        {S::InProgress, S::Withdrawn, false, false, true},
        {S::Reported, S::Withdrawn, false, false, true},
        {S::Failed, S::Withdrawn, false, false, true},
    };
    return t;
}

const Transition *find(RectificationStatus from, RectificationStatus to)
{
    for (const Transition &t : table())
        if (t.from == from && t.to == to)
            return &t;
    return nullptr;
}

Check check(RectificationStatus from, RectificationStatus to, const Context &context)
{
    if (from == to)
        return Check::Unchanged;
    const Transition *t = find(from, to);
    if (!t)
        return Check::Illegal;
    if (t->needsAttachment && !context.hasAttachment)
        return Check::NeedsAttachment;
    if (t->recheck && !context.hasNote)
        return Check::NeedsNote;
    if (t->withdrawal && !context.hasNote)
        return Check::NeedsReason;
    return Check::Allowed;
}

std::vector<RectificationStatus> next(RectificationStatus from)
{
    std::vector<RectificationStatus> out;
    for (const Transition &t : table())
        if (t.from == from)
            out.push_back(t.to);
    return out;
}

bool canWithdraw(RectificationStatus from) { return find(from, S::Withdrawn) != nullptr; }

std::optional<RectificationStatus> afterRecheck(RectificationStatus from, RecheckResult result)
{
    if (from == S::Reported)
        return result == RecheckResult::Pass ? S::Closed : S::Failed;
    if (from == S::Closed)
        return result == RecheckResult::Pass ? S::Closed : S::Failed;
    return std::nullopt;
}

QString explain(RectificationStatus from, RectificationStatus to, Check c)
{
    const QString step = QStringLiteral("%1 (%2) → %3 (%4)")
                             .arg(RectificationKeys::status(from), RectificationKeys::statusZh(from),
                                  RectificationKeys::status(to), RectificationKeys::statusZh(to));
    QStringList allowed;
    for (RectificationStatus s : next(from))
        allowed << RectificationKeys::status(s);
    const QString options = allowed.isEmpty() ? QStringLiteral("none") : allowed.join(QStringLiteral(", "));
    switch (c) {
    case Check::Allowed: return QStringLiteral("%1 is allowed").arg(step);
    case Check::Unchanged:
        return QStringLiteral("the item is already %1 (%2)").arg(RectificationKeys::status(from), RectificationKeys::statusZh(from));
    case Check::Illegal:
        return QStringLiteral("%1 is not allowed; from %2 the item can go to: %3").arg(step, RectificationKeys::status(from), options);
    case Check::NeedsAttachment:
        return QStringLiteral("%1 needs the agency's report or evidence: attach a PDF or image first (--attach FILE)").arg(step);
    case Check::NeedsNote: return QStringLiteral("%1 is a re-check and needs a re-check note (--note TEXT)").arg(step);
    case Check::NeedsReason: return QStringLiteral("%1 needs the reason for withdrawing the item (--reason TEXT)").arg(step);
    }
    return {};
}
} // namespace RectificationWorkflow

} // namespace casereview
