// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrrunner.h"

#include "extraction/dossieranalyzer.h"
#include "import/blockingqueue.h"
#include "import/pdfreader.h"
#include "ocrcleanup.h"
#include "ocrdoubt.h"
#include "ocrengine.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"
#include "storage/storageerror.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <map>
#include <set>

namespace casereview {

namespace {
struct Task {
    PendingPage page;
    QByteArray pdf;  // the case's original; implicitly shared between its pages
};

struct Done {
    PendingPage page;
    std::optional<OcrPage> result;
};
} // namespace

OcrReport OcrRunner::run(const std::vector<qint64> &caseIds, const OcrOptions &options, const ProgressFn &progress,
                         const std::atomic<bool> *cancel)
{
    OcrReport report;
    OcrRepository ocrRepo(m_db);
    CaseRepository cases(m_db);
    const std::vector<PendingPage> pending = ocrRepo.pending(caseIds);
    if (pending.empty())
        return report;
    {
        OcrEngine probe(options.languages);
        if (!probe.isReady()) {
            report.error = probe.errorString();
            return report;
        }
    }

    std::vector<Task> tasks;
    std::map<qint64, int> remaining;
    std::map<qint64, QByteArray> originals;
    for (const PendingPage &p : pending) {
        auto it = originals.find(p.caseId);
        if (it == originals.end())
            it = originals.emplace(p.caseId, cases.originalFile(p.caseId)).first;
        tasks.push_back({p, it->second});
        ++remaining[p.caseId];
    }

    std::atomic<size_t> next{0};
    // Unbounded in effect: each result is small and the writer keeps up with OCR easily.
    BlockingQueue<Done> queue(tasks.size());
    QThreadPool pool;
    const int workers = std::max(1, std::min<int>(options.threads, int(tasks.size())));
    pool.setMaxThreadCount(workers);
    auto worker = [&] {
        OcrEngine engine(options.languages);
        qint64 openCase = 0;
        PdfReader reader;
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= tasks.size())
                return;
            const Task &t = tasks[i];
            if (cancel && cancel->load()) {
                queue.push({t.page, std::nullopt});
                continue;
            }
            if (openCase != t.page.caseId) {
                reader = PdfReader::open(t.pdf);
                openCase = t.page.caseId;
            }
            std::optional<OcrPage> result;
            if (reader.isOpen()) {
                const QImage image = reader.renderPage(t.page.page - 1, options.dpi, 5000);
                // renderPage lowers the resolution for huge pages; recover the dpi it used.
                const QSizeF pt = reader.pageSizePoints(t.page.page - 1);
                const int rot = reader.pageRotation(t.page.page - 1);
                const double widthPt = (rot == 90 || rot == 270) ? pt.height() : pt.width();
                const double usedDpi = widthPt > 0 ? image.width() * 72.0 / widthPt : options.dpi;
                result = engine.recognize(image, usedDpi);
            }
            queue.push({t.page, std::move(result)});
        }
    };
    if (progress) {  // the run's size before its first page: a front end can show it and offer to stop at once
        OcrProgress start;
        start.totalPages = int(tasks.size());
        progress(start);
    }
    for (int w = 0; w < workers; ++w)
        (void)QtConcurrent::run(&pool, worker);

    std::set<qint64> touched;
    // New text changes the document split and the fields; the case is analysed again.
    auto reanalyse = [&](qint64 caseId) {
        analyse(caseId);
        touched.erase(caseId);
    };
    double confidenceSum = 0;
    OcrProgress state;
    state.totalPages = int(tasks.size());
    for (size_t received = 0; received < tasks.size(); ++received) {
        Done d = queue.pop();
        state.donePages = int(received + 1);
        state.caseId = d.page.caseId;
        state.page = d.page.page;
        state.completedCase = 0;
        if (!d.result) {
            if (cancel && cancel->load())
                report.cancelled = true;
            else
                ++report.pagesFailed;
        } else {
            try {
                ocrRepo.save(d.page.pageId, *d.result);
                ++report.pagesDone;
                confidenceSum += d.result->meanConfidence;
                touched.insert(d.page.caseId);
                if (--remaining[d.page.caseId] == 0) {
                    reanalyse(d.page.caseId);
                    report.casesCompleted.push_back(d.page.caseId);
                    state.completedCase = d.page.caseId;
                }
            } catch (const StorageError &e) {
                ++report.pagesFailed;
                report.error = e.message();
            }
        }
        if (progress)
            progress(state);
    }
    pool.waitForDone();
    for (qint64 caseId : std::set<qint64>(touched)) {  // partly done (cancelled or a page failed)
        reanalyse(caseId);
        report.casesPartlyRead.push_back(caseId);
    }
    report.meanConfidence = report.pagesDone ? confidenceSum / report.pagesDone : 0;
    return report;
}

int OcrRunner::reclean(qint64 caseId)
{
    OcrRepository ocrRepo(m_db);
    CaseRepository cases(m_db);
    int redone = 0;
    for (const PageSourceInfo &info : ocrRepo.sources(caseId)) {
        if (info.source != QLatin1String("ocr"))
            continue;
        const std::vector<OcrWord> words = ocrRepo.words(caseId, info.page);
        QStringList lines;
        int line = -1;
        for (const OcrWord &w : words) {
            if (w.line != line || lines.isEmpty()) {
                lines << w.text;
                line = w.line;
            } else {
                lines.back() += QLatin1Char(' ') + w.text;
            }
        }
        ocrRepo.replaceText(caseId, info.page, OcrCleanup::clean(lines.join(QLatin1Char('\n'))));
        ++redone;
    }
    analyse(caseId);
    return redone;
}

void OcrRunner::analyse(qint64 caseId)
{
    CaseRepository cases(m_db);
    std::vector<QString> texts;
    for (const PageText &p : cases.pages(caseId))
        texts.push_back(p.text);
    std::vector<bool> ocr(texts.size(), false);
    OcrRepository ocrRepo(m_db);
    for (const PageSourceInfo &info : ocrRepo.sources(caseId))
        if (info.page >= 1 && size_t(info.page) <= ocr.size())
            ocr[size_t(info.page - 1)] = info.source == QLatin1String("ocr");
    const DossierAnalysis analysis = DossierAnalyzer::analyze(texts, ocr);
    const std::set<QString> uncertain =
        OcrDoubt::uncertainFields(analysis.fields, [&](int page) { return ocrRepo.words(caseId, page); });
    cases.replaceAnalysis(caseId, analysis, uncertain);
}

} // namespace casereview
