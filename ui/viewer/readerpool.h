// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PdfReaders of PageRenderer's worker threads. A task borrows a reader opened on the
// current document and returns it, so readers are reused across tasks but owned here and
// destroyed by clear() on the owner's thread. (Thread-local readers were destroyed by the
// thread-exit handlers, which run after QThread::wait() returns and raced with Poppler's own
// clean-up at process exit: a crash seen about once in fifteen runs.)
#include "import/pdfreader.h"

#include <QByteArray>
#include <mutex>
#include <vector>

class ReaderPool {
public:
    // A borrowed reader, given back when the lease ends.
    class Lease {
    public:
        Lease(ReaderPool &pool, quint64 generation, casereview::PdfReader reader)
            : m_pool(pool), m_generation(generation), m_reader(std::move(reader)) {}
        ~Lease() { m_pool.giveBack(m_generation, std::move(m_reader)); }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        const casereview::PdfReader &reader() const { return m_reader; }

    private:
        ReaderPool &m_pool;
        quint64 m_generation;
        casereview::PdfReader m_reader;
    };

    explicit ReaderPool(int maxIdle) : m_maxIdle(maxIdle) {}

    // A reader on `pdf` for document `generation`: an idle one if there is, else a new one.
    Lease borrow(quint64 generation, const QByteArray &pdf);
    // Drops every idle reader (call when no task runs, e.g. after the thread pool is done).
    void clear();
    int idleCount() const;

private:
    void giveBack(quint64 generation, casereview::PdfReader reader);

    struct Idle {
        quint64 generation;
        casereview::PdfReader reader;
    };
    const int m_maxIdle;
    mutable std::mutex m_mutex;
    std::vector<Idle> m_idle;
    quint64 m_current = 0;  // the newest generation asked for; older readers are not kept
};
