// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step 11: a character index over the page text, so one- and two-character queries are
// answered from an index (the trigram index cannot) and every query is ranked inside SQLite.
class Database;

namespace SchemaPageChars {
void apply(Database &db);
}

} // namespace casereview
