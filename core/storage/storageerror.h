// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one exception type the storage layer throws; callers at the edges turn it into messages.
#include <QString>
#include <stdexcept>

class StorageError : public std::runtime_error {
public:
    enum class Kind { Open, Query, Migration, Integrity, Backup, NotFound };
    StorageError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};
