// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "importmessages.h"

#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace casereview;

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_summary(new QLabel(this)), m_current(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_results(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_passwordButton(new QPushButton(tr("Enter Password…"), this))
{
    setWindowTitle(tr("Import case files"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_bar->setAccessibleName(tr("Import progress"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Import results"));
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->header()->resizeSection(0, 260);
    m_results->header()->resizeSection(1, 90);
    m_results->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_results, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_passwordButton);
    bottom->addWidget(m_buttons, 1);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_passwordButton->setAccessibleName(tr("Import the protected files with a password"));
    m_passwordButton->hide();
    connect(m_passwordButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("PDF password"),
                                                       tr("Password for the %n protected file(s):", nullptr, int(m_locked.size())),
                                                       QLineEdit::Password, {}, &ok);
        if (ok && !password.isEmpty())
            retryWithPassword(password);
    });
    resize(720, 200);
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        *m_cancel = true;
}

void ImportDialog::start(const QStringList &paths, const QString &password)
{
    m_running = true;
    m_passwordButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    m_current->show();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_summary->setText(tr("Reading %n file(s) or folder(s)…", nullptr, int(paths.size())));
    m_bar->setRange(0, 0);
    ImportOptions options;
    options.password = password;
    QFutureWatcher<ImportRun> *watcher =
        onFinished(this, m_workspace.importFiles(paths, options, m_cancel),
                   [this](const ImportRun &run) { showReport(run.report); }, [this](const Failure &f) { showFailure(f); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int done) {
        onProgress(done, watcher->progressMaximum(), watcher->progressText());
    });
}

void ImportDialog::onProgress(int done, int total, const QString &lastFile)
{
    if (total <= 0)
        return;  // still looking for the files
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    if (!*m_cancel)
        m_summary->setText(tr("Imported %1 of %2 file(s).").arg(done).arg(total));
    if (!lastFile.isEmpty())
        m_current->setText(QFileInfo(lastFile).fileName());
}

void ImportDialog::endRun()
{
    m_running = false;
    m_current->hide();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

void ImportDialog::showFailure(const Failure &failure)
{
    endRun();
    m_report = ImportReport{};
    m_summary->setText(tr("The import stopped: %1 Files stored before are kept.").arg(FailureText::message(failure)));
    emit importFinished(m_report);
}

void ImportDialog::showReport(const ImportReport &report)
{
    endRun();
    m_report = report;
    const int failed = report.count(ImportOutcome::Status::Failed);
    QString text = tr("%1 imported, %2 duplicate(s) skipped, %3 failed.")
                       .arg(report.count(ImportOutcome::Status::Imported))
                       .arg(report.count(ImportOutcome::Status::Duplicate))
                       .arg(failed);
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; the cases already stored are kept.");
    m_summary->setText(text);
    m_locked.clear();
    for (const ImportOutcome &o : report.outcomes) {
        addResult(o);
        // A certificate's encryption is no password's: no password button for it (issue #17).
        if ((o.error == ImportError::Encrypted && o.detail != ImportDetail::CertificateSecurity)
            || o.error == ImportError::WrongPassword)
            m_locked << o.file;
    }
    m_passwordButton->setVisible(!m_locked.isEmpty());
    if (report.outcomes.empty())
        m_summary->setText(tr("No PDF files were found."));
    m_results->show();
    resize(width(), std::max(height(), 420));
    emit importFinished(report);
}

void ImportDialog::addResult(const ImportOutcome &o)
{
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(0, QFileInfo(o.file).fileName());
    item->setToolTip(0, o.file);
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        item->setText(1, tr("Imported"));
        if (o.notes.empty()) {
            item->setText(2, tr("Case %1, %n page(s)", nullptr, o.pages).arg(o.caseId));
        } else {
            QStringList notes;
            for (const ImportNote &n : o.notes)
                notes << ImportMessages::note(n);
            item->setText(2, tr("Case %1, %n page(s): %2", nullptr, o.pages).arg(o.caseId).arg(notes.join(QLatin1Char(' '))));
            item->setToolTip(2, notes.join(QLatin1Char('\n')));
        }
        item->setForeground(1, QColor(0x1b, 0x7f, 0x3b));
        break;
    case ImportOutcome::Status::Duplicate:
        item->setText(1, tr("Duplicate"));
        item->setText(2, tr("Same content as case %1; skipped.").arg(o.caseId));
        item->setForeground(1, QColor(0x8a, 0x6d, 0x00));
        break;
    case ImportOutcome::Status::Failed:
        item->setText(1, tr("Failed"));
        item->setText(2, ImportMessages::error(o));
        item->setToolTip(2, ImportMessages::error(o));
        item->setForeground(1, QColor(0xb0, 0x20, 0x20));
        break;
    }
}

void ImportDialog::retryWithPassword(const QString &password)
{
    if (!m_running && !m_locked.isEmpty())
        start(m_locked, password);
}

void ImportDialog::reject()
{
    if (m_running) {
        *m_cancel = true;
        m_summary->setText(tr("Cancelling after the files being read…"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        reject();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}
