// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for correcting rectification records without deleting them: withdrawn items
// (撤销) and superseded attachments, and source keys that a withdrawn item gives back.
class Database;

namespace SchemaRectificationCorrections {
void apply(Database &db);
}

} // namespace casereview
