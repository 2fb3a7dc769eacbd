// SPDX-License-Identifier: GPL-3.0-or-later
// `report-batch [CASE_ID... | --all] --out FILE.pdf [--bureau NAME] [--deadline YYYY-MM-DD]`:
// the campaign report (评查报告) over the chosen cases.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "reportoutput.h"
#include "workspace/reportservice.h"

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
    ReportService::Request request;
    request.kind = ReportService::Request::Kind::Campaign;
    request.caseIds = ids;
    if (ctx.args.has(QStringLiteral("deadline"))) {
        request.deadline = QDate::fromString(ctx.args.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!request.deadline.isValid())
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD"));
    }
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    request.bureau = ctx.args.value(QStringLiteral("bureau"));
    const ReportBuild b = waitFor(ReportService(*ws).build(request));
    if (b.error == ReportBuild::Error::NoCase)
        return ctx.failure(QStringLiteral("no case %1 in %2").arg(b.detail, ctx.storePath()));
    if (b.error == ReportBuild::Error::NoCases) // with a detail: the store could not be read
        return ctx.failure(b.detail.isEmpty() ? QStringLiteral("the store %1 has no cases").arg(ctx.storePath()) : b.detail);
    return ReportOutput::write(ctx, *ws, *b.doc, out);
}
