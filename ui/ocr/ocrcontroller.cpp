// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrcontroller.h"

#include "actionregistry.h"
#include "mainwindow.h"
#include "ocrstatuswidget.h"
#include "workspace/ocrservice.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

OcrController::OcrController(MainWindow &window, Database &db, const DiagnosisService &diagnosis)
    : QObject(&window), m_window(window), m_db(db), m_diagnosis(diagnosis), m_status(new OcrStatusWidget),
      m_action(new QAction(tr("&Read Scanned Pages (OCR)"), &window))
{
    m_action->setStatusTip(tr("Read the scanned pages still waiting for text recognition"));
    window.actions().add(QStringLiteral("document.ocr"), ActionRegistry::Menu::Document, m_action);
    connect(m_action, &QAction::triggered, this, [this] {
        if (start() == 0)
            m_window.statusBar()->showMessage(tr("No scanned page is waiting for OCR."), 6000);
    });
    window.statusBar()->addPermanentWidget(m_status);
    m_status->hide();
    connect(m_status, &OcrStatusWidget::stopRequested, this, &OcrController::stop);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OcrController::onFinished);
    connect(&window, &MainWindow::importFinished, this, [this] { start(); });
    connect(this, &OcrController::caseRead, &window, [this](qint64 id) {
        m_window.refreshCase(id);
        m_window.reloadDocument(id);
    });
    // Pages left by a run the last session did not finish are read again on start.
    QTimer::singleShot(0, this, [this] {
        if (const int n = start(); n > 0)
            m_window.statusBar()->showMessage(tr("Reading the %n scanned page(s) left from the last session.", nullptr, n), 8000);
    });
}

OcrController::~OcrController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

int OcrController::start(const std::vector<qint64> &caseIds)
{
    if (isRunning()) {
        m_again = true;
        return -1;
    }
    int total = 0;
    try {
        total = int(OcrRepository(m_db).pending(caseIds).size());
    } catch (const StorageError &) {
        return 0;
    }
    if (total == 0)
        return 0;
    m_cancel = false;
    m_again = false;
    m_running = true;
    m_action->setEnabled(false);
    m_status->showProgress(0, total);
    m_status->show();
    const QString store = m_db.path();
    // The run opens its own connection: the store is written page by page from that thread.
    m_watcher.setFuture(QtConcurrent::run([this, store, caseIds, diagnosis = m_diagnosis] {
        try {
            Database db(store);
            auto progress = [this](const OcrProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
            };
            // Each case is diagnosed again as its last page is read, before it is reported.
            return OcrService(db, diagnosis).run(caseIds, OcrOptions{}, progress, &m_cancel);
        } catch (const StorageError &e) {
            OcrReport failed;
            failed.error = e.message();
            return failed;
        }
    }));
    return total;
}

void OcrController::stop()
{
    if (!isRunning())
        return;
    m_cancel = true;
    m_status->showStopping();
}

void OcrController::onProgress(const OcrProgress &p)
{
    if (!m_cancel)
        m_status->showProgress(p.donePages, p.totalPages);
    if (p.completedCase > 0)
        emit caseRead(p.completedCase);
}

void OcrController::onFinished()
{
    const OcrReport r = m_watcher.result();
    m_running = false;
    m_status->hide();
    m_action->setEnabled(true);
    if (!r.error.isEmpty() && r.pagesDone == 0) {
        QMessageBox::warning(&m_window, tr("Read Scanned Pages"),
                             tr("The scanned pages could not be read (%1). They stay waiting: once the Tesseract "
                                "Chinese language data (tesseract-ocr-chi-sim) is installed, choose Document ▸ "
                                "Read Scanned Pages.").arg(r.error));
    } else {
        QString message = r.cancelled
                              ? tr("OCR stopped: %n scanned page(s) read; the rest are read next time.", nullptr, r.pagesDone)
                              : tr("OCR finished: %n scanned page(s) read, mean confidence %1.", nullptr, r.pagesDone)
                                    .arg(QString::number(r.meanConfidence, 'f', 1));
        if (r.pagesFailed > 0)
            message += QLatin1Char(' ') + tr("%n page(s) could not be read and stay waiting.", nullptr, r.pagesFailed);
        m_window.statusBar()->showMessage(message, 15000);
    }
    // Cases read only in part (stopped, or a page failed) were analysed again as well.
    if (r.pagesDone > 0)
        m_window.reload();
    emit finished(r);
    if (m_again && !r.cancelled)
        start();
}
