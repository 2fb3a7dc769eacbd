// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The questions the checklist asks before a status change: whether to submit or sign with
// items unanswered (the store records that it was allowed), whether to sign — naming who signs
// and what signing locks —, and why a review is reopened. Kept apart from ChecklistPanel so the
// panel is about the sheet.
#include "scoring/scorecard.h"

#include <QString>

class QWidget;

namespace ChecklistPrompts {
// True when the card is complete or the user said yes.
bool confirmIncomplete(QWidget *parent, const casereview::ScoreCard &card, bool sign);
// True when the reviewer confirmed signing as `reviewer` (of `unit`, when given).
bool confirmSign(QWidget *parent, const QString &reviewer, const QString &unit);
// The reason typed, trimmed; empty when the user cancelled or typed none.
QString reopenReason(QWidget *parent);
} // namespace ChecklistPrompts
