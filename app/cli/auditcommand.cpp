// SPDX-License-Identifier: GPL-3.0-or-later
// `audit verify`: checks the SHA-256 chain of the audit log and names the first broken row.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QJsonObject>

using namespace casereview;

int runAudit(CliContext &ctx)
{
    if (ctx.args.positional != QStringList{QStringLiteral("verify")})
        return ctx.usageError(QStringLiteral("audit needs the word verify"));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    {
        // On the read pool: verifying reads the whole log and writes nothing.
        const AuditVerification v = waitFor(ws->read([](Database &db) { return AuditRepository(db).verify(); }));
        if (ctx.json())
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact},
                                                    {QStringLiteral("rows_checked"), v.rowsChecked},
                                                    {QStringLiteral("first_broken_row"), v.intact ? QJsonValue() : QJsonValue(v.firstBrokenId)},
                                                    {QStringLiteral("problem"), v.problem}}));
        if (!v.intact)
            return ctx.failure(QStringLiteral("the audit log is broken at row %1: %2").arg(v.firstBrokenId).arg(v.problem));
        if (!ctx.json())
            ctx.out << "audit log intact: " << counted(v.rowsChecked, "row", "rows") << " checked" << Qt::endl;
        return ExitOk;
    }
}
