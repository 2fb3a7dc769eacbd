// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report menu's use cases on the Workspace: build a review opinion, campaign report or
// rectification notice from the store (read pool), prepare the dossier crops a print preview
// shows (read pool, Poppler off the GUI thread), write a report PDF with its audit record and
// export a table (long-job workers, with progress and cancellation), and record a print.
#include "export/exporttable.h"
#include "report/preparedpageimages.h"
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"

#include <QDate>
#include <QFuture>
#include <memory>

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
    };

    explicit ReportService(Workspace &workspace) : m_ws(workspace) {}

    // A store that cannot be read gives a build with Error::NoCases and what failed in detail.
    QFuture<ReportBuild> build(const Request &request);
    // The agencies a rectification notice can be issued to, with their problem counts.
    QFuture<std::vector<std::pair<QString, int>>> noticeAgencies();
    // Every crop `doc` shows, for painting it on the GUI thread. Progress: crops read of crops named.
    QFuture<std::shared_ptr<PreparedPageImages>> prepareCrops(const ReportDocument &doc, double dpi = RenderOptions().cropDpi);
    // Renders `doc` to `path` and records it in the audit log. Progress 0..1000; cancellable.
    QFuture<RenderResult> writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options,
                                   const QString &actor);
    // "cases" | "findings" | "scores"
    QFuture<ExportResult> exportTable(const QString &what, ExportFormat format, const QString &path);
    // The audit record of a report printed from the preview (`target`: the file or "printer:NAME").
    QFuture<void> recordPrint(const ReportDocument &doc, const RenderResult &painted, const QString &target,
                              const QString &actor);

private:
    Workspace &m_ws;
};

} // namespace casereview
