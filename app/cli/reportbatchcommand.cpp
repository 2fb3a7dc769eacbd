// SPDX-License-Identifier: GPL-3.0-or-later
// `report-batch [CASE_ID... | --all] --out FILE.pdf [--bureau NAME] [--deadline YYYY-MM-DD]`:
// the campaign report (评查报告) over the chosen cases.
#include "clicontext.h"
#include "commands.h"
#include "report/reportbuilds.h"
#include "reportoutput.h"
#include "storage/database.h"
#include "storage/storageerror.h"

using namespace casereview;

int runReportBatch(CliContext &ctx)
{
    QString error;
    const QList<qint64> ids = ReportOutput::caseIds(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    const bool all = ctx.args.has(QStringLiteral("all"));
    if (all == !ids.isEmpty())
        return ctx.usageError(all ? QStringLiteral("give either CASE_IDs or --all, not both")
                                  : QStringLiteral("report-batch needs CASE_IDs or --all"));
    const QString out = ReportOutput::outPath(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    CampaignReportBuilder::Options options;
    if (ctx.args.has(QStringLiteral("deadline"))) {
        options.deadline = QDate::fromString(ctx.args.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!options.deadline.isValid())
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD"));
    }
    Database *db = ctx.store();
    if (!db)
        return ExitSomeFailed;
    try {
        options.organiser = ctx.args.value(QStringLiteral("bureau"));
        const ReportBuild b = ReportBuilds(*db).campaign(ids, options);
        if (b.error == ReportBuild::Error::NoCase)
            return ctx.failure(QStringLiteral("no case %1 in %2").arg(b.detail, ctx.storePath()));
        if (b.error == ReportBuild::Error::NoCases)
            return ctx.failure(QStringLiteral("the store %1 has no cases").arg(ctx.storePath()));
        return ReportOutput::write(ctx, *db, *b.doc, out);
    } catch (const StorageError &e) {
        return ctx.failure(e.message());
    }
}
