// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

const QList<Command> &commands()
{
    static const QList<Command> list{
        {QStringLiteral("import"), QStringLiteral("import PATH... [--password PW] [--jobs N] [--json]"),
         {{QStringLiteral("password"), true}, {QStringLiteral("jobs"), true}, {QStringLiteral("progress"), false},
          {QStringLiteral("no-progress"), false}},
         runImport},
        {QStringLiteral("cases"), QStringLiteral("cases [--json]"), {}, runCases},
        {QStringLiteral("show"), QStringLiteral("show CASE_ID [--json]"), {}, runShow},
        {QStringLiteral("search"), QStringLiteral("search QUERY [--limit N] [--json]"), {{QStringLiteral("limit"), true}},
         runSearch},
        {QStringLiteral("backup"), QStringLiteral("backup OUT"), {}, runBackup},
        {QStringLiteral("demo"), QStringLiteral("demo OUT_DIR [--count N]   (writes fictitious sample dossiers)"),
         {{QStringLiteral("count"), true}}, runDemo},
    };
    return list;
}
