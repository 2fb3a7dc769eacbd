// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the 整改台账 of what the board shows (its filter) to XLSX, CSV or PDF, chosen by the
// file's suffix, on a worker thread with its own store connection. A PDF is recorded as an
// issued report in the audit log.
#include "rectificationboardmodel.h"

#include <QCoreApplication>

class QWidget;

class RectificationLedgerExport {
    Q_DECLARE_TR_FUNCTIONS(RectificationLedgerExport)
public:
    struct Outcome {
        bool ok = false;
        int rows = 0;
        QString path;
        QString error;  // English detail from the writer
    };

    // Writes and returns when done (used by the worker and by tests).
    static Outcome write(const QString &storePath, const RectificationBoardFilter &filter, const QString &path,
                         const QString &actor);
    // Asks for a file, then writes it in the background and reports in the status bar.
    static void run(QWidget *parent, const QString &storePath, const RectificationBoardFilter &filter, const QString &actor);
};
