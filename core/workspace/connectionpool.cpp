// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpool.h"

#include "storage/database.h"

namespace casereview {

ConnectionPool::ConnectionPool(QString path, int keep) : m_path(std::move(path)), m_keep(keep) {}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::~Lease()
{
    if (m_db && !m_discard)
        m_pool->giveBack(std::move(m_db));
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<Database> db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    return Lease(*this, std::make_unique<Database>(m_path, Database::Mode::ReadOnly));
}

int ConnectionPool::idle() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_idle.size());
}

void ConnectionPool::giveBack(std::unique_ptr<Database> db)
{
    QMutexLocker lock(&m_mutex);
    if (int(m_idle.size()) < m_keep)
        m_idle.push_back(std::move(db));
}

} // namespace casereview
