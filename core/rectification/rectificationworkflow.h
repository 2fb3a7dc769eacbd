// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status machine of a rectification item as a table: which status may follow which, and
// what each step needs. Pure; the service applies it, the board uses it to disable choices.
#include "domain/rectificationitem.h"

#include <vector>

namespace casereview {

namespace RectificationWorkflow {
struct Transition {
    RectificationStatus from;
    RectificationStatus to;
    bool recheck;          // decided by a re-check: records one and needs its note
    bool needsAttachment;  // the agency's report or evidence must be in the store
    bool withdrawal = false;  // 撤销: final, needs a reason (the step's note), done by RectificationService::withdraw
};

enum class Check { Allowed, Unchanged, Illegal, NeedsAttachment, NeedsNote, NeedsReason };

struct Context {
    bool hasAttachment = false;  // the item holds (or the same step adds) at least one current attachment
    bool hasNote = false;        // a non-empty note (for a withdrawal: its reason) comes with the step
};

const std::vector<Transition> &table();
const Transition *find(RectificationStatus from, RectificationStatus to);
Check check(RectificationStatus from, RectificationStatus to, const Context &context);
// Statuses reachable in one step, in table order.
std::vector<RectificationStatus> next(RectificationStatus from);
bool canWithdraw(RectificationStatus from);
// Where a re-check with `result` takes an item in `from`; nullopt when there is nothing to re-check
// (only a reported item, or a closed one in a later 回头看, can be re-checked).
std::optional<RectificationStatus> afterRecheck(RectificationStatus from, RecheckResult result);
// One English sentence for the CLI and logs, e.g. "cannot go from pending to closed: …".
QString explain(RectificationStatus from, RectificationStatus to, Check check);
} // namespace RectificationWorkflow

} // namespace casereview
