// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs OCR over the pages waiting for it: workers on all cores render and recognise pages,
// the calling thread stores each page as it comes (so a stopped run resumes where it
// stopped) and re-analyses a case once its last page is done.
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <vector>

namespace casereview {

class Database;

struct OcrOptions {
    int threads = QThread::idealThreadCount();
    double dpi = 300;  // reads 小四/五号 print reliably
    QString languages = QStringLiteral("chi_sim");
};

struct OcrProgress {
    int donePages = 0;
    int totalPages = 0;
    qint64 caseId = 0;
    int page = 0;
    qint64 completedCase = 0;  // set when this page was the case's last: it is read whole and analysed again
};

struct OcrReport {
    int pagesDone = 0;
    int pagesFailed = 0;
    std::vector<qint64> casesCompleted;  // all pages OCR'd and the case re-analysed
    std::vector<qint64> casesPartlyRead;  // some pages read (stopped, or a page failed): re-analysed too
    bool cancelled = false;
    QString error;  // set when OCR could not start at all (e.g. language data missing)
    double meanConfidence = 0;
};

class OcrRunner {
public:
    using ProgressFn = std::function<void(const OcrProgress &)>;
    explicit OcrRunner(Database &db) : m_db(db) {}
    // caseIds empty = every case with pending pages.
    OcrReport run(const std::vector<qint64> &caseIds, const OcrOptions &options, const ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

    // Rebuilds the text of the case's OCR pages from their stored words with the current
    // clean-up and analyses the case again; no page is read again. Returns the pages redone.
    int reclean(qint64 caseId);

private:
    // Analyses the case's page texts again and stores the analysis with the keys of the values
    // resting on doubtful OCR words (the only place those keys are worked out for a case).
    void analyse(qint64 caseId);
    Database &m_db;
};

} // namespace casereview
