// SPDX-License-Identifier: GPL-3.0-or-later
// `report CASE_ID --out FILE.pdf [--reviewer NAME] [--by NAME] [--bureau NAME]`: the review opinion
// (案卷评查表) of one case as PDF; a review that is not signed or complete prints as 草稿/未完成.
// A case under blind review prints only its own reviewer's (--reviewer and --by the same name).
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "reportoutput.h"
#include "review/blindreviews.h"
#include "workspace/reportservice.h"

using namespace casereview;

int runReport(CliContext &ctx)
{
    QString error;
    const QList<qint64> ids = ReportOutput::caseIds(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    if (ids.size() != 1)
        return ctx.usageError(QStringLiteral("report needs exactly one CASE_ID"));
    const QString out = ReportOutput::outPath(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    ReportService::Request request;
    request.caseIds = ids;
    request.reviewer = ctx.args.value(QStringLiteral("reviewer"));
    request.exactReviewer = true;
    const QString &reviewer = request.reviewer;
    // While the case is under blind review, an opinion is printed only for its own reviewer.
    request.viewer = ctx.args.value(QStringLiteral("by"), qEnvironmentVariable("USER"));
    const ReportBuild b = waitFor(ReportService(*ws).build(request));
    switch (b.error) {
    case ReportBuild::Error::None: break;
    case ReportBuild::Error::NoCase: return ctx.failure(QStringLiteral("no case %1 in %2").arg(ids.first()).arg(ctx.storePath()));
    case ReportBuild::Error::NoReview:
        return ctx.failure(reviewer.isEmpty() ? QStringLiteral("case %1 has no review yet").arg(ids.first())
                                              : QStringLiteral("case %1 has no review by %2").arg(ids.first()).arg(reviewer));
    case ReportBuild::Error::AmbiguousReviewer:
        return ctx.failure(QStringLiteral("case %1 has reviews by %2; choose one with --reviewer")
                               .arg(ids.first())
                               .arg(b.known.join(QStringLiteral(", "))));
    case ReportBuild::Error::NoCases: return ctx.failure(b.detail); // the store could not be read
    case ReportBuild::Error::Blind:
        return ctx.failure(QStringLiteral("case %1 is under blind review (%2): its review opinion is printed only for its own "
                                          "reviewer until every assigned reviewer has submitted (--reviewer NAME --by NAME)")
                               .arg(ids.first())
                               .arg(Blindness::progress(*b.blind)));
    default: return ctx.failure(QStringLiteral("the standard %1 of the review cannot be read").arg(b.detail));
    }
    return ReportOutput::write(ctx, *ws, *b.doc, out);
}
