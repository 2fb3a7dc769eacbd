// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waits for a use case's future behind a modal progress dialog while the event loop keeps
// running: the GUI thread never blocks on a worker. Shared by the report actions and the
// report preview.
#include "failuretext.h"
#include "workspace/failure.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QProgressDialog>

class ProgressWait {
public:
    // False if the user cancelled or the job ended without a value. `cancellable`: the job
    // honours QFuture::cancel(); a job that does not gets no Cancel button rather than one that
    // cannot stop it. A cancelled job is left to end on its own at its next step.
    template <typename T>
    static bool run(QFuture<T> future, const QString &label, QWidget *parent, bool cancellable)
    {
        QProgressDialog progress(label, QCoreApplication::translate("ProgressWait", "Cancel"), 0, cancellable ? 1000 : 0, parent);
        if (!cancellable)
            progress.setCancelButton(nullptr);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        // Only the end of the job closes it: a job's progress reaches its maximum before the
        // job is done (a PDF is still being closed, the audit row written), and an auto-reset
        // at the maximum would end the wait early and lose the result.
        progress.setAutoReset(false);
        progress.setAutoClose(false);
        QFutureWatcher<T> watcher;
        bool cancelled = false;
        QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, &QProgressDialog::setValue);
        if (cancellable)
            QObject::connect(&watcher, &QFutureWatcherBase::progressRangeChanged, &progress, &QProgressDialog::setRange);
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &progress, &QWidget::hide); // ends exec()
        QObject::connect(&progress, &QProgressDialog::canceled, &watcher, [&] {
            cancelled = true;
            future.cancel();
        });
        watcher.setFuture(future);
        if (!watcher.isFinished())
            progress.exec();
        if (cancelled || !future.isFinished())
            return false;
        return !future.isCanceled() && future.resultCount() > 0;
    }

    // The failure a finished future without a value carries, in the user's words.
    template <typename T>
    static QString failureText(QFuture<T> future)
    {
        try {
            future.waitForFinished(); // finished already: this only rethrows what it carries
        } catch (const casereview::WorkspaceFailure &f) {
            return FailureText::message(f.failure());
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
        return QCoreApplication::translate("ProgressWait", "Nothing was produced.");
    }
};
