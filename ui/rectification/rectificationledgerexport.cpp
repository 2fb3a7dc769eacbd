// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationledgerexport.h"

#include "export/tableexporter.h"
#include "rectification/rectificationservice.h"
#include "report/rectificationledger.h"
#include "report/reportissuer.h"
#include "report/reportrenderer.h"
#include "report/storepageimages.h"
#include "storage/database.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <optional>

using namespace casereview;

namespace {
// The file written on the pool, and for a PDF what the audit log records of it.
struct Written {
    RectificationLedgerExport::Outcome outcome;
    std::optional<ReportDocument> document;
    RenderResult render;
};
} // namespace

QFuture<RectificationLedgerExport::Outcome> RectificationLedgerExport::write(Workspace &workspace, const RectificationBoardFilter &filter,
                                                                             const QString &path, const QString &actor)
{
    QFuture<Written> written = workspace.read([filter, path](Database &db) {
        Written w;
        w.outcome.path = path;
        RectificationFilter everything;
        everything.includeWithdrawn = true;  // the board filter decides
        RectificationLedger::Input input = RectificationService(db).ledgerInput(everything);
        std::erase_if(input.items, [&](const RectificationItem &i) { return !filter.matches(i, input.today); });
        w.outcome.rows = int(input.items.size());
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("pdf")) {
            w.document = RectificationLedger::document(input);
            StorePageImages images(db);
            w.render = ReportRenderer(&images).writePdf(*w.document, path, {});
            w.outcome.ok = w.render.ok;
            w.outcome.error = w.render.error;
        } else {
            const ExportResult r = TableExporter::write(RectificationLedger::table(input),
                                                        suffix == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Xlsx, path);
            w.outcome.ok = r.ok();
            w.outcome.error = r.detail;
        }
        return w;
    });
    return written
        .then(QtFuture::Launch::Sync,
              [&workspace, actor](const Written &w) {
                  if (!w.document || !w.outcome.ok)
                      return QtFuture::makeReadyFuture(w.outcome);
                  return workspace.write({ChangeEvent::Kind::Reports, {}}, [w, actor](Database &db) {
                      ReportIssuer(db).record(*w.document, w.render, QFileInfo(w.outcome.path).absoluteFilePath(), actor);
                      return w.outcome;
                  });
              })
        .unwrap();
}

void RectificationLedgerExport::run(QWidget *parent, Workspace &workspace, const RectificationBoardFilter &filter, const QString &actor)
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
    onFinished(
        parent, write(workspace, filter, path, actor),
        [parent, mainWindow](const Outcome &o) {
            if (!o.ok) {
                QMessageBox::warning(parent, tr("Export Rectification Ledger"),
                                     tr("The ledger could not be written to %1. Check that the folder exists and is writable.\n%2")
                                         .arg(o.path, o.error));
                return;
            }
            if (mainWindow)
                mainWindow->statusBar()->showMessage(tr("Rectification ledger written to %1 (%n item(s))", nullptr, o.rows).arg(o.path), 10000);
        },
        [parent, mainWindow](const Failure &f) {
            if (mainWindow)
                mainWindow->statusBar()->clearMessage();
            QMessageBox::warning(parent, tr("Export Rectification Ledger"), FailureText::message(f));
        });
}
