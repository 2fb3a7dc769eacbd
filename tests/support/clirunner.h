// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built casereview-cli as a script would and keeps what it said: the one runner of the
// CLI tests. A run that does not finish in time is killed, and a crash reads as code -1, so a
// test never takes a hung or crashed CLI for an exit status.
#include <QJsonDocument>
#include <QString>
#include <QStringList>

struct CliResult {
    int code = -1;  // the exit status; -1 when the CLI crashed or was killed after the timeout
    QString out;    // stdout, UTF-8 decoded
    QString err;    // stderr, UTF-8 decoded
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

namespace CliRunner {
QString binary();
CliResult run(const QStringList &args, int timeoutMs = 120000);
// `casereview-cli --store STORE ARGS…`
CliResult onStore(const QString &store, const QStringList &args, int timeoutMs = 120000);
} // namespace CliRunner
