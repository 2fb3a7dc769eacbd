// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One campaign file under blind double review (背靠背评查), as the store gives it: who the
// campaigns' current assignments give the case to, and which of them have submitted (or
// signed) their review of it. Blindness (review/) judges who may see what from it.
#include <QStringList>

namespace casereview {

struct BlindFile {
    QStringList assigned; // the reviewers assigned to the file
    QStringList submitted; // the reviewers whose review of it is submitted or signed
};

} // namespace casereview
