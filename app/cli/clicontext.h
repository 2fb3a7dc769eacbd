// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every command gets: its arguments, output streams and the Workspace every use case runs
// through (the GUI's application layer; the CLI has no Database of its own).
#include "workspace/diagnosisservice.h"
#include "cliargs.h"

#include <QJsonDocument>
#include <QTextStream>
#include <memory>
#include <optional>

namespace casereview { class StorageError; }
namespace casereview { class Workspace; }
namespace casereview { struct Failure; }

// "1 page", "3 pages": a count with its noun in the singular or the plural.
QString counted(qint64 n, const char *one, const char *many);

enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2 };

class CliContext {
public:
    explicit CliContext(const CliArgs &args);
    ~CliContext();

    const CliArgs &args;
    bool json() const { return args.has(QStringLiteral("json")); }
    QString storePath() const;
    // The store as the use cases see it (import, OCR, diagnosis run through it, as in the GUI);
    // opened on first use with the --params diagnosis; prints the reason and returns nullptr on failure.
    casereview::Workspace *workspace();
    // The diagnosis with the profile --params FILE.json gives (keys it omits keep the Henan
    // defaults); nullptr after printing a usage error when the file is bad.
    const casereview::DiagnosisService *diagnosis();

    QTextStream out;
    QTextStream err;
    void printJson(const QJsonDocument &doc);
    int usageError(const QString &message);
    int failure(const QString &message);  // prints "error: message", returns ExitSomeFailed
    // A storage failure at the edge: its message (never SQL) and what to do, ExitSomeFailed.
    int storageFailure(const casereview::StorageError &e);
    // A use case's failure: its English sentence, ExitSomeFailed.
    int failed(const casereview::Failure &f);

private:
    std::unique_ptr<casereview::Workspace> m_workspace;
    std::optional<casereview::DiagnosisService> m_diagnosis;
};
