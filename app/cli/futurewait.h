// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a command waits for a use case: an event loop runs until the future finishes (so the
// Workspace's change stream is delivered, as in the GUI), `draw` sees each progress step, and
// the value comes back or the failure is thrown as WorkspaceFailure for main() to print.
#include "workspace/workspace.h"

#include <QEventLoop>
#include <QFutureWatcher>

template <class T, class Draw>
T waitFor(QFuture<T> future, Draw draw)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &loop,
                     [&](int value) { draw(value, watcher.progressMaximum(), watcher.progressText()); });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    return casereview::Workspace::wait(future);
}

template <class T>
T waitFor(QFuture<T> future)
{
    return waitFor(std::move(future), [](int, int, const QString &) {});
}
