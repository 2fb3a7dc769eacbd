// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportservice.h"

#include "analytics/campaignloader.h"
#include "export/casetables.h"
#include "export/tableexporter.h"
#include "report/reportissuer.h"
#include "report/storepageimages.h"
#include "storage/storageerror.h"
#include "workspace.h"

#include <variant>

namespace casereview {

QFuture<ReportBuild> ReportService::build(const Request &r)
{
    return m_ws.read([r](Database &db) {
        try {
            ReportBuilds builds(db);
            switch (r.kind) {
            case Request::Kind::Opinion: {
                ReportBuild b = builds.opinion(r.caseIds.value(0), r.reviewer);
                if (b.error == ReportBuild::Error::NoReview && !r.reviewer.isEmpty() && !r.exactReviewer)
                    b = builds.opinion(r.caseIds.value(0));
                return b;
            }
            case Request::Kind::Campaign: {
                CampaignReportBuilder::Options o;
                o.organiser = r.bureau;
                o.deadline = r.deadline;
                return builds.campaign(r.caseIds, o);
            }
            case Request::Kind::Notice: {
                RectificationNoticeBuilder::Options o;
                o.bureau = r.bureau.isEmpty() ? ReportRenderer::defaultBureau() : r.bureau;
                o.issued = QDate::currentDate();
                o.deadline = r.deadline;
                return builds.notice(r.agency, o);
            }
            }
        } catch (const StorageError &e) {
            ReportBuild b;
            b.error = ReportBuild::Error::NoCases;
            b.detail = Failure::fromStorage(e).message;
            return b;
        }
        return ReportBuild{};
    });
}

QFuture<std::vector<std::pair<QString, int>>> ReportService::noticeAgencies()
{
    return m_ws.read([](Database &db) { return ReportBuilds(db).noticeAgencies(); });
}

QFuture<std::shared_ptr<PreparedPageImages>> ReportService::prepareCrops(const ReportDocument &doc, double dpi)
{
    return m_ws.job<std::shared_ptr<PreparedPageImages>>([doc, dpi](QPromise<std::shared_ptr<PreparedPageImages>> &promise,
                                                                     Database &db) {
        int named = 0;
        for (const ReportBlock &b : doc.blocks)
            named += std::holds_alternative<PageCropBlock>(b) ? 1 : 0;
        promise.setProgressRange(0, std::max(1, named));
        StorePageImages store(db);
        int done = 0;
        auto prepared = std::make_shared<PreparedPageImages>(PreparedPageImages::prepare(doc, store, dpi, [&] {
            promise.setProgressValue(done++);
            return !promise.isCanceled();
        }));
        if (!promise.isCanceled())
            promise.addResult(std::move(prepared));
    });
}

QFuture<RenderResult> ReportService::writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options,
                                              const QString &actor)
{
    Workspace *ws = &m_ws; // outlives its jobs; this service may not
    return m_ws.job<RenderResult>([=](QPromise<RenderResult> &promise, Database &db) {
        promise.setProgressRange(0, 1000);
        RenderOptions o = options;
        o.progress = [&promise](int done, int total) {
            promise.setProgressValue(total > 0 ? done * 1000 / total : 0);
            return !promise.isCanceled();
        };
        const RenderResult written = ReportIssuer(db).issuePdf(doc, path, o, actor);
        if (written.ok)
            ws->announce({ChangeEvent::Kind::Reports, {doc.caseIds.begin(), doc.caseIds.end()}});
        promise.addResult(written);
    });
}

QFuture<ExportResult> ReportService::exportTable(const QString &what, ExportFormat format, const QString &path)
{
    return m_ws.job<ExportResult>([=](QPromise<ExportResult> &promise, Database &db) {
        const auto table = CaseTables::byName(what, CampaignLoader(db).load().cases);
        promise.addResult(table ? TableExporter::write(*table, format, path) : ExportResult{ExportError::BadFormat, what});
    });
}

QFuture<void> ReportService::recordPrint(const ReportDocument &doc, const RenderResult &painted, const QString &target,
                                         const QString &actor)
{
    return m_ws.write({ChangeEvent::Kind::Reports, {doc.caseIds.begin(), doc.caseIds.end()}},
                      [=](Database &db) { ReportIssuer(db).record(doc, painted, target, actor); });
}

} // namespace casereview
