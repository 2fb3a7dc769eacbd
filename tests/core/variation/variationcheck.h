// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The metamorphic relations of the suite, as functions that say what broke (empty: it holds):
// an invariant transformation keeps the fields (as the Spec gives them) and the set of
// (rule, severity) findings of its base; a verdict-changing one adds its rules as defects and
// changes no other rule's verdict. Shared by the tests and bench_variation.
#include "variationdefects.h"
#include "variationfamily.h"
#include "variationspec.h"

#include <QStringList>
#include <vector>

struct InvariantRow {
    QString name;  // "Dates=二〇二四年三月五日"
    Dim dim;
    int value;
};

namespace VariationCheck {
// Every non-base value of every dimension in one pool, as a row.
std::vector<InvariantRow> invariantRows(Pool pool);
inline std::vector<InvariantRow> invariantRows(bool heldOut) { return invariantRows(heldOut ? Pool::HeldOut : Pool::Tuning); }
// The lawful bases the tests use: each kind with two seeds, base family.
std::vector<VariationSpec> bases();
// The base itself: fields as the Spec gives them and no defect found.
QStringList lawfulProblems(const VariationSpec &spec, const VariationFamily &family);
QStringList invariantProblems(const VariationSpec &spec, const VariationFamily &base, const InvariantRow &row);
QStringList defectProblems(const VariationSpec &lawful, const VariationFamily &family, const DefectRow &row);
// A lone decision: the row's rules when `row.screening`, else nothing a lone decision cannot show.
QStringList screeningProblems(const VariationSpec &lawful, const VariationFamily &family, const DefectRow *row);
} // namespace VariationCheck
