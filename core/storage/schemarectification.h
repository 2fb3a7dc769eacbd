// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema of rectification tracking: items, the problems (sources) they were made from, the
// agencies' reports and evidence kept byte-exact with their SHA-256, and re-checks with the
// newer cases they looked at. Status history lives in the chained audit log.
class Database;

namespace SchemaRectification {
void apply(Database &db);
} // namespace SchemaRectification

} // namespace casereview
