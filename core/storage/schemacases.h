// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step 1: the original files, cases, page text, the dossier's documents, extracted
// fields and officers.
class Database;

namespace SchemaCases {
void apply(Database &db);
}

} // namespace casereview
