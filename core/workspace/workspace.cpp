// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases: each one a function on a worker, its store work done by the services below.
#include "workspace.h"

#include "ocrservice.h"
#include "review/casesummaryloader.h"
#include "storage/caserepository.h"
#include "storage/ocrrepository.h"

#include <QThread>

#include <atomic>

namespace casereview {

namespace {
// What the long use cases poll: the future's cancel, seen through its promise.
// A caller's `stop` ends the run early but still with its value (the partial report).
template <class T>
struct CancelBridge {
    QPromise<T> &promise;
    const std::atomic<bool> *stop = nullptr;
    std::atomic<bool> flag{false};
    const std::atomic<bool> *poll()
    {
        if (promise.isCanceled() || (stop && stop->load()))
            flag = true;
        return &flag;
    }
};
} // namespace

Workspace::Workspace(const QString &path, DiagnosisService diagnosis, QObject *parent)
    : QObject(parent), m_path(path), m_diagnosis(std::move(diagnosis)), m_pool(path)
{
    qRegisterMetaType<ChangeEvent>();
    // Opening here (on the caller's thread, once) creates and migrates the store, so a store
    // that cannot be opened fails the constructor instead of every later use case.
    m_writerDb = std::make_unique<Database>(path);
    m_readers.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_long.setMaxThreadCount(2);
    m_view.setMaxThreadCount(1); // one preview at a time; its pages come in the order asked
}

Workspace::~Workspace()
{
    {
        QMutexLocker lock(&m_jobsMutex);
        for (QFuture<void> &job : m_longJobs)
            job.cancel();
    }
    m_long.waitForDone();
    m_view.waitForDone();
    m_writer.drain();
    m_readers.waitForDone();
    // The pooled connections are read-only and close last, so they cannot fold the write-ahead
    // log into the store: the writer does it now, and the store file alone holds every commit
    // (as after closing a Database). A reader of another program may hold it back; no harm.
    try {
        m_writerDb->checkpoint();
    } catch (const StorageError &) {
    }
}

Database &Workspace::writer() { return *m_writerDb; }

void Workspace::announce(ChangeEvent event)
{
    QMetaObject::invokeMethod(this, [this, event = std::move(event)] { emit changed(event); }, Qt::QueuedConnection);
}

QFuture<std::vector<CaseSummary>> Workspace::caseSummaries()
{
    return read([](Database &db) { return CaseSummaryLoader(db).all(); });
}

QFuture<std::optional<CaseSummary>> Workspace::caseSummary(qint64 caseId)
{
    return read([caseId](Database &db) { return CaseSummaryLoader(db).one(caseId); });
}

QFuture<OpenedCase> Workspace::openCase(qint64 caseId)
{
    return read([caseId](Database &db) {
        CaseRepository repo(db);
        std::optional<CaseRecord> record = repo.get(caseId);
        if (!record)
            throw WorkspaceFailure(Failure::notFound(QStringLiteral("Case %1").arg(caseId)));
        OpenedCase out;
        out.record = std::move(*record);
        out.pdf = repo.originalFile(caseId);
        OcrRepository ocr(db);
        for (const PageSourceInfo &page : ocr.sources(caseId)) {
            if (page.source != QLatin1String("ocr"))
                continue;
            auto &words = out.ocrWords[page.page - 1];
            words = ocr.words(caseId, page.page);
            for (const OcrWord &w : words)
                if (w.confidence < OcrPage::kLowConfidence)
                    out.doubtful[page.page - 1].push_back(w.rect);
        }
        return out;
    });
}

QFuture<ImportRun> Workspace::importFiles(const QStringList &paths, const ImportOptions &options,
                                          StopFlag stop)
{
    return startLong<ImportRun>([this, paths, options, stop = std::move(stop)](QPromise<ImportRun> &promise) {
        CancelBridge<ImportRun> cancel{promise, stop.get()};
        promise.setProgressRange(0, 0);
        Database db(m_path);
        ImportRun run = ImportService(db, m_diagnosis)
                            .run(paths, options,
                                 [&](const ImportProgress &p) {
                                     promise.setProgressRange(0, std::max(1, p.total));
                                     promise.setProgressValueAndText(p.done, p.lastFile);
                                     cancel.poll();
                                 },
                                 cancel.poll());
        std::vector<qint64> stored;
        for (const ImportOutcome &o : run.report.outcomes)
            if (o.status == ImportOutcome::Status::Imported && o.caseId > 0)
                stored.push_back(o.caseId);
        if (!stored.empty())
            announce({ChangeEvent::Kind::CasesAdded, stored});
        promise.addResult(std::move(run));
    });
}

QFuture<OcrReport> Workspace::readScans(const std::vector<qint64> &caseIds, const OcrOptions &options,
                                        StopFlag stop)
{
    return startLong<OcrReport>([this, caseIds, options, stop = std::move(stop)](QPromise<OcrReport> &promise) {
        CancelBridge<OcrReport> cancel{promise, stop.get()};
        Database db(m_path);
        OcrReport report = OcrService(db, m_diagnosis)
                               .run(caseIds, options,
                                    [&](const OcrProgress &p) {
                                        promise.setProgressRange(0, std::max(1, p.totalPages));
                                        promise.setProgressValue(p.donePages);
                                        if (p.completedCase > 0)
                                            announce({ChangeEvent::Kind::CaseText, {p.completedCase}});
                                        cancel.poll();
                                    },
                                    cancel.poll());
        if (!report.casesPartlyRead.empty())
            announce({ChangeEvent::Kind::CaseText, report.casesPartlyRead});
        promise.addResult(std::move(report));
    });
}

QFuture<std::vector<CaseDiagnosis>> Workspace::diagnose(const std::vector<qint64> &caseIds, StopFlag stop)
{
    return startLong<std::vector<CaseDiagnosis>>([this, caseIds, stop = std::move(stop)](QPromise<std::vector<CaseDiagnosis>> &promise) {
        CancelBridge<std::vector<CaseDiagnosis>> cancel{promise, stop.get()};
        promise.setProgressRange(0, int(caseIds.size()));
        Database db(m_path);
        std::vector<CaseDiagnosis> out = m_diagnosis.diagnose(
            db, caseIds,
            [&](int n, int) {
                promise.setProgressValue(n);
                cancel.poll();
            },
            cancel.poll());
        std::vector<qint64> changedIds;
        for (const CaseDiagnosis &d : out)
            if (d.error.isEmpty())
                changedIds.push_back(d.caseId);
        if (!changedIds.empty())
            announce({ChangeEvent::Kind::Findings, changedIds});
        promise.addResult(std::move(out));
    });
}

QFuture<void> Workspace::backup(const QString &target)
{
    return read([target](Database &db) { db.backupTo(target); });
}

} // namespace casereview
