// SPDX-License-Identifier: GPL-3.0-or-later
// `standards list|import|export`: the review standards a store holds, as JSON files.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "refusedas.h"
#include "scorecardjson.h"
#include "standards/standardjson.h"
#include "storage/standardservice.h"

#include <QFile>
#include <QJsonArray>

using namespace casereview;

namespace {
int list(CliContext &ctx, Workspace &ws)
{
    const auto all = waitFor(ws.read([allVersions = ctx.args.has(QStringLiteral("all"))](Database &db) {
        return refusedAs([&] { return StandardService(db).list(allVersions); });
    }));
    if (ctx.json()) {
        QJsonArray arr;
        for (const StandardVersionInfo &s : all)
            arr.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("version"), s.version},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("items"), s.items},
                                   {QStringLiteral("total_points"), ScoreCardJson::number(s.totalPoints)},
                                   {QStringLiteral("builtin"), s.builtin}});
        ctx.printJson(QJsonDocument(arr));
        return ExitOk;
    }
    for (const StandardVersionInfo &s : all)
        ctx.out << s.id << "\tv" << s.version << "\t" << s.items << " items\t" << s.totalPoints << " points\t" << s.name
                << (s.builtin ? QStringLiteral("  [built-in]") : QString()) << Qt::endl;
    return ExitOk;
}

int import(CliContext &ctx, Workspace &ws)
{
    if (ctx.args.positional.size() != 2)
        return ctx.usageError(QStringLiteral("standards import needs exactly one FILE.json"));
    QFile f(ctx.args.positional[1]);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failure(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    const QString actor = ctx.args.value(QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("cli")));
    const auto results = waitFor(ws.write({ChangeEvent::Kind::Standards, {}}, [json = f.readAll(), actor](Database &db) {
        return refusedAs([&] { return StandardService(db).import(json, actor); });
    }));
    QJsonArray arr;
    for (const StandardImport &r : results) {
        arr.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("version"), r.version}, {QStringLiteral("created"), r.created}});
        if (!ctx.json())
            ctx.out << (r.created ? QStringLiteral("imported %1 as version %2").arg(r.id).arg(r.version)
                                  : QStringLiteral("%1 unchanged: the store already has this content as version %2").arg(r.id).arg(r.version))
                    << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(QJsonDocument(arr));
    return ExitOk;
}

int exportStandard(CliContext &ctx, Workspace &ws)
{
    if (ctx.args.positional.size() != 2)
        return ctx.usageError(QStringLiteral("standards export needs exactly one standard ID"));
    if (!ctx.args.has(QStringLiteral("out")))
        return ctx.usageError(QStringLiteral("standards export needs --out FILE.json"));
    std::optional<int> version;
    if (ctx.args.has(QStringLiteral("version"))) {
        bool ok = false;
        version = ctx.args.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || *version <= 0)
            return ctx.usageError(QStringLiteral("--version must be a positive number"));
    }
    const ReviewStandard s = waitFor(ws.read(
        [id = ctx.args.positional[1], version](Database &db) { return refusedAs([&] { return StandardService(db).get(id, version); }); }));
    QFile f(ctx.args.value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(StandardJson::toBytes(s)) < 0 || !f.flush())
        return ctx.failure(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    if (!ctx.json())
        ctx.out << "exported " << s.id << " version " << s.version << " to " << f.fileName() << Qt::endl;
    else
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("version"), s.version},
                                                {QStringLiteral("out"), f.fileName()}}));
    return ExitOk;
}
} // namespace

int runStandards(CliContext &ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("import") && sub != QLatin1String("export"))
        return ctx.usageError(QStringLiteral("standards needs list, import FILE.json or export ID --out FILE.json"));
    if (sub == QLatin1String("list") && ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("standards list takes no arguments"));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // the built-in standards first, as `review` installs them; a refusal ends at main()'s edge
    waitFor(ws->write({ChangeEvent::Kind::Standards, {}}, [](Database &db) { refusedAs([&] { StandardService(db).ensureBuiltins(); }); }));
    if (sub == QLatin1String("list"))
        return list(ctx, *ws);
    if (sub == QLatin1String("import"))
        return import(ctx, *ws);
    return exportStandard(ctx, *ws);
}
