// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Workspace's one writer: a thread that runs posted jobs one at a time, in the order they
// were posted. Not a QThreadPool of one thread: a pool may run a queued task on the thread that
// waits for its future (work stealing), which would break both the order of writes and the
// rule that the GUI thread never writes. Jobs posted here have no runnable to steal.
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace casereview {

class WriterThread {
public:
    WriterThread();
    // Runs the jobs still queued, then joins the thread.
    ~WriterThread();
    WriterThread(const WriterThread &) = delete;
    WriterThread &operator=(const WriterThread &) = delete;

    void post(std::function<void()> job);
    // Blocks until every job posted so far has run.
    void drain();

private:
    void loop();

    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::deque<std::function<void()>> m_jobs;
    bool m_running = false;  // a job is running right now
    bool m_stop = false;
    QThread *m_thread;
};

} // namespace casereview
