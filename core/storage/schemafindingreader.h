// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step 10: each stored finding names the reader that decided it (Finding::reader).
class Database;

namespace SchemaFindingReader {
void apply(Database &db);
}

} // namespace casereview
