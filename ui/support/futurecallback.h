// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the GUI takes a use case's result: onFinished() calls back on the context's thread once
// the future is done, with the value or with the typed Failure the future carried
// (WorkspaceFailure), or Kind::Cancelled when it was cancelled without a value. The watcher is
// parented to `context`, so no callback runs after the widget that asked is gone, and no
// exception ever reaches the event loop (one thrown by a callback is logged and dropped).
#include "workspace/failure.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtDebug>

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace FutureCallbackDetail {
// The failure a finished future ended with, if any: what it threw, or its cancellation.
template <class T>
std::optional<casereview::Failure> failureOf(const QFuture<T> &future)
{
    try {
        QFuture<T> f = future;
        f.waitForFinished();  // finished already; rethrows the worker's exception
        bool hasValue = true;
        if constexpr (!std::is_void_v<T>)
            hasValue = f.resultCount() > 0;
        if (f.isCanceled() && (std::is_void_v<T> || !hasValue))
            return casereview::Failure{casereview::Failure::Kind::Cancelled, {}, QStringLiteral("Cancelled."), {}};
        if (!hasValue)
            return casereview::Failure{casereview::Failure::Kind::Internal, {}, QStringLiteral("The job ended without a result."), {}};
        return std::nullopt;
    } catch (const casereview::WorkspaceFailure &e) {
        return e.failure();
    } catch (const std::exception &e) {
        return casereview::Failure{casereview::Failure::Kind::Internal, {}, QString::fromUtf8(e.what()), {}};
    } catch (...) {
        return casereview::Failure{casereview::Failure::Kind::Internal, {}, QStringLiteral("Unknown error."), {}};
    }
}

template <class Fn, class... Args>
void callSafely(Fn &fn, Args &&...args)
{
    try {
        fn(std::forward<Args>(args)...);
    } catch (const std::exception &e) {
        qWarning("a future's callback threw: %s", e.what());
    } catch (...) {
        qWarning("a future's callback threw");
    }
}
} // namespace FutureCallbackDetail

// onValue(const T &) (or onValue() for QFuture<void>); onFailure(const Failure &).
// Returns the watcher (owned by context) for progress signals; it deletes itself when done.
template <class T, class OnValue, class OnFailure>
QFutureWatcher<T> *onFinished(QObject *context, QFuture<T> future, OnValue onValue, OnFailure onFailure)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, onValue = std::move(onValue), onFailure = std::move(onFailure)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> f = watcher->future();
                         if (std::optional<casereview::Failure> failure = FutureCallbackDetail::failureOf(f)) {
                             FutureCallbackDetail::callSafely(onFailure, *failure);
                             return;
                         }
                         if constexpr (std::is_void_v<T>) {
                             FutureCallbackDetail::callSafely(onValue);
                         } else {
                             std::optional<T> value;
                             try {
                                 value = f.result();
                             } catch (...) {
                             }
                             if (value)
                                 FutureCallbackDetail::callSafely(onValue, *value);
                         }
                     });
    watcher->setFuture(std::move(future));
    return watcher;
}
