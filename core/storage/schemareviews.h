// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step 3: review standards with immutable versions, reviews with their answers and
// evidence anchors, and the hash-chained audit log.
class Database;

namespace SchemaReviews {
void apply(Database &db);
}

} // namespace casereview
