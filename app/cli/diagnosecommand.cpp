// SPDX-License-Identifier: GPL-3.0-or-later
// `diagnose [CASE_ID... | --all] [--params FILE.json] [--json | --csv OUT.csv]`: runs the
// statutory rules over stored cases in parallel and prints or exports the findings.
#include "clicontext.h"
#include "commands.h"
#include "diagnosis/diagnosisexport.h"
#include "storage/caserepository.h"
#include "futurewait.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <unistd.h>

using namespace casereview;

namespace {
std::atomic_bool g_cancel{false};
void onInterrupt(int) { g_cancel = true; }
} // namespace

int runDiagnose(CliContext &ctx)
{
    const bool all = ctx.args.has(QStringLiteral("all"));
    if (all == !ctx.args.positional.isEmpty())
        return ctx.usageError(all ? QStringLiteral("give either CASE_IDs or --all, not both")
                                  : QStringLiteral("diagnose needs CASE_IDs or --all"));
    std::vector<qint64> ids;
    for (const QString &word : ctx.args.positional) {
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(word));
        ids.push_back(id);
    }
    if (!ctx.diagnosis())
        return ExitUsage;
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const std::map<qint64, QString> names = waitFor(ws->read([](Database &db) {
        std::map<qint64, QString> out;
        for (const CaseSummary &s : CaseRepository(db).list())
            out[s.id] = s.fileName;
        return out;
    }));
    if (all) {
        for (const auto &[id, name] : names)
            ids.push_back(id);
    } else {
        for (qint64 id : ids)
            if (!names.count(id))
                return ctx.failure(QStringLiteral("no case %1 in %2").arg(id).arg(ctx.storePath()));
    }

    const bool showBar = !ctx.json() && isatty(STDERR_FILENO);
    std::signal(SIGINT, onInterrupt);
    const auto results = waitFor(ws->diagnose(ids, Workspace::StopFlag(std::shared_ptr<void>(), &g_cancel)),
                                 [&](int done, int total, const QString &) {
                                     if (showBar) {
                                         ctx.err << "\rdiagnosing " << done << '/' << total << "\x1b[K";
                                         ctx.err.flush();
                                     }
                                 });
    if (showBar)
        ctx.err << Qt::endl;

    int failed = 0;
    for (const CaseDiagnosis &r : results)
        if (!r.error.isEmpty()) {
            ++failed;
            ctx.err << "error: case " << r.caseId << ": " << r.error << Qt::endl;
        }

    if (ctx.args.has(QStringLiteral("csv"))) {
        const QString path = ctx.args.value(QStringLiteral("csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
        f.write(DiagnosisExport::csv(results, names));
        f.close();
        if (!ctx.json())
            ctx.out << "wrote " << path << Qt::endl;
    }
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(DiagnosisExport::json(results)));
    } else if (!ctx.args.has(QStringLiteral("csv"))) {
        for (const CaseDiagnosis &r : results) {
            ctx.out << "case " << r.caseId << " " << names.at(r.caseId) << ": " << counted(qint64(r.findings.size()), "finding", "findings") << Qt::endl;
            for (const Finding &f : r.findings) {
                ctx.out << "  [" << severityKey(f.severity) << "] " << f.rule << " " << f.message << Qt::endl;
                for (const Evidence &e : f.evidence)
                    ctx.out << "      p." << e.page << ": " << e.snippet << Qt::endl;
            }
        }
    }
    return failed ? ExitSomeFailed : ExitOk;
}
