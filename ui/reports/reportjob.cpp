// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"
#include "analytics/campaignloader.h"
#include "export/casetables.h"
#include "export/tableexporter.h"
#include "report/reportissuer.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ReportJob {
QFuture<ReportBuild> build(const Request &r)
{
    return QtConcurrent::run([r] {
        try {
            Database db(r.storePath);
            ReportBuilds builds(db);
            switch (r.kind) {
            case Request::Kind::Opinion: {
                ReportBuild b = builds.opinion(r.caseIds.value(0), r.reviewer);
                if (b.error == ReportBuild::Error::NoReview && !r.reviewer.isEmpty())
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
            b.detail = e.message();
            return b;
        }
        return ReportBuild{};
    });
}

QFuture<Written> writePdf(const QString &storePath, const ReportDocument &doc, const QString &path, const RenderOptions &options,
                          const QString &actor)
{
    return QtConcurrent::run([=](QPromise<Written> &promise) {
        promise.setProgressRange(0, 1000);
        RenderOptions o = options;
        o.progress = [&promise](int done, int total) {
            promise.setProgressValue(total > 0 ? done * 1000 / total : 0);
            return !promise.isCanceled();
        };
        Written w;
        try {
            Database db(storePath);
            w.render = ReportIssuer(db).issuePdf(doc, path, o, actor);
        } catch (const StorageError &e) {
            w.storageError = e.message();
        }
        promise.addResult(w);
    });
}

QFuture<ExportResult> exportTable(const QString &storePath, const QString &what, ExportFormat format, const QString &path)
{
    return QtConcurrent::run([=] {
        try {
            Database db(storePath);
            const auto table = CaseTables::byName(what, CampaignLoader(db).load().cases);
            if (!table)
                return ExportResult{ExportError::BadFormat, what};
            return TableExporter::write(*table, format, path);
        } catch (const StorageError &e) {
            return ExportResult{ExportError::WriteFailed, e.message()};
        }
    });
}
} // namespace ReportJob
