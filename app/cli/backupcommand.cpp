// SPDX-License-Identifier: GPL-3.0-or-later
// `backup OUT`: a consistent copy of the store, taken while it may be in use.
#include "clicontext.h"
#include "commands.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFileInfo>

int runBackup(CliContext &ctx)
{
    if (ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("backup needs exactly one output file"));
    const QString target = ctx.args.positional.first();
    if (QFileInfo(target).isDir())
        return ctx.usageError(QStringLiteral("%1 is a folder; give a file name for the backup").arg(target));
    Database *db = ctx.store();
    if (!db)
        return ExitSomeFailed;
    try {
        db->backupTo(target);
    } catch (const StorageError &e) {
        return ctx.failure(e.message());
    }
    ctx.out << "backup written to " << target << " (" << QFileInfo(target).size() << " bytes)" << Qt::endl;
    return ExitOk;
}
