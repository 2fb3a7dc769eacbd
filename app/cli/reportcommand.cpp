// SPDX-License-Identifier: GPL-3.0-or-later
// `report CASE_ID --out FILE.pdf [--reviewer NAME] [--bureau NAME]`: the review opinion
// (案卷评查表) of one case as PDF; a review that is not signed or complete prints as 草稿/未完成.
#include "analytics/campaignloader.h"
#include "clicontext.h"
#include "commands.h"
#include "report/reviewopinionbuilder.h"
#include "reportoutput.h"
#include "storage/database.h"
#include "storage/storageerror.h"

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
    Database *db = ctx.store();
    if (!db)
        return ExitSomeFailed;
    try {
        const QString reviewer = ctx.args.value(QStringLiteral("reviewer"));
        const auto input = CampaignLoader(*db).loadCase(ids.first(), reviewer);
        if (!input)
            return ctx.failure(QStringLiteral("no case %1 in %2").arg(ids.first()).arg(ctx.storePath()));
        if (!input->review)
            return ctx.failure(reviewer.isEmpty() ? QStringLiteral("case %1 has no review yet").arg(ids.first())
                                                  : QStringLiteral("case %1 has no review by %2").arg(ids.first()).arg(reviewer));
        if (!input->review->standard)
            return ctx.failure(QStringLiteral("the standard %1 v%2 of the review cannot be read")
                                   .arg(input->review->review.standardId)
                                   .arg(input->review->review.standardVersion));
        return ReportOutput::write(ctx, *db, ReviewOpinionBuilder::build(*input), out);
    } catch (const StorageError &e) {
        return ctx.failure(e.message());
    }
}
