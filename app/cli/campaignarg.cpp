// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignarg.h"

#include "clicontext.h"

std::optional<qint64> campaignArg(CliContext &ctx)
{
    if (!ctx.args.has(QStringLiteral("campaign")))
        return std::nullopt;
    const QString word = ctx.args.value(QStringLiteral("campaign"));
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.usageError(QStringLiteral("--campaign must be a positive number, not '%1'").arg(word));
        return std::nullopt;
    }
    return id;
}
