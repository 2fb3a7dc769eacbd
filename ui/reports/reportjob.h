// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The off-thread halves of the report menu: building a document from the store and writing a
// PDF or a table, each on its own Database connection (SQLite connections are per thread).
#include "export/exporttable.h"
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"

#include <QFuture>

namespace ReportJob {
struct Request {
    enum class Kind { Opinion, Campaign, Notice };
    Kind kind = Kind::Opinion;
    QString storePath;
    QList<qint64> caseIds;  // Opinion: one; Campaign: empty for all
    QString agency;         // Notice
    QDate deadline;         // Campaign and Notice; invalid: the default
    QString bureau;
    QString reviewer;       // Opinion: this reviewer's review when there is one, else the case's only review
};
struct Written {
    RenderResult render;
    QString storageError;  // the audit record could not be written
};

QFuture<ReportBuild> build(const Request &request);
// Renders with progress (0..1000) and honours cancel on the returned future.
QFuture<Written> writePdf(const QString &storePath, const ReportDocument &doc, const QString &path, const RenderOptions &options,
                          const QString &actor);
// "cases" | "findings" | "scores"
QFuture<ExportResult> exportTable(const QString &storePath, const QString &what, ExportFormat format, const QString &path);
} // namespace ReportJob
