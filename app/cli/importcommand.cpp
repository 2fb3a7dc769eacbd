// SPDX-License-Identifier: GPL-3.0-or-later
// `import PATH...`: files and folders into the store, with a progress bar on a terminal
// and Ctrl+C to stop after the files already being read. Every case stored is diagnosed.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "storage/ocrrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <unistd.h>

using namespace casereview;

namespace {
std::atomic<bool> g_cancel{false};

void onInterrupt(int) { g_cancel = true; }

void drawProgress(QTextStream &err, int done, int total, const QString &lastFile)
{
    constexpr int width = 30;
    const int filled = total ? done * width / total : width;
    QString name = QFileInfo(lastFile).fileName();
    if (name.size() > 40)
        name = name.left(37) + QStringLiteral("...");
    err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char(' ')) << "] "
        << done << '/' << total << " files  " << name << "\x1b[K";
    err.flush();
}

QString statusWord(ImportOutcome::Status s)
{
    switch (s) {
    case ImportOutcome::Status::Imported: return QStringLiteral("imported ");
    case ImportOutcome::Status::Duplicate: return QStringLiteral("duplicate");
    case ImportOutcome::Status::Failed: return QStringLiteral("FAILED   ");
    }
    return {};
}
} // namespace

int runImport(CliContext &ctx)
{
    const QStringList &paths = ctx.args.positional;
    if (paths.isEmpty())
        return ctx.usageError(QStringLiteral("import needs at least one file or folder"));
    ImportOptions options;
    options.password = ctx.args.value(QStringLiteral("password"));
    if (ctx.args.has(QStringLiteral("jobs"))) {
        bool ok = false;
        options.threads = ctx.args.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options.threads < 1)
            return ctx.usageError(QStringLiteral("--jobs takes a whole number of at least 1"));
    }
    if (!ctx.diagnosis())
        return ExitUsage;
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;

    const bool showBar = !ctx.args.has(QStringLiteral("no-progress"))
        && (ctx.args.has(QStringLiteral("progress")) || isatty(STDERR_FILENO));
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const ImportRun result = waitFor(ws->importFiles(paths, options, Workspace::StopFlag(std::shared_ptr<void>(), &g_cancel)),
                                     [&](int done, int total, const QString &file) {
                                         if (showBar && total > 0)
                                             drawProgress(ctx.err, done, total, file);
                                     });
    if (showBar)
        ctx.err << Qt::endl;
    const ImportReport &report = result.report;
    for (const CaseDiagnosis &d : result.diagnoses)
        if (!d.error.isEmpty())
            ctx.err << "warning: case " << d.caseId << " not diagnosed: " << d.error << Qt::endl;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    // Scanned pages of the new cases are read right away unless --no-ocr.
    std::vector<qint64> imported;
    for (const ImportOutcome &o : report.outcomes)
        if (o.status == ImportOutcome::Status::Imported)
            imported.push_back(o.caseId);
    const std::vector<qint64> scanned = waitFor(ws->read([imported](Database &db) {
        std::vector<qint64> out;
        for (qint64 id : imported)
            if (OcrRepository(db).pendingCount(id) > 0)
                out.push_back(id);
        return out;
    }));
    std::optional<OcrReport> ocr;
    if (!scanned.empty() && !report.cancelled && !ctx.args.has(QStringLiteral("no-ocr")))
        ocr = runOcrWithProgress(ctx, *ws, scanned, options.threads);

    const int failed = report.count(ImportOutcome::Status::Failed);
    if (ctx.json()) {
        QJsonArray imported, duplicates, failures;
        for (const ImportOutcome &o : report.outcomes) {
            switch (o.status) {
            case ImportOutcome::Status::Imported:
                imported.append(QJsonObject{{"file", o.file}, {"case_id", o.caseId}, {"sha256", o.sha256},
                                            {"pages", o.pages}, {"warnings", QJsonArray::fromStringList(o.warnings)}});
                break;
            case ImportOutcome::Status::Duplicate:
                duplicates.append(QJsonObject{{"file", o.file}, {"case_id", o.caseId}, {"sha256", o.sha256}});
                break;
            case ImportOutcome::Status::Failed:
                failures.append(QJsonObject{{"file", o.file}, {"error", importErrorCode(o.error)}, {"message", o.message}});
                break;
            }
        }
        QJsonObject root{{"imported", imported}, {"duplicates", duplicates}, {"failed", failures}};
        if (report.cancelled)
            root["cancelled"] = true;
        if (ocr)
            root["ocr"] = ocrReportJson(*ocr);
        ctx.printJson(QJsonDocument(root));
    } else {
        for (const ImportOutcome &o : report.outcomes) {
            ctx.out << statusWord(o.status) << "  " << o.file;
            if (o.status == ImportOutcome::Status::Imported)
                ctx.out << "  -> case " << o.caseId << " (" << counted(o.pages, "page", "pages") << ")";
            else
                ctx.out << "  -- " << o.message;
            ctx.out << Qt::endl;
            for (const QString &w : o.warnings)
                ctx.out << "           warning: " << w << Qt::endl;
        }
        ctx.out << report.count(ImportOutcome::Status::Imported) << " imported, "
                << counted(report.count(ImportOutcome::Status::Duplicate), "duplicate", "duplicates") << " skipped, " << failed << " failed"
                << (report.cancelled ? " (cancelled)" : "") << "; store: " << ctx.storePath() << Qt::endl;
        if (ocr)
            ctx.out << "OCR: " << counted(ocr->pagesDone, "scanned page", "scanned pages") << " read, mean confidence "
                    << QString::number(ocr->meanConfidence, 'f', 1) << (ocr->error.isEmpty() ? QString() : QStringLiteral(" (") + ocr->error + QLatin1Char(')'))
                    << Qt::endl;
        else if (!scanned.empty())
            ctx.out << counted(qint64(scanned.size()), "case has", "cases have") << " scanned pages waiting for OCR: run 'casereview-cli ocr --all'" << Qt::endl;
    }
    return failed > 0 || report.cancelled ? ExitSomeFailed : ExitOk;
}
