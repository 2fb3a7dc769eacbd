// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step 2: the trigram full-text index over every page, filled for the pages already stored.
class Database;

namespace SchemaSearch {
void apply(Database &db);
}

} // namespace casereview
