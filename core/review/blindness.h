// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The blind double review rule (背靠背评查) of issue #15: the reviewers a campaign assigns to
// a file score it independently, so until every one of them has submitted (or signed) their
// review of it, nobody sees another reviewer's answers, score, grade or notes — not the other
// reviewers, not the case list, reports or exports. A reviewer always sees their own. What
// anyone may see is its progress: how many are assigned and how many have submitted.
// A pure function of the assignment and the review statuses, so the case list, `show`,
// `score`, reports and the GUI judge alike.
// A file the campaign's latest assignment no longer gives to anyone (drawn again without it)
// has nobody to wait for: its reviews are not blind. A reviewer who reopens their review after
// the reveal makes the file blind again until they submit once more.
#include "domain/blindfile.h"

#include <QString>

namespace casereview {

namespace Blindness {
// Assigned reviewers who have submitted (or signed); a submitted review by someone not
// assigned does not count.
int submittedCount(const BlindFile &file);
// Every assigned reviewer has submitted: the reviews are open to everyone.
bool revealed(const BlindFile &file);
// Whether `viewer` may see the answers, score and notes of `owner`'s review of the file.
// An empty viewer is nobody in particular: lists, reports, exports.
bool maySee(const BlindFile &file, const QString &owner, const QString &viewer = {});
// "2 assigned, 1 submitted".
QString progress(const BlindFile &file);
} // namespace Blindness

} // namespace casereview
