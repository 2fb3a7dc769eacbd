// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How extracted values and the uncertain-field keys are laid out in the store's rows; shared by
// the case repository and the readers of the store (schema steps keep their own frozen copies).
#include "domain/dossierfields.h"

#include <QString>
#include <optional>
#include <set>

namespace casereview {

namespace FieldRows {
// Puts one `fields` row (key, value, valid, page, snippet) into `f`; unknown keys are skipped.
// The parties are rows party.N.name / .type / .uscc / .penalty / .fine_amount_yuan, N from 1.
void read(DossierFields &f, const QString &key, const QString &value, std::optional<bool> valid, const Evidence &ev);

// The `cases.uncertain_fields` column: the keys, one per line; empty when none.
QString joinKeys(const std::set<QString> &keys);
std::set<QString> splitKeys(const QString &column);
} // namespace FieldRows

} // namespace casereview
