// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the scanned pages of the store with OCR in the background (Workspace::readScans, which
// diagnoses each case again on its new text): after an import, when the program starts with
// pages left over from an interrupted run, and from Document ▸ Read Scanned Pages. Progress and
// a stop button sit in a status widget the host places; what it has to say goes out as
// message(). The case list and the open case refresh themselves from the CaseText events the
// run announces. Needs no window: an ActionRegistry, the Workspace and a dialog parent.
#include "ocr/ocrrunner.h"
#include "workspace/changeevent.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <vector>

class ActionRegistry;
class OcrStatusWidget;
class QAction;
class QWidget;
namespace casereview { class Workspace; }

class OcrController : public QObject {
    Q_OBJECT
public:
    // Registers its action with `actions` (so create it before the menus are built) and looks
    // for pages left waiting once the event loop runs. `dialogParent` (may be null) parents
    // its message boxes and is its QObject parent.
    OcrController(ActionRegistry &actions, casereview::Workspace &workspace, QWidget *dialogParent = nullptr);
    ~OcrController() override;

    // From start until the run's result is handled (message given, finished() emitted).
    bool isRunning() const { return m_running; }
    // Runs ended so far (the look for pages left from the last session is the first).
    int finishedRuns() const { return m_finishedRuns; }
    // Reads the waiting pages of these cases (every case when empty). During a run the request
    // is remembered and served when the run ends.
    void start(const std::vector<qint64> &caseIds = {});
    void stop();
    OcrStatusWidget *statusWidget() const { return m_status; }

signals:
    void caseRead(qint64 caseId);  // the run stored new text for the case and diagnosed it again
    void finished(const casereview::OcrReport &report);
    void message(const QString &text, int timeoutMs);  // for the status bar

private:
    enum class Origin { Automatic, Menu, LastSession };
    void run(const std::vector<qint64> &caseIds, Origin origin);
    void handleReport(const casereview::OcrReport &r, Origin origin);

    casereview::Workspace &m_workspace;
    QWidget *m_dialogParent;
    QPointer<OcrStatusWidget> m_status;
    QAction *m_action;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_again = false;
    bool m_running = false;
    int m_finishedRuns = 0;
};
