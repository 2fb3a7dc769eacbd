// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "caselist/caselistmodel.h"
#include "import/caseimporter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_model(new CaseListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Case Review Workstation"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *filter = new QLineEdit(central);
    filter->setPlaceholderText(tr("Filter cases by any column…"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Case filter"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *table = new QTableView(central);
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setAccessibleName(tr("Case list"));
    layout->addWidget(filter);
    layout->addWidget(table);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(tr("&Import PDFs…"), this, &MainWindow::chooseAndImport);
    importAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    addToolBar(tr("Main"))->addAction(importAction);
    statusBar()->addPermanentWidget(m_status);
    resize(1200, 720);
    reload();
}

void MainWindow::reload()
{
    try {
        m_model->setCases(CaseRepository(m_db).list());
        m_status->setText(tr("%n case(s) — %1", nullptr, m_model->rowCount()).arg(m_db.path()));
    } catch (const StorageError &) {
        m_status->setText(tr("The case store could not be read."));
    }
}

void MainWindow::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import case files"), {}, tr("PDF files (*.pdf *.PDF)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths)
{
    auto *dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    auto *watcher = new QFutureWatcher<ImportReport>(this);
    const QString storePath = m_db.path();
    // The worker opens its own connection: a SQLite connection belongs to one thread at a time.
    watcher->setFuture(QtConcurrent::run([paths, storePath, cancel, dialog]() {
        Database db(storePath);
        CaseImporter importer(db);
        return importer.run(paths, ImportOptions{}, [dialog](const ImportProgress &p) {
            QMetaObject::invokeMethod(dialog, [dialog, p] {
                dialog->setMaximum(p.total);
                dialog->setValue(p.done);
            });
        }, cancel.get());
    }));
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [this, watcher, dialog] {
        dialog->deleteLater();
        watcher->deleteLater();
        ImportReport report;
        try {
            report = watcher->result();
        } catch (const StorageError &) {
            QMessageBox::warning(this, tr("Import"), tr("The case store could not be opened for the import."));
            return;
        }
        reload();
        const int failed = report.count(ImportOutcome::Status::Failed);
        QString summary = tr("%1 imported, %2 duplicates skipped, %3 failed.")
                              .arg(report.count(ImportOutcome::Status::Imported))
                              .arg(report.count(ImportOutcome::Status::Duplicate))
                              .arg(failed);
        QStringList details;
        for (const ImportOutcome &o : report.outcomes)
            if (o.status != ImportOutcome::Status::Imported || !o.warnings.isEmpty())
                details << QStringLiteral("%1: %2").arg(o.file, o.message.isEmpty() ? o.warnings.join(QLatin1String("; ")) : o.message);
        QMessageBox box(failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import"), summary, QMessageBox::Ok, this);
        box.setDetailedText(details.join(QLatin1Char('\n')));
        box.exec();
    });
}
