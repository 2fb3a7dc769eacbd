// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the 整改台账 of what the board shows (its filter) to XLSX, CSV or PDF, chosen by the
// file's suffix: the items are read and the file written on the Workspace's read pool; a PDF is
// then recorded as an issued report in the audit log on its writer.
#include "rectificationboardmodel.h"

#include <QCoreApplication>
#include <QFuture>

class QWidget;
namespace casereview { class Workspace; }

class RectificationLedgerExport {
    Q_DECLARE_TR_FUNCTIONS(RectificationLedgerExport)
public:
    struct Outcome {
        bool ok = false;
        int rows = 0;
        QString path;
        QString error;  // English detail from the writer
    };

    // Writes the file; the future fails (WorkspaceFailure) only when the store could not be read.
    static QFuture<Outcome> write(casereview::Workspace &workspace, const RectificationBoardFilter &filter, const QString &path,
                                  const QString &actor);
    // Asks for a file, then writes it in the background and reports in the status bar.
    static void run(QWidget *parent, casereview::Workspace &workspace, const RectificationBoardFilter &filter, const QString &actor);
};
