// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: an agency's open rectification items (整改事项) → the AgencyProblems a rectification
// notice is built from, so that a notice names exactly the problems being tracked. Items that
// passed their re-check are left out; a problem grouped over several cases gives one row per case.
#include "analytics/campaignstats.h"
#include "domain/rectificationitem.h"

#include <QDate>
#include <map>

namespace casereview {

namespace RectificationProblems {
// `caseNumbers`: case id → case number for the rows; `agencyCases`: the agency's cases in scope.
AgencyProblems fromItems(const QString &agency, const std::vector<RectificationItem> &items,
                         const std::map<qint64, QString> &caseNumbers, int agencyCases);
// The earliest deadline among the open items; invalid when none has one.
QDate earliestDeadline(const std::vector<RectificationItem> &items);
} // namespace RectificationProblems

} // namespace casereview
