// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One open case store and every use case the front ends run on it. The GUI and the CLI both
// come here, so the store ends in the same state whichever front end did the work.
//
// Threads: the caller's thread (the GUI's) never runs SQL or Poppler. Reads run on a pool of
// read-only connections; short writes (a decision, an answer, a status move) are serialised on
// one writer thread with its own connection; the long use cases (import, OCR, diagnosis of many
// cases) run on their own worker with a connection of their own and write case by case in
// short transactions, which SQLite interleaves with the writer's.
//
// Every use case returns a QFuture: progress through its progress value, range and text; real
// cancellation through QFuture::cancel(), seen at the next file, page or case: what was stored
// before stays stored and is announced, and the future has no value. Import and OCR also take a
// `stop` flag (the CLI's Ctrl-C, a dialog's Stop button): the run ends at the same points but
// finishes with its partial report as the value. Failure: a WorkspaceFailure with a typed Failure.
// After a write commits, changed() announces it on this object's thread.
#include "changeevent.h"
#include "connectionpool.h"
#include "diagnosisservice.h"
#include "failure.h"
#include "importservice.h"
#include "openedcase.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "writerthread.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

namespace casereview {

struct OcrOptions;
struct OcrReport;

class Workspace : public QObject {
    Q_OBJECT
public:
    // Set by the caller to end an import or OCR run early with its partial report; shared, so a
    // dialog closed mid-run cannot leave the worker reading a dead flag.
    using StopFlag = std::shared_ptr<const std::atomic<bool>>;

    // Opens the store, creating and migrating it: throws StorageError when it cannot.
    explicit Workspace(const QString &path, DiagnosisService diagnosis = DiagnosisService(), QObject *parent = nullptr);
    // Cancels what still runs and waits for it, so no worker outlives the connections.
    ~Workspace() override;

    QString path() const { return m_path; }
    const DiagnosisService &diagnosis() const { return m_diagnosis; }

    // --- use cases ------------------------------------------------------------------------
    QFuture<std::vector<CaseSummary>> caseSummaries();
    QFuture<std::optional<CaseSummary>> caseSummary(qint64 caseId);
    // Fails with NotFound when the case is not stored.
    QFuture<OpenedCase> openCase(qint64 caseId);
    // Reads, stores and diagnoses the files; announces CasesAdded (also for a cancelled run).
    // Progress: files done of files found, the text the file last read.
    QFuture<ImportRun> importFiles(const QStringList &paths, const ImportOptions &options,
                                   StopFlag stop = {});
    // Reads the cases' scanned pages and diagnoses each again; announces CaseText per case as
    // it is read whole. Progress: pages done of pages queued.
    QFuture<OcrReport> readScans(const std::vector<qint64> &caseIds, const OcrOptions &options,
                                 StopFlag stop = {});
    // Diagnoses the cases again (decisions on findings that still hold are kept).
    // Cases not started when stopped or cancelled keep their findings (error "cancelled").
    QFuture<std::vector<CaseDiagnosis>> diagnose(const std::vector<qint64> &caseIds, StopFlag stop = {});
    // Copies the whole store into `target` while it stays open.
    QFuture<void> backup(const QString &target);

    // --- building blocks for the use cases of the other services --------------------------
    // Runs fn(Database&) on a read-only pooled connection.
    template <class Fn>
    auto read(Fn fn) -> QFuture<std::invoke_result_t<Fn, Database &>>
    {
        return QtConcurrent::run(&m_readers, [this, fn = std::move(fn)]() {
            return guarded([&] {
                ConnectionPool::Lease lease = m_pool.acquire();
                try {
                    return fn(lease.db());
                } catch (const StorageError &) {
                    lease.discard();
                    throw;
                }
            });
        });
    }
    // Runs fn(Database&) on the writer thread, after every write posted before it; announces
    // `change` once fn returned.
    template <class Fn>
    auto write(ChangeEvent change, Fn fn) -> QFuture<std::invoke_result_t<Fn, Database &>>
    {
        using T = std::invoke_result_t<Fn, Database &>;
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        m_writer.post([this, promise, change = std::move(change), fn = std::move(fn)]() mutable {
            try {
                guarded([&] {
                    if constexpr (std::is_void_v<T>) {
                        fn(writer());
                    } else {
                        promise->addResult(fn(writer()));
                    }
                });
                announce(std::move(change));
            } catch (const WorkspaceFailure &failure) {
                promise->setException(failure);
            }
            promise->finish();
        });
        return future;
    }

    // For the CLI and tests: waits for the future on this thread and returns its value, or
    // throws WorkspaceFailure (Kind::Cancelled for a cancelled future). A read not yet started
    // may run on the waiting thread (QThreadPool's work stealing), so the GUI never calls this.
    template <class T>
    static T wait(QFuture<T> future)
    {
        future.waitForFinished();  // rethrows the worker's WorkspaceFailure
        if (future.isCanceled() && future.resultCount() == 0)
            throw WorkspaceFailure({Failure::Kind::Cancelled, {}, QStringLiteral("Cancelled."), {}});
        if constexpr (!std::is_void_v<T>)
            return future.result();
    }

    // Runs a long use case of another service (a report PDF, an export): fn(QPromise<T>&, Database&)
    // on a long-job worker with a connection of its own, so the writer and the read pool stay free.
    // Cancelled (at fn's next check of the promise) by QFuture::cancel() and by the destructor.
    template <class T, class Fn>
    QFuture<T> job(Fn fn)
    {
        return startLong<T>([this, fn = std::move(fn)](QPromise<T> &promise) {
            Database db(m_path);
            fn(promise, db);
        });
    }

    // Runs a use case for the screen (a report preview's PDF and its page images):
    // fn(QPromise<T>&, Database&) on a pool of its own with a pooled read-only connection, so a
    // preview never waits behind an import or OCR run. Cancelled like a long job.
    template <class T, class Fn>
    QFuture<T> view(Fn fn)
    {
        return startOn<T>(m_view, [this, fn = std::move(fn)](QPromise<T> &promise) {
            ConnectionPool::Lease lease = m_pool.acquire();
            try {
                fn(promise, lease.db());
            } catch (const StorageError &) {
                lease.discard();
                throw;
            }
        });
    }

    // Announces a change made through another path (thread-safe; delivered on this object's thread).
    void announce(ChangeEvent event);

signals:
    void changed(const ChangeEvent &event);

private:
    // The writer connection: opened on first use, only ever touched by the writer thread.
    Database &writer();
    // Runs fn, turning StorageError and other exceptions into WorkspaceFailure.
    template <class Fn>
    static auto guarded(Fn &&fn) -> decltype(fn())
    {
        try {
            return fn();
        } catch (const WorkspaceFailure &) {
            throw;
        } catch (const StorageError &e) {
            throw WorkspaceFailure(Failure::fromStorage(e));
        } catch (const std::exception &e) {
            throw WorkspaceFailure({Failure::Kind::Internal, {}, QString::fromUtf8(e.what()), {}});
        }
    }

    const QString m_path;
    const DiagnosisService m_diagnosis;
    ConnectionPool m_pool;
    std::unique_ptr<Database> m_writerDb;
    QThreadPool m_readers;
    WriterThread m_writer;  // writes, one at a time, in order
    QThreadPool m_long;    // import, OCR, batch diagnosis
    QThreadPool m_view; // previews for the screen
    QMutex m_jobsMutex;
    std::vector<QFuture<void>> m_longJobs;  // cancelled by the destructor
    // Starts a long use case on m_long.
    template <class T, class Fn>
    QFuture<T> startLong(Fn fn)
    {
        return startOn<T>(m_long, std::move(fn));
    }
    // Starts fn on `pool` and keeps it for cancellation.
    template <class T, class Fn>
    QFuture<T> startOn(QThreadPool &pool, Fn fn)
    {
        QFuture<T> f = QtConcurrent::run(&pool, [fn = std::move(fn)](QPromise<T> &promise) { guarded([&] { fn(promise); }); });
        QMutexLocker lock(&m_jobsMutex);
        std::erase_if(m_longJobs, [](const QFuture<void> &j) { return j.isFinished(); });
        m_longJobs.push_back(QFuture<void>(f));
        return f;
    }
};

} // namespace casereview
