// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Review standards in the store. A version, once written, never changes (the schema refuses
// updates and deletes); editing a standard means adding its next version.
#include "standards/reviewstandard.h"
#include "standards/standardversioninfo.h"

#include <optional>
#include <vector>

namespace casereview {

class Database;

class StandardRepository {
public:
    explicit StandardRepository(Database &db) : m_db(db) {}

    // The latest version of every standard, or every version when `allVersions`.
    std::vector<StandardVersionInfo> list(bool allVersions = false);
    // The given version, or the latest when nullopt. Throws StorageError if the stored body is unreadable.
    std::optional<ReviewStandard> get(const QString &id, std::optional<int> version = std::nullopt);
    std::optional<int> latestVersion(const QString &id);
    // The version whose content has this SHA-256, if any.
    std::optional<int> versionWithSha(const QString &id, const QString &sha256);
    // Writes `standard` as the next version of its id and returns that number. Call inside a
    // transaction; the caller validates first.
    int addVersion(const ReviewStandard &standard, const QString &actor, bool builtin);

    static QString contentSha256(const ReviewStandard &standard);

private:
    Database &m_db;
};

} // namespace casereview
