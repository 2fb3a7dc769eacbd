// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpool.h"

using namespace casereview;

ReaderPool::Lease ReaderPool::borrow(quint64 generation, const QByteArray &pdf)
{
    std::vector<Idle> stale;  // destroyed outside the lock
    {
        std::lock_guard lock(m_mutex);
        if (generation > m_current) {
            m_current = generation;
            stale = std::exchange(m_idle, {});
        }
        for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
            if (it->generation == generation) {
                PdfReader reader = std::move(it->reader);
                m_idle.erase(it);
                return Lease(*this, generation, std::move(reader));
            }
        }
    }
    return Lease(*this, generation, PdfReader::open(pdf));
}

void ReaderPool::giveBack(quint64 generation, PdfReader reader)
{
    std::lock_guard lock(m_mutex);
    if (generation == m_current && int(m_idle.size()) < m_maxIdle)
        m_idle.push_back({generation, std::move(reader)});
    // else: `reader` is destroyed on return, on this (still running) thread
}

void ReaderPool::clear()
{
    std::vector<Idle> idle;
    {
        std::lock_guard lock(m_mutex);
        idle = std::exchange(m_idle, {});
    }
}

int ReaderPool::idleCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_idle.size());
}
