// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verdict-changing transformations of the variation suite, one or more per rule id of
// diagnosis-rules.md, and their lawful look-alikes. Each row changes facts of a lawful Spec;
// the rules it must raise are written in the row (the law's reading), never taken from a run.
#include "variationspec.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

struct DefectRow {
    QString name;
    QStringList rules;  // must appear as non-hint findings; empty for a look-alike
    std::function<bool(const VariationSpec &)> fits;  // the lawful Spec this row can change
    std::function<void(VariationSpec &)> apply;
    bool screening = false;  // also judged on a lone decision (the decision itself shows it)
    // On a lone decision the rule may go either way (a hint or a defect): what decides it is a
    // fact the decision need not state (an extension approved elsewhere in the file).
    bool screeningEither = false;
    QStringList loneRules;  // what a lone decision shows, when less than `rules` (empty: `rules`)
    QStringList screeningRules() const { return loneRules.isEmpty() ? rules : loneRules; }
    bool lookAlike() const { return rules.isEmpty(); }
};

namespace VariationDefects {
const std::vector<DefectRow> &rows();
const DefectRow *find(const QString &name);
} // namespace VariationDefects
