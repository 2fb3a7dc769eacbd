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
        r.err = QStringLiteral("casereview-cli did not finish within %1 ms").arg(timeoutMs);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult onStore(const QString &store, const QStringList &args, int timeoutMs)
{
    return run(QStringList{QStringLiteral("--store"), store} + args, timeoutMs);
}
} // namespace CliRunner
