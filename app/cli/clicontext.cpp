// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "storage/storageerror.h"
#include "storage/storelocation.h"
#include "workspace/workspace.h"

#include <cstdio>

using namespace casereview;

CliContext::CliContext(const CliArgs &a) : args(a), out(stdout), err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

CliContext::~CliContext() = default;

QString CliContext::storePath() const
{
    return args.value(QStringLiteral("store"), StoreLocation::defaultPath());
}

Workspace *CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const DiagnosisService *d = diagnosis();
    if (!d)
        return nullptr;
    try {
        m_workspace = std::make_unique<Workspace>(storePath(), *d);
    } catch (const StorageError &e) {
        storageFailure(e);
        return nullptr;
    }
    return m_workspace.get();
}

int CliContext::failed(const Failure &f)
{
    if (f.kind == Failure::Kind::Cancelled)
        err << "stopped: " << f.message << Qt::endl;
    else
        err << "error: " << f.message << Qt::endl;
    return ExitSomeFailed;
}

const DiagnosisService *CliContext::diagnosis()
{
    if (m_diagnosis)
        return &*m_diagnosis;
    if (!args.has(QStringLiteral("params")))
        return &m_diagnosis.emplace();
    QString error;
    auto loaded = ParameterProfile::fromFile(args.value(QStringLiteral("params")), &error);
    if (!loaded) {
        usageError(QStringLiteral("bad parameter profile: %1").arg(error));
        return nullptr;
    }
    return &m_diagnosis.emplace(*loaded);
}

void CliContext::printJson(const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::usageError(const QString &message)
{
    err << "usage error: " << message << Qt::endl << "run 'casereview-cli --help' for the commands" << Qt::endl;
    return ExitUsage;
}

int CliContext::failure(const QString &message)
{
    err << "error: " << message << Qt::endl;
    return ExitSomeFailed;
}

QString counted(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

int CliContext::storageFailure(const StorageError &e)
{
    err << "error: " << e.message() << Qt::endl;
    if (const QString advice = e.advice(); !advice.isEmpty())
        err << "  " << advice << Qt::endl;
    return ExitSomeFailed;
}
