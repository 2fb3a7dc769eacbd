// SPDX-License-Identifier: GPL-3.0-or-later
// `search QUERY`: pages of all cases holding every term, best first.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "search/pagesearch.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

int runSearch(CliContext &ctx)
{
    if (ctx.args.positional.isEmpty())
        return ctx.usageError(QStringLiteral("search needs a query"));
    const QString query = ctx.args.positional.join(QLatin1Char(' '));
    int limit = 50;
    if (ctx.args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.usageError(QStringLiteral("--limit takes a whole number of at least 1"));
    }
    if (PageSearch::terms(query).isEmpty())
        return ctx.usageError(QStringLiteral("the query is empty"));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const auto hits = waitFor(ws->read([query, limit](Database &db) { return PageSearch::run(db, query, limit); }));
    if (ctx.json()) {
        QJsonArray arr;
        for (const SearchHit &h : hits)
            arr.append(QJsonObject{{"case_id", h.caseId}, {"page", h.page}, {"snippet", h.snippet}});
        ctx.printJson(QJsonDocument(arr));
        return ExitOk;
    }
    for (const SearchHit &h : hits)
        ctx.out << "case " << h.caseId << " p." << h.page << "  " << h.snippet << Qt::endl;
    ctx.out << hits.size() << " hit(s)" << Qt::endl;
    return ExitOk;
}
