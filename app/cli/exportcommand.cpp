// SPDX-License-Identifier: GPL-3.0-or-later
// `export --format csv|xlsx --what cases|findings|scores --out FILE`: the case list, the
// findings or the review scores as a table for Excel/WPS.
#include "clicontext.h"
#include "commands.h"
#include "export/tableexporter.h"
#include "futurewait.h"
#include "workspace/reportservice.h"

#include <QJsonObject>

using namespace casereview;

int runExport(CliContext &ctx)
{
    if (!ctx.args.positional.isEmpty())
        return ctx.usageError(QStringLiteral("export takes no positional arguments"));
    const QString formatName = ctx.args.value(QStringLiteral("format"));
    const auto format = TableExporter::formatFrom(formatName);
    if (!format)
        return ctx.usageError(formatName.isEmpty() ? QStringLiteral("--format csv|xlsx is required")
                                                   : QStringLiteral("unknown --format '%1' (use csv or xlsx)").arg(formatName));
    const QString what = ctx.args.value(QStringLiteral("what"));
    if (what != QLatin1String("cases") && what != QLatin1String("findings") && what != QLatin1String("scores"))
        return ctx.usageError(what.isEmpty() ? QStringLiteral("--what cases|findings|scores is required")
                                             : QStringLiteral("unknown --what '%1' (use cases, findings or scores)").arg(what));
    const QString out = ctx.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(QStringLiteral("--out FILE is required"));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // on a long-job worker, as the report menu exports
    const ExportResult r = waitFor(ReportService(*ws).exportTable(what, *format, out));
    if (!r.ok())
        return ctx.failure(QStringLiteral("cannot write %1").arg(r.detail));
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), out},
                                                {QStringLiteral("what"), what},
                                                {QStringLiteral("format"), formatName.toLower()},
                                                {QStringLiteral("rows"), r.rows}}));
    else
        ctx.out << "wrote " << counted(r.rows, "row", "rows") << " of " << what << " to " << out << Qt::endl;
    return ExitOk;
}
