// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one exception type the storage layer throws; callers at the edges turn it into messages.
// `message()` is for people: it never holds SQL. The statement that failed, if any, is kept
// apart in `detail()` for logs and bug reports. `cause()` says what the user can do about it.
#include <QString>
#include <stdexcept>

namespace casereview {

class StorageError : public std::runtime_error {
public:
    enum class Kind { Open, Query, Migration, Integrity, Backup, NotFound };
    // What SQLite said went wrong, as far as it tells the user what to do.
    enum class Cause { Other, Damaged, NotAStore, Busy, DiskFull, ReadOnly, CannotOpen };

    StorageError(Kind kind, const QString &message, Cause cause = Cause::Other, const QString &detail = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_cause(cause), m_message(message), m_detail(detail) {}
    Kind kind() const { return m_kind; }
    Cause cause() const { return m_cause; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

    // The cause of an SQLite result code (extended or primary).
    static Cause causeOf(int sqliteCode);
    // One sentence on what this means for the store and what to do, in English (the CLI's
    // language; the GUI translates by cause).
    QString advice() const;

private:
    Kind m_kind;
    Cause m_cause;
    QString m_message;
    QString m_detail;
};

} // namespace casereview
