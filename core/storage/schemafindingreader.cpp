// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 10, plain SQL: findings.reader. Findings diagnosed before it keep NULL (which
// reader decided them was not recorded, and is shown as absent, never guessed); the next
// diagnosis of the case writes it.
#include "schemafindingreader.h"

#include "database.h"

namespace casereview {

namespace SchemaFindingReader {
void apply(Database &db) { db.exec("ALTER TABLE findings ADD COLUMN reader TEXT"); }
} // namespace SchemaFindingReader

} // namespace casereview
