// SPDX-License-Identifier: GPL-3.0-or-later
// `notice --agency NAME --out FILE.pdf [--deadline YYYY-MM-DD] [--bureau NAME]`: the
// rectification notice (整改通知书) to one agency: from its open rectification items when any
// are tracked (deadline: the earliest of theirs unless given), else from the deductions of
// signed reviews and the accepted findings of its cases.
#include "analytics/campaignanalytics.h"
#include "analytics/campaignloader.h"
#include "clicontext.h"
#include "commands.h"
#include "report/rectificationnoticebuilder.h"
#include "report/rectificationproblems.h"
#include "report/reportrenderer.h"
#include "reportoutput.h"
#include "storage/database.h"
#include "storage/rectificationrepository.h"
#include "storage/storageerror.h"

#include <QJsonArray>

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
    Database *db = ctx.store();
    if (!db)
        return ExitSomeFailed;
    try {
        const CampaignLoader::Result loaded = CampaignLoader(*db).load();
        const CampaignStats stats = CampaignAnalytics::analyze(loaded.cases);
        const AgencyProblems *found = nullptr;
        QStringList known;
        for (const AgencyProblems &a : stats.agencies) {
            known << a.agency;
            if (a.agency == agency)
                found = &a;
        }
        if (!found)
            return ctx.failure(QStringLiteral("no cases of agency '%1' in the store (agencies: %2)")
                                   .arg(agency, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
        RectificationRepository rectification(*db);
        std::vector<RectificationItem> items;
        if (rectification.available())
            items = rectification.list({std::nullopt, agency, std::nullopt});
        const AgencyProblems tracked = [&] {
            std::map<qint64, QString> numbers;
            for (const CaseInput &c : loaded.cases)
                numbers[c.summary.id] = c.summary.caseNo;
            return RectificationProblems::fromItems(agency, items, numbers, found->cases);
        }();
        if (!tracked.casesWithProblems.empty()) {
            if (!options.deadline.isValid())
                options.deadline = RectificationProblems::earliestDeadline(items);
            found = &tracked;
            if (!ctx.json())
                ctx.out << "from the agency's open rectification items" << Qt::endl;
        }
        if (found->casesWithProblems.empty())
            return ctx.failure(QStringLiteral("agency '%1' has no problems to rectify: no deductions in signed reviews "
                                              "and no accepted findings among its %2 case(s)")
                                   .arg(agency)
                                   .arg(found->cases));
        options.bureau = ctx.args.value(QStringLiteral("bureau"), ReportRenderer::defaultBureau());
        return ReportOutput::write(ctx, *db, RectificationNoticeBuilder::build(*found, options), out);
    } catch (const StorageError &e) {
        return ctx.failure(e.message());
    }
}
