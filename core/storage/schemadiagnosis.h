// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema of the diagnosis: findings per case, reviewer decisions keyed by rule + key facts
// (so they survive a re-run while the finding still holds) and their audit trail.
class Database;

namespace SchemaDiagnosis {
void apply(Database &db);
} // namespace SchemaDiagnosis

} // namespace casereview
