// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real casereview-cli binary for contract tests.
#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

namespace CliRunner {
CliResult run(const QStringList &args, int timeoutMs = 120000);
QString binary();
} // namespace CliRunner
