// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerthread.h"

namespace casereview {

WriterThread::WriterThread() : m_thread(QThread::create([this] { loop(); }))
{
    m_thread->setObjectName(QStringLiteral("store writer"));
    m_thread->start();
}

WriterThread::~WriterThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void WriterThread::post(std::function<void()> job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

void WriterThread::drain()
{
    QMutexLocker lock(&m_mutex);
    while (!m_jobs.empty() || m_running)
        m_idle.wait(&m_mutex);
}

void WriterThread::loop()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_jobs.empty() && !m_stop)
            m_wake.wait(&m_mutex);
        if (m_jobs.empty())  // stopping, and nothing left to run
            break;
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_running = true;
        lock.unlock();
        job();  // jobs catch their own exceptions (into their promise)
        lock.relock();
        m_running = false;
        if (m_jobs.empty())
            m_idle.wakeAll();
    }
    m_idle.wakeAll();
}

} // namespace casereview
