// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrcontroller.h"

#include "actionregistry.h"
#include "ocrstatuswidget.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

using namespace casereview;

OcrController::OcrController(ActionRegistry &actions, Workspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent), m_status(new OcrStatusWidget),
      m_action(new QAction(tr("&Read Scanned Pages (OCR)"), this))
{
    m_action->setStatusTip(tr("Read the scanned pages still waiting for text recognition"));
    actions.add(QStringLiteral("document.ocr"), ActionRegistry::Menu::Document, m_action);
    connect(m_action, &QAction::triggered, this, [this] { run({}, Origin::Menu); });
    m_status->hide();
    connect(m_status.data(), &OcrStatusWidget::stopRequested, this, &OcrController::stop);
    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::CasesAdded)
            start();  // an import may have queued scanned pages
        else if (e.kind == ChangeEvent::Kind::CaseText && m_running)
            for (qint64 id : e.caseIds)
                emit caseRead(id);
    });
    // Pages left by a run the last session did not finish are read again on start.
    QTimer::singleShot(0, this, [this] { run({}, Origin::LastSession); });
}

OcrController::~OcrController()
{
    // The run's pages in hand are stored by the Workspace, which outlives this controller.
    if (m_stop)
        *m_stop = true;
    if (m_status && !m_status->parent())
        delete m_status;
}

void OcrController::start(const std::vector<qint64> &caseIds) { run(caseIds, Origin::Automatic); }

void OcrController::run(const std::vector<qint64> &caseIds, Origin origin)
{
    if (isRunning()) {
        m_again = true;
        return;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_again = false;
    m_running = true;
    m_action->setEnabled(false);
    QFutureWatcher<OcrReport> *watcher = onFinished(
        this, m_workspace.readScans(caseIds, OcrOptions{}, m_stop),
        [this, origin](const OcrReport &r) { handleReport(r, origin); },
        [this, origin](const Failure &f) {
            OcrReport r;
            r.error = FailureText::message(f);
            r.cancelled = f.kind == Failure::Kind::Cancelled;
            handleReport(r, origin);
        });
    // The status shows once there are pages to read (a run with none ends quietly).
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher, origin, first = true](int done) mutable {
        const int total = watcher->progressMaximum();
        if (total <= 0 || !m_stop || *m_stop)
            return;
        m_status->showProgress(done, total);
        m_status->show();
        if (first && origin == Origin::LastSession)
            emit message(tr("Reading the %n scanned page(s) left from the last session.", nullptr, total), 8000);
        first = false;
    });
}

void OcrController::stop()
{
    if (!isRunning() || !m_stop)
        return;
    *m_stop = true;
    m_status->showStopping();
}

void OcrController::handleReport(const OcrReport &r, Origin origin)
{
    m_running = false;
    ++m_finishedRuns;
    m_status->hide();
    m_action->setEnabled(true);
    const bool nothingWaited = r.error.isEmpty() && r.pagesDone == 0 && r.pagesFailed == 0 && !r.cancelled;
    if (nothingWaited) {
        if (origin == Origin::Menu)
            emit message(tr("No scanned page is waiting for OCR."), 6000);
    } else if (!r.error.isEmpty() && r.pagesDone == 0 && !r.cancelled) {
        QMessageBox::warning(m_dialogParent, tr("Read Scanned Pages"),
                             tr("The scanned pages could not be read (%1). They stay waiting: once the Tesseract "
                                "Chinese language data (tesseract-ocr-chi-sim) is installed, choose Document ▸ "
                                "Read Scanned Pages.").arg(r.error));
    } else {
        QString text = r.cancelled
                           ? tr("OCR stopped: %n scanned page(s) read; the rest are read next time.", nullptr, r.pagesDone)
                           : tr("OCR finished: %n scanned page(s) read, mean confidence %1.", nullptr, r.pagesDone)
                                 .arg(QString::number(r.meanConfidence, 'f', 1));
        if (r.pagesFailed > 0)
            text += QLatin1Char(' ') + tr("%n page(s) could not be read and stay waiting.", nullptr, r.pagesFailed);
        emit message(text, 15000);
    }
    emit finished(r);
    if (m_again && !r.cancelled)
        start();
}
