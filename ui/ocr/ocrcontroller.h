// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the scanned pages of the store with OCR in the background: after an import, when
// the program starts with pages left over from an interrupted run, and from Document ▸ Read
// Scanned Pages. Progress and a stop button sit in the status bar; each case whose pages are
// all read is refreshed in the case list, and reopened in place if it is the one on screen;
// it is diagnosed again on its new text (OcrService) before it is refreshed.
#include "workspace/diagnosisservice.h"
#include "ocr/ocrrunner.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <vector>

class Database;
class MainWindow;
class OcrStatusWidget;
class QAction;

class OcrController : public QObject {
    Q_OBJECT
public:
    // Registers its action with the window's registry (so create it before the menus are
    // built) and looks for pages left waiting once the event loop runs.
    OcrController(MainWindow &window, Database &db, const DiagnosisService &diagnosis);
    // Stops a run and waits for the pages in hand: what was read is stored.
    ~OcrController() override;

    // From start until the run's result is handled (stored pages refreshed, message shown).
    bool isRunning() const { return m_running; }
    // Reads the waiting pages of these cases (every case when empty) and returns how many;
    // 0 when none wait. During a run the request is remembered and served when the run ends
    // (returns -1).
    int start(const std::vector<qint64> &caseIds = {});
    void stop();
    OcrStatusWidget *statusWidget() const { return m_status; }

signals:
    void caseRead(qint64 caseId);  // every waiting page of the case read, its analysis redone
    void finished(const OcrReport &report);

private:
    void onProgress(const OcrProgress &p);
    void onFinished();
    void reopenInPlace(qint64 caseId);

    MainWindow &m_window;
    Database &m_db;
    DiagnosisService m_diagnosis;
    OcrStatusWidget *m_status;
    QAction *m_action;
    QFutureWatcher<OcrReport> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_again = false;
    bool m_running = false;
};
