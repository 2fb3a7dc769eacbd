// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Workspace's read connections: read-only Database objects on one store file, lent to one
// reader at a time and kept open for the next (WAL lets them read beside the writer). A lease
// returns its connection when it goes out of scope; a connection whose read failed is dropped
// rather than lent again, so a store repaired underneath gets fresh connections.
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace casereview {

class Database;

class ConnectionPool {
public:
    explicit ConnectionPool(QString path, int keep = 4);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    class Lease {
    public:
        Lease(ConnectionPool &pool, std::unique_ptr<Database> db) : m_pool(&pool), m_db(std::move(db)) {}
        Lease(Lease &&) noexcept = default;
        ~Lease();
        Database &db() const { return *m_db; }
        void discard() { m_discard = true; }  // do not lend this connection again

    private:
        ConnectionPool *m_pool;
        std::unique_ptr<Database> m_db;
        bool m_discard = false;
    };

    // An idle connection, or a new one (throws StorageError when the store cannot be opened).
    Lease acquire();
    int idle() const;

private:
    void giveBack(std::unique_ptr<Database> db);

    const QString m_path;
    const int m_keep;
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<Database>> m_idle;
};

} // namespace casereview
