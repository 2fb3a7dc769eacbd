// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingvote.h"

namespace casereview {

namespace SpellingVote {
QString winner(const QString &own, const std::map<QString, int> &mentions)
{
    const auto ownIt = mentions.find(own);
    const int ownCount = ownIt == mentions.end() ? 0 : ownIt->second;
    QString best;
    int bestCount = 0;
    bool tie = false;
    for (const auto &[spelling, count] : mentions) {
        if (spelling == own)
            continue;
        if (count > bestCount)
            best = spelling, bestCount = count, tie = false;
        else if (count == bestCount)
            tie = true;
    }
    return bestCount >= 2 && bestCount > ownCount && !tie ? best : own;
}
} // namespace SpellingVote

} // namespace casereview
