// SPDX-License-Identifier: GPL-3.0-or-later
// `backup OUT`: a consistent copy of the store, taken while it may be in use.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"

#include <QFileInfo>

using namespace casereview;

int runBackup(CliContext &ctx)
{
    if (ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("backup needs exactly one output file"));
    const QString target = ctx.args.positional.first();
    if (QFileInfo(target).isDir())
        return ctx.usageError(QStringLiteral("%1 is a folder; give a file name for the backup").arg(target));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // The Workspace's backup, as the window's: a consistent copy while the store stays open.
    waitFor(ws->backup(target));
    ctx.out << "backup written to " << target << " (" << QFileInfo(target).size() << " bytes)" << Qt::endl;
    return ExitOk;
}
