// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationledgerexport.h"

#include "export/tableexporter.h"
#include "report/rectificationledger.h"
#include "rectification/rectificationservice.h"
#include "report/reportissuer.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

RectificationLedgerExport::Outcome RectificationLedgerExport::write(const QString &storePath, const RectificationBoardFilter &filter,
                                                                    const QString &path, const QString &actor)
{
    Outcome out;
    out.path = path;
    try {
        Database db(storePath);
        RectificationService service(db);
        RectificationFilter everything;
        everything.includeWithdrawn = true;  // the board filter decides
        RectificationLedger::Input input = service.ledgerInput(everything);
        std::erase_if(input.items, [&](const RectificationItem &i) { return !filter.matches(i, input.today); });
        out.rows = int(input.items.size());
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("pdf")) {
            const RenderResult r = ReportIssuer(db).issuePdf(RectificationLedger::document(input), path, {}, actor);
            out.ok = r.ok;
            out.error = r.error;
        } else {
            const ExportResult r = TableExporter::write(RectificationLedger::table(input),
                                                        suffix == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Xlsx, path);
            out.ok = r.ok();
            out.error = r.detail;
        }
    } catch (const StorageError &e) {
        out.error = e.message();
    }
    return out;
}

void RectificationLedgerExport::run(QWidget *parent, const QString &storePath, const RectificationBoardFilter &filter,
                                    const QString &actor)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Rectification Ledger"), tr("整改台账.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                : selected.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                            : QStringLiteral(".xlsx");
    auto *mainWindow = qobject_cast<QMainWindow *>(parent->window());
    if (mainWindow)
        mainWindow->statusBar()->showMessage(tr("Writing the rectification ledger…"));
    auto *watcher = new QFutureWatcher<Outcome>(parent);
    QObject::connect(watcher, &QFutureWatcherBase::finished, parent, [watcher, parent, mainWindow] {
        watcher->deleteLater();
        const Outcome o = watcher->result();
        if (!o.ok) {
            QMessageBox::warning(parent, tr("Export Rectification Ledger"),
                                 tr("The ledger could not be written to %1. Check that the folder exists and is writable.\n%2")
                                     .arg(o.path, o.error));
            return;
        }
        if (mainWindow)
            mainWindow->statusBar()->showMessage(tr("Rectification ledger written to %1 (%n item(s))", nullptr, o.rows).arg(o.path), 10000);
    });
    watcher->setFuture(QtConcurrent::run([=] { return write(storePath, filter, path, actor); }));
}
