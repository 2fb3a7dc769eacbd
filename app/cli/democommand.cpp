// SPDX-License-Identifier: GPL-3.0-or-later
// `demo OUT_DIR`: writes fictitious sample dossiers to try the workstation with.
#include "clicontext.h"
#include "commands.h"
#include "demo/demodossiers.h"

using namespace casereview;

int runDemo(CliContext &ctx)
{
    if (ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("demo needs exactly one output folder"));
    int count = 6;
    if (ctx.args.has(QStringLiteral("count"))) {
        bool ok = false;
        count = ctx.args.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 500)
            return ctx.usageError(QStringLiteral("--count takes a whole number from 1 to 500"));
    }
    const QStringList files = DemoDossiers::write(ctx.args.positional.first(), count);
    for (const QString &f : files)
        ctx.out << f << Qt::endl;
    return files.size() == count ? ExitOk : ExitSomeFailed;
}
