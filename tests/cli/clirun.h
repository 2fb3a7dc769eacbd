// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built casereview-cli on a store, as a script would, and keeps what it said.
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliTest {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline Run run(const QString &store, QStringList args)
{
    args.prepend(store);
    args.prepend(QStringLiteral("--store"));
    QProcess p;
    p.start(QStringLiteral(CASEREVIEW_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace CliTest
