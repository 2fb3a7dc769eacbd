// SPDX-License-Identifier: GPL-3.0-or-later
// `ocr [CASE_ID... | --all]`: reads scanned pages with Tesseract. Each page is stored as it
// is read, so an interrupted run continues where it stopped; each case read is diagnosed again.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <unistd.h>

using namespace casereview;

namespace {
std::atomic<bool> g_cancel{false};
void onInterrupt(int) { g_cancel = true; }
} // namespace

OcrReport runOcrWithProgress(CliContext &ctx, Workspace &ws, const std::vector<qint64> &caseIds, int threads)
{
    OcrOptions options;
    if (threads > 0)
        options.threads = threads;
    const bool showBar = !ctx.args.has(QStringLiteral("no-progress")) && isatty(STDERR_FILENO);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const OcrReport report = waitFor(ws.readScans(caseIds, options, Workspace::StopFlag(std::shared_ptr<void>(), &g_cancel)),
                                     [&](int done, int total, const QString &) {
                                         if (!showBar || total <= 0)
                                             return;
                                         ctx.err << "\rOCR " << done << '/' << total << " pages\x1b[K";
                                         ctx.err.flush();
                                     });
    if (showBar && report.pagesDone + report.pagesFailed > 0)
        ctx.err << Qt::endl;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return report;
}

QJsonObject ocrReportJson(const OcrReport &r)
{
    QJsonArray cases;
    for (qint64 id : r.casesCompleted)
        cases.append(id);
    QJsonObject o{{"pages_done", r.pagesDone}, {"pages_failed", r.pagesFailed}, {"cases_completed", cases},
                  {"mean_confidence", r.meanConfidence}, {"cancelled", r.cancelled}};
    if (!r.error.isEmpty())
        o["error"] = r.error;
    return o;
}

int runOcr(CliContext &ctx)
{
    const bool all = ctx.args.has(QStringLiteral("all"));
    if (all == !ctx.args.positional.isEmpty())
        return ctx.usageError(QStringLiteral("ocr takes CASE_ID... or --all"));
    std::vector<qint64> ids;
    for (const QString &p : ctx.args.positional) {
        bool ok = false;
        const qint64 id = p.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(p));
        ids.push_back(id);
    }
    int threads = 0;
    if (ctx.args.has(QStringLiteral("jobs"))) {
        bool ok = false;
        threads = ctx.args.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || threads < 1)
            return ctx.usageError(QStringLiteral("--jobs takes a whole number of at least 1"));
    }
    if (!ctx.diagnosis())
        return ExitUsage;
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const OcrReport r = runOcrWithProgress(ctx, *ws, ids, threads);
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(ocrReportJson(r)));
    } else if (!r.error.isEmpty() && r.pagesDone == 0) {
        ctx.err << "error: " << r.error << Qt::endl;
    } else {
        ctx.out << counted(r.pagesDone, "page", "pages") << " read by OCR, mean confidence " << QString::number(r.meanConfidence, 'f', 1)
                << "; " << counted(qint64(r.casesCompleted.size()), "case", "cases") << " complete";
        if (r.pagesFailed)
            ctx.out << "; " << counted(r.pagesFailed, "page", "pages") << " failed";
        if (r.cancelled)
            ctx.out << "; cancelled (run again to continue)";
        ctx.out << Qt::endl;
    }
    return r.pagesFailed > 0 || r.cancelled || (!r.error.isEmpty() && r.pagesDone == 0) ? ExitSomeFailed : ExitOk;
}
