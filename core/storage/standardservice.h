// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Standards in a store: seeds the built-in ones, imports new versions (each with an audit
// row, in one transaction) and hands out exact versions. Unchanged content is not re-added.
#include "standardrepository.h"

#include <QByteArray>

namespace casereview {

class Database;

struct StandardImport {
    QString id;
    int version = 0;
    bool created = false;  // false: the store already held this content as `version`
};

class StandardService {
public:
    explicit StandardService(Database &db) : m_db(db) {}

    // Adds every built-in standard whose content the store does not hold yet; idempotent.
    // Returns how many versions were added.
    int ensureBuiltins();
    // Parses and validates every standard in the file first; writes nothing if any is invalid.
    // Throws StandardError or StorageError.
    std::vector<StandardImport> import(const QByteArray &json, const QString &actor);
    std::vector<StandardVersionInfo> list(bool allVersions = false);
    // Throws StandardError naming what the store has when the id or version is unknown.
    ReviewStandard get(const QString &id, std::optional<int> version = std::nullopt);

private:
    std::vector<StandardImport> store(const std::vector<ReviewStandard> &standards, const QString &actor, bool builtin);

    Database &m_db;
};

} // namespace casereview
