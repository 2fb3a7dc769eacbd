// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report menu's use cases on the Workspace: build a review opinion, campaign report or
// rectification notice from the store (read pool); make a print preview (the PDF in memory and
// its pages as images, on a worker: Poppler off the GUI thread); print, write a report PDF with
// its audit record and export a table (long-job workers, with progress and cancellation).
#include "export/exporttable.h"
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"
#include "reportpreview.h"

#include <QDate>
#include <QFuture>
#include <memory>

class QPagedPaintDevice;

namespace casereview {

class Workspace;

class ReportService {
public:
    struct Request {
        enum class Kind { Opinion, Campaign, Notice };
        Kind kind = Kind::Opinion;
        QList<qint64> caseIds;  // Opinion: one; Campaign: empty for all
        QString agency;         // Notice
        QDate deadline;         // Campaign and Notice; invalid: the default
        QString bureau;
        QString reviewer;  // Opinion: this reviewer's review when there is one, else the case's only review
        bool exactReviewer = false; // Opinion: NoReview rather than another review (the CLI's --reviewer)
        QString viewer; // Opinion: who asks; a file under blind review prints only their own review
    };

    explicit ReportService(Workspace &workspace) : m_ws(workspace) {}

    // A store that cannot be read gives a build with Error::NoCases and what failed in detail.
    QFuture<ReportBuild> build(const Request &request);
    // The agencies a rectification notice can be issued to, with their problem counts.
    QFuture<std::vector<std::pair<QString, int>>> noticeAgencies();
    // The report as the PDF writePdf would write, in memory, for the print preview (crops read
    // from the store's originals on the worker). Progress 0..1000; cancellable; no audit record.
    QFuture<ReportPreview> preview(const ReportDocument &doc, const RenderOptions &options);
    // Renders the preview's `pages` (0-based) at `dpi`, one result per page in the order asked;
    // cancelled between pages. Pages outside the document are skipped.
    QFuture<PreviewPage> previewPages(const ReportPreview &preview, const QList<int> &pages, double dpi);
    // Paints `doc` on `device` (a QPrinter: Qt paints on printers from any thread; the job
    // shares it, so the caller may drop its copy at any time) and records the print, to
    // `target`, in the audit log. Progress 0..1000; cancellable before the last page.
    QFuture<RenderResult> print(const ReportDocument &doc, std::shared_ptr<QPagedPaintDevice> device, const RenderOptions &options,
                                const QString &target, const QString &actor);
    // Renders `doc` to `path` and records it in the audit log. Progress 0..1000; cancellable.
    QFuture<RenderResult> writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options,
                                   const QString &actor);
    // "cases" | "findings" | "scores"
    QFuture<ExportResult> exportTable(const QString &what, ExportFormat format, const QString &path);

private:
    Workspace &m_ws;
};

} // namespace casereview
