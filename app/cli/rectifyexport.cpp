// SPDX-License-Identifier: GPL-3.0-or-later
// `rectify export --format csv|xlsx|pdf --out FILE [--agency NAME] [--status S] [--overdue]
// [--include-withdrawn]`: the ledger (整改台账) of the items, filtered like `rectify list`. The format may be left to
// the file's suffix. PDF goes through the report renderer and is recorded as an issued report.
#include "rectifyexport.h"

#include "clicontext.h"
#include "export/tableexporter.h"
#include "futurewait.h"
#include "rectification/rectificationrules.h"
#include "rectifyjobs.h"
#include "report/rectificationledger.h"
#include "reportoutput.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace casereview;

int runRectifyExport(CliContext &ctx, Workspace &ws)
{
    const QString out = ctx.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(QStringLiteral("rectify export needs --out FILE"));
    const QString format = ctx.args.value(QStringLiteral("format"), QFileInfo(out).suffix()).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("pdf"))
        return ctx.usageError(QStringLiteral("--format must be csv, xlsx or pdf, not '%1'").arg(format));
    RectificationFilter filter;
    filter.agency = ctx.args.value(QStringLiteral("agency"));
    filter.includeWithdrawn = ctx.args.has(QStringLiteral("include-withdrawn"));
    if (ctx.args.has(QStringLiteral("status"))) {
        filter.status = RectificationKeys::statusFrom(ctx.args.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(QStringLiteral("--status must be pending|in_progress|reported|closed|failed|withdrawn, not '%1'")
                                      .arg(ctx.args.value(QStringLiteral("status"))));
    }
    // the ledger read on the pool; a table is written there too, a PDF through ReportService
    const bool pdf = format == QLatin1String("pdf");
    const ExportFormat tableFormat = format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Xlsx;
    const bool overdue = ctx.args.has(QStringLiteral("overdue"));
    const auto [input, written] = waitFor(RectifyJobs::read(ws, [filter, overdue, pdf, tableFormat, out](RectificationService &service) {
        RectificationLedger::Input in = service.ledgerInput(filter);
        if (overdue)
            std::erase_if(in.items, [&](const RectificationItem &i) { return !RectificationRules::isOverdue(i, in.today); });
        const ExportResult r = pdf ? ExportResult{} : TableExporter::write(RectificationLedger::table(in), tableFormat, out);
        return std::pair(in, r);
    }));
    if (pdf)
        return ReportOutput::write(ctx, ws, RectificationLedger::document(input), out);
    if (!written.ok())
        return ctx.failure(QStringLiteral("cannot write %1: %2").arg(out, written.detail));
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), out},
                                                {QStringLiteral("format"), format},
                                                {QStringLiteral("rows"), qint64(input.items.size())}}));
    else
        ctx.out << "wrote " << out << " (" << counted(qint64(input.items.size()), "item", "items") << ")" << Qt::endl;
    return ExitOk;
}
