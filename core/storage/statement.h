// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A prepared SQLite statement with typed binding and column access (RAII over sqlite3_stmt).
#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace casereview {

class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);  // always TEXT; use bindNull() for NULL
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step();  // true while a row is available
    void exec();  // step until done
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;  // null QString for SQL NULL
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace casereview
