// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the checklist needs of an accepted finding. A plain copy, because diagnosis/finding.h
// and standards/reviewstandard.h both declare a global `Dimension` and cannot meet in one file.
#include "domain/evidence.h"

#include <QString>
#include <vector>

struct AcceptedFinding {
    QString rule;
    QString item;     // suggested standard item id
    QString message;
    std::vector<casereview::Evidence> evidence;
};
