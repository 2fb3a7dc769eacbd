// SPDX-License-Identifier: GPL-3.0-or-later
// `notice --agency NAME --out FILE.pdf [--deadline YYYY-MM-DD] [--bureau NAME]`: the
// rectification notice (整改通知书) to one agency: from its open rectification items when any
// are tracked (deadline: the earliest of theirs unless given), else from the deductions of
// signed reviews and the accepted findings of its cases.
#include "clicontext.h"
#include "commands.h"
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"
#include "reportoutput.h"
#include "storage/database.h"
#include "storage/storageerror.h"

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
    RectificationNoticeBuilder::Options options;
    options.issued = QDate::currentDate();
    if (ctx.args.has(QStringLiteral("deadline"))) {
        options.deadline = QDate::fromString(ctx.args.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!options.deadline.isValid())
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD"));
    }
    options.bureau = ctx.args.value(QStringLiteral("bureau"), ReportRenderer::defaultBureau());
    Database *db = ctx.store();
    if (!db)
        return ExitSomeFailed;
    try {
        const ReportBuild b = ReportBuilds(*db).notice(agency, options);
        if (b.error == ReportBuild::Error::UnknownAgency)
            return ctx.failure(QStringLiteral("no cases of agency '%1' in the store (agencies: %2)")
                                   .arg(agency, b.known.isEmpty() ? QStringLiteral("none") : b.known.join(QStringLiteral(", "))));
        if (b.error == ReportBuild::Error::NoProblems)
            return ctx.failure(QStringLiteral("agency '%1' has no problems to rectify: no open rectification items, no deductions "
                                              "in signed reviews and no accepted findings among its %2 case(s)")
                                   .arg(agency, b.detail.section(u'|', 1)));
        if (b.fromRectificationItems && !ctx.json())
            ctx.out << "from the agency's open rectification items" << Qt::endl;
        return ReportOutput::write(ctx, *db, *b.doc, out);
    } catch (const StorageError &e) {
        return ctx.failure(e.message());
    }
}
