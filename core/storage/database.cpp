// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace casereview {

Database::Database(const QString &path, Mode mode, int schemaTarget) : m_path(path)
{
    if (mode == Mode::ReadWrite && path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.exists() && info.isDir())
            throw StorageError(StorageError::Kind::Open, QStringLiteral("%1 is a folder, not a case store").arg(path));
        QDir().mkpath(info.absolutePath());
    }
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError(StorageError::Kind::Open, QStringLiteral("cannot open case store %1: %2").arg(path, why),
                           StorageError::causeOf(rc));
    }
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
    try {
        // A non-SQLite file fails here with "file is not a database".
        prepare("SELECT count(*) FROM sqlite_master").exec();
        if (mode == Mode::ReadWrite) {
            exec("PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode: a crash of the process never corrupts or half-commits;
            // only a power loss may drop the last commits.
            exec("PRAGMA synchronous=NORMAL");
        }
        exec("PRAGMA foreign_keys=ON");
        if (mode == Mode::ReadWrite)
            Migrations::migrate(*this, schemaTarget);
    } catch (const StorageError &e) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError(StorageError::Kind::Open, QStringLiteral("cannot open case store %1: %2").arg(path, e.message()),
                           e.cause(), e.detail());
    }
}

Database::~Database() { sqlite3_close(m_db); }

void Database::checkpoint() { exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

void Database::exec(const char *sql)
{
    char *err = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err); rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        throw StorageError(StorageError::Kind::Query, msg,
                           StorageError::causeOf(rc), QString::fromUtf8(sql));
    }
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::schemaVersion()
{
    Statement st = prepare("PRAGMA user_version");
    st.step();
    return int(st.int64(0));
}

void Database::backupTo(const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw StorageError(StorageError::Kind::Backup, QStringLiteral("the backup cannot overwrite the store itself"));
    QFile::remove(target);
    sqlite3 *dest = nullptr;
    if (sqlite3_open(target.toUtf8().constData(), &dest) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        throw StorageError(StorageError::Kind::Backup, QStringLiteral("cannot create %1: %2").arg(target, why));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
    int rc = SQLITE_OK;
    if (backup) {
        // Copy in slices so other connections keep writing between steps.
        do {
            rc = sqlite3_backup_step(backup, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
    const int destRc = sqlite3_errcode(dest);
    // The copy is a standalone file: no -wal beside it.
    if (rc == SQLITE_DONE && destRc == SQLITE_OK)
        sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE || destRc != SQLITE_OK) {
        QFile::remove(target);
        throw StorageError(StorageError::Kind::Backup, QStringLiteral("backup to %1 failed: %2").arg(target, why));
    }
}

QString Database::integrityProblems()
{
    Statement st = prepare("PRAGMA integrity_check");
    QStringList problems;
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    Statement fk = prepare("PRAGMA foreign_key_check");
    if (fk.step())
        problems << QStringLiteral("foreign key violation in table %1").arg(fk.text(0));
    return problems.join(QLatin1Char('\n'));
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StorageError &) {
            // The transaction may already be gone (e.g. after a failed COMMIT); nothing to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace casereview
