// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An open case store: one SQLite file in WAL mode with foreign keys on, migrated to the
// current schema on open. One Database per thread; SQLite's WAL lets them read side by side.
#include "statement.h"

#include <QString>
#include <functional>

namespace casereview {

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (creating when ReadWrite) and migrates to `schemaTarget` (-1: the latest; other
    // values are for migration tests). Throws StorageError.
    explicit Database(const QString &path, Mode mode = Mode::ReadWrite, int schemaTarget = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    void exec(const char *sql);  // one or more statements without parameters
    // Folds the write-ahead log into the store file (its size then is the store's size).
    void checkpoint();
    Statement prepare(const char *sql) { return Statement(m_db, sql); }
    qint64 lastInsertId() const;
    int schemaVersion();

    // Copies the whole store, while it stays open, into `target` (SQLite online backup).
    void backupTo(const QString &target);
    // PRAGMA integrity_check; empty when the file is sound.
    QString integrityProblems();

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// RAII write transaction (BEGIN IMMEDIATE): rolled back unless commit() is called.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace casereview
