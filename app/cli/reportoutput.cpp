// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"
#include "clicontext.h"
#include "futurewait.h"
#include "report/reportfingerprint.h"
#include "workspace/reportservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

namespace ReportOutput {
QString outPath(CliContext &ctx, QString *error)
{
    const QString out = ctx.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        *error = QStringLiteral("--out FILE.pdf is required");
    else if (!out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        *error = QStringLiteral("--out must name a .pdf file, not '%1'").arg(out);
    return out;
}

QList<qint64> caseIds(CliContext &ctx, QString *error)
{
    QList<qint64> ids;
    for (const QString &word : ctx.args.positional) {
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(word);
            return {};
        }
        ids << id;
    }
    return ids;
}

int write(CliContext &ctx, Workspace &ws, const ReportDocument &doc, const QString &path)
{
    RenderOptions options;
    options.bureau = ctx.args.value(QStringLiteral("bureau"));
    try {
        const RenderResult r =
            waitFor(ReportService(ws).writePdf(doc, path, options, ctx.args.value(QStringLiteral("by"), QStringLiteral("cli"))));
        if (!r.ok)
            return ctx.failure(QStringLiteral("cannot write the report: %1").arg(r.error));
        if (ctx.json()) {
            QJsonArray ids;
            for (qint64 id : doc.caseIds)
                ids.append(id);
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), path},
                                                    {QStringLiteral("kind"), reportKindKey(doc.kind)},
                                                    {QStringLiteral("pages"), r.pages},
                                                    {QStringLiteral("fingerprint"), r.fingerprint},
                                                    {QStringLiteral("status_mark"), doc.statusMark},
                                                    {QStringLiteral("case_ids"), ids}}));
        } else {
            ctx.out << "wrote " << path << " (" << counted(r.pages, "page", "pages") << ", fingerprint "
                    << ReportFingerprint::shortForm(r.fingerprint) << ")" << Qt::endl;
            if (!doc.statusMark.isEmpty())
                ctx.out << "marked " << doc.statusMark << ": not a final result" << Qt::endl;
        }
        return ExitOk;
    } catch (const WorkspaceFailure &e) {
        // the store failed after the PDF was rendered (its audit record); a bug stays a bug
        if (e.failure().kind == Failure::Kind::Internal || e.failure().kind == Failure::Kind::Cancelled)
            throw;
        return ctx.failure(QStringLiteral("the report was written but its audit record failed: %1").arg(e.failure().message));
    }
}
} // namespace ReportOutput
