// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchscreener.h"

#include "diagnosisengine.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"
#include "storage/storageerror.h"

#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <memory>

namespace casereview {

std::vector<CaseDiagnosis> BatchScreener::run(const std::vector<qint64> &caseIds, const Progress &progress,
                                              const std::atomic_bool *cancel) const
{
    std::vector<CaseDiagnosis> results(caseIds.size());
    for (size_t i = 0; i < caseIds.size(); ++i)
        results[i].caseId = caseIds[i];
    QMutex mutex;
    int done = 0;
    const int total = int(caseIds.size());
    std::vector<std::unique_ptr<Database>> idle;  // one connection per concurrent worker, reused
    auto work = [&](CaseDiagnosis &r) {
        if (cancel && cancel->load()) {
            r.error = QStringLiteral("cancelled");
            return;
        }
        std::unique_ptr<Database> db;
        {
            QMutexLocker lock(&mutex);
            if (!idle.empty()) {
                db = std::move(idle.back());
                idle.pop_back();
            }
        }
        try {
            if (!db)
                db = std::make_unique<Database>(m_storePath, Database::Mode::ReadOnly);
            CaseRepository repo(*db);
            const auto record = repo.get(r.caseId);
            if (!record) {
                r.error = QStringLiteral("no case %1").arg(r.caseId);
            } else {
                DiagnosisInput input{record->analysis.documents, {}, record->analysis.fields};
                for (PageText &p : repo.pages(r.caseId)) {
                    if (p.page > int(input.pageTexts.size()))
                        input.pageTexts.resize(size_t(p.page));
                    input.pageTexts[size_t(p.page - 1)] = std::move(p.text);
                }
                OcrRepository ocr(*db);
                for (const PageSourceInfo &s : ocr.sources(r.caseId))
                    if (s.source == QLatin1String("ocr") && s.lowConfidenceWords > 0)
                        input.doubtfulPages.insert(s.page);
                input.uncertainFields = record->uncertainFields;
                r.findings = DiagnosisEngine::diagnose(input, m_profile, m_calendar);
            }
        } catch (const StorageError &e) {
            r.error = e.message();
        }
        QMutexLocker lock(&mutex);
        if (db)
            idle.push_back(std::move(db));
        ++done;
        if (progress)
            progress(done, total);
    };
    // Its own threads, never the global pool: Qt 6.4's raster engine splits the GUI thread's larger
    // fills, image conversions and scaling into tasks on QThreadPool::globalInstance() and waits
    // for them, so a batch holding the global pool's threads froze painting for up to a second
    // after an import (bench_ui_stall).
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, results, work);
    return results;
}

} // namespace casereview
