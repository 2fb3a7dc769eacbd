// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <sqlite3.h>

namespace casereview {

StorageError::Cause StorageError::causeOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_CORRUPT: return Cause::Damaged;
    case SQLITE_NOTADB: return Cause::NotAStore;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Cause::Busy;
    case SQLITE_FULL: return Cause::DiskFull;
    case SQLITE_READONLY: return Cause::ReadOnly;
    case SQLITE_CANTOPEN: return Cause::CannotOpen;
    default: return Cause::Other;
    }
}

QString StorageError::advice() const
{
    switch (m_cause) {
    case Cause::Damaged:
        return QStringLiteral("the case store is damaged; nothing was changed. Keep this file, and copy your latest backup "
                              "(casereview-cli backup) to a new path to go on working");
    case Cause::NotAStore:
        return QStringLiteral("this file is not a case store (or its first page is destroyed); nothing was changed");
    case Cause::Busy:
        return QStringLiteral("the store is being written by another program; nothing was changed; try again when it has finished");
    case Cause::DiskFull:
        return QStringLiteral("the disk is full; nothing was changed; free some space and try again");
    case Cause::ReadOnly:
        return QStringLiteral("the store cannot be written (read-only file or folder); nothing was changed");
    case Cause::CannotOpen:
        return QStringLiteral("the store cannot be opened: check that the folder exists and may be written");
    case Cause::Other: break;
    }
    return {};
}

} // namespace casereview
