// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ordered schema steps of the case store. Step N takes a store from user_version N-1
// to N inside one transaction; a store newer than this build is refused, never touched.
// A step is frozen once released: it calls nothing outside its own files but the
// Database/Statement primitives, so an old store upgrades the same way whatever the live
// extraction, OCR or search code has become since (a change of derived data is a new step).
#include <functional>
#include <vector>

namespace casereview {

class Database;

namespace Migrations {
struct Step {
    int version;
    const char *description;
    std::function<void(Database &)> apply;
};

const std::vector<Step> &steps();
int latestVersion();
// Brings `db` to `targetVersion` (default: latest). Throws StorageError.
void migrate(Database &db, int targetVersion = -1);
// The same over a given list of steps (tests use it to run a step that fails).
void migrate(Database &db, const std::vector<Step> &list, int targetVersion = -1);
} // namespace Migrations

} // namespace casereview
