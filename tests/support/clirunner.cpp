// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QProcess>

namespace CliRunner {
QString binary() { return QStringLiteral(CASEREVIEW_CLI); }

CliResult run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(binary(), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace CliRunner
