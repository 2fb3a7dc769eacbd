// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vote that settles a value read by OCR against the spellings its other mentions give.
#include <QString>
#include <map>

namespace casereview {

namespace SpellingVote {
// The spelling mentioned most often, when it is mentioned at least twice, more often than
// `own` and more often than any other spelling; else `own`. OCR misreads a character in one
// mention, rarely the same way in all, and a tie between two readings decides nothing.
QString winner(const QString &own, const std::map<QString, int> &mentions);
} // namespace SpellingVote

} // namespace casereview
