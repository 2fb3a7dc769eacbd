// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ordered schema steps of the case store. Step N takes a store from user_version N-1
// to N inside one transaction; a store newer than this build is refused, never touched.
#include <functional>
#include <vector>

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
} // namespace Migrations
