// SPDX-License-Identifier: GPL-3.0-or-later
// `notice --agency NAME --out FILE.pdf [--deadline YYYY-MM-DD] [--bureau NAME]`: the
// rectification notice (整改通知书) to one agency: from its open rectification items when any
// are tracked (deadline: the earliest of theirs unless given), else from the deductions of
// signed reviews and the accepted findings of its cases.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "report/reportrenderer.h"
#include "reportoutput.h"
#include "workspace/reportservice.h"

using namespace casereview;

int runNotice(CliContext &ctx)
{
    if (!ctx.args.positional.isEmpty())
        return ctx.usageError(QStringLiteral("notice takes no CASE_ID; name the agency with --agency"));
    const QString agency = ctx.args.value(QStringLiteral("agency")).trimmed();
    if (agency.isEmpty())
        return ctx.usageError(QStringLiteral("--agency NAME is required"));
    QString error;
    const QString out = ReportOutput::outPath(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    // issued today, as ReportService builds every notice
    ReportService::Request request;
    request.kind = ReportService::Request::Kind::Notice;
    request.agency = agency;
    if (ctx.args.has(QStringLiteral("deadline"))) {
        request.deadline = QDate::fromString(ctx.args.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!request.deadline.isValid())
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD"));
    }
    request.bureau = ctx.args.value(QStringLiteral("bureau"), ReportRenderer::defaultBureau());
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const ReportBuild b = waitFor(ReportService(*ws).build(request));
    if (b.error == ReportBuild::Error::NoCases) // the store could not be read
        return ctx.failure(b.detail);
    if (b.error == ReportBuild::Error::UnknownAgency)
        return ctx.failure(QStringLiteral("no cases of agency '%1' in the store (agencies: %2)")
                               .arg(agency, b.known.isEmpty() ? QStringLiteral("none") : b.known.join(QStringLiteral(", "))));
    if (b.error == ReportBuild::Error::NoProblems)
        return ctx.failure(QStringLiteral("agency '%1' has no problems to rectify: no open rectification items, no deductions "
                                          "in signed reviews and no accepted findings among its %2 case(s)")
                               .arg(agency)
                               .arg(b.cases));
    if (b.fromRectificationItems && !ctx.json())
        ctx.out << "from the agency's open rectification items" << Qt::endl;
    return ReportOutput::write(ctx, *ws, *b.doc, out);
}
