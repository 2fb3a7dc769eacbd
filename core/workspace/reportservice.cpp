// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportservice.h"

#include "analytics/campaignloader.h"
#include "export/casetables.h"
#include "export/tableexporter.h"
#include "import/pdfreader.h"
#include "report/reportissuer.h"
#include "report/storepageimages.h"
#include "storage/storageerror.h"
#include "workspace.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <variant>

namespace casereview {

QFuture<ReportBuild> ReportService::build(const Request &r)
{
    return m_ws.read([r](Database &db) {
        try {
            ReportBuilds builds(db);
            switch (r.kind) {
            case Request::Kind::Opinion: {
                ReportBuild b = builds.opinion(r.caseIds.value(0), r.reviewer, r.viewer);
                if (b.error == ReportBuild::Error::NoReview && !r.reviewer.isEmpty() && !r.exactReviewer)
                    b = builds.opinion(r.caseIds.value(0), {}, r.viewer);
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

namespace {
// Progress 0..1000 of a render, cancelled with the promise.
template <class T>
std::function<bool(int, int)> renderProgress(QPromise<T> &promise)
{
    promise.setProgressRange(0, 1000);
    return [&promise](int done, int total) {
        promise.setProgressValue(total > 0 ? done * 1000 / total : 0);
        return !promise.isCanceled();
    };
}
} // namespace

QFuture<ReportPreview> ReportService::preview(const ReportDocument &doc, const RenderOptions &options)
{
    return m_ws.view<ReportPreview>([doc, options](QPromise<ReportPreview> &promise, Database &db) {
        RenderOptions o = options;
        o.progress = renderProgress(promise);
        StorePageImages images(db);
        auto bytes = std::make_shared<QByteArray>();
        QBuffer buffer(bytes.get());
        buffer.open(QIODevice::WriteOnly);
        ReportPreview p;
        p.painted = ReportRenderer(&images).writePdf(doc, buffer, o);
        buffer.close();
        if (promise.isCanceled() || p.painted.cancelled)
            return;
        if (!p.painted.ok)
            throw WorkspaceFailure({Failure::Kind::Internal, doc.title, p.painted.error, {}});
        const PdfReader reader = PdfReader::open(*bytes);
        p.pageSize = reader.isOpen() && reader.pageCount() > 0 ? reader.pageSizePoints(0) : QSizeF(595.28, 841.89);
        p.pdf = std::move(bytes);
        promise.addResult(std::move(p));
    });
}

QFuture<PreviewPage> ReportService::previewPages(const ReportPreview &preview, const QList<int> &pages, double dpi)
{
    return m_ws.view<PreviewPage>([pdf = preview.pdf, pages, dpi](QPromise<PreviewPage> &promise, Database &) {
        promise.setProgressRange(0, int(pages.size()));
        const PdfReader reader = pdf ? PdfReader::open(*pdf) : PdfReader();
        int done = 0;
        for (int index : pages) {
            if (promise.isCanceled())
                return;
            if (index >= 0 && index < reader.pageCount())
                promise.addResult(PreviewPage{index, dpi, reader.renderPage(index, dpi)});
            promise.setProgressValue(++done);
        }
    });
}

QFuture<RenderResult> ReportService::print(const ReportDocument &doc, std::shared_ptr<QPagedPaintDevice> device,
                                           const RenderOptions &options, const QString &target, const QString &actor)
{
    Workspace *ws = &m_ws;
    return m_ws.job<RenderResult>([=](QPromise<RenderResult> &promise, Database &db) {
        RenderOptions o = options;
        o.progress = renderProgress(promise);
        StorePageImages images(db);
        RenderResult printed;
        {
            QPainter painter;
            if (!painter.begin(device.get())) {
                printed.error = QStringLiteral("%1: the printer could not be opened").arg(target);
                promise.addResult(printed);
                return;
            }
            printed = ReportRenderer(&images).paint(doc, painter, *device, o);
        } // the painter ends here: the job goes to the printer
        if (printed.ok) {
            ReportIssuer(db).record(doc, printed, target, actor);
            ws->announce({ChangeEvent::Kind::Reports, {doc.caseIds.begin(), doc.caseIds.end()}});
        }
        promise.addResult(printed);
    });
}

QFuture<RenderResult> ReportService::writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options,
                                              const QString &actor)
{
    Workspace *ws = &m_ws; // outlives its jobs; this service may not
    return m_ws.job<RenderResult>([=](QPromise<RenderResult> &promise, Database &db) {
        RenderOptions o = options;
        o.progress = renderProgress(promise);
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

} // namespace casereview
