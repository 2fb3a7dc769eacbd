// SPDX-License-Identifier: GPL-3.0-or-later
// casereview-cli: the scriptable face of the case store (no widgets).
#include "clicontext.h"
#include "commands.h"
#include "ocr/openmplimit.h"
#include "storage/storageerror.h"
#include "workspace/failure.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

using namespace casereview;

namespace {
void printHelp(QTextStream &out)
{
    out << "casereview-cli — 案卷评查工作站 command line\n\n"
           "usage: casereview-cli [--store FILE] COMMAND [ARGS] [--json]\n\n"
           "commands:\n";
    for (const Command &c : commands())
        out << "  " << c.synopsis << "\n";
    out << "\n--store FILE   the case store (default: ~/.local/share/casereview/cases.crstore)\n"
           "--json         machine-readable output on stdout (UTF-8)\n"
           "exit codes: 0 all fine, 1 some inputs failed, 2 usage error\n";
    out.flush();
}
} // namespace

int main(int argc, char **argv)
{
    OpenMpLimit::ensureSingleThreaded(argv);
    // QGuiApplication (not Core) because Poppler text and page rendering need QtGui's fonts;
    // no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without it QtGui warns on every run; a private folder keeps stderr for real messages.
        const QByteArray dir = QDir::tempPath().toUtf8() + "/runtime-casereview-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casereview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEREVIEW_VERSION));

    CliArgs args = CliArgs::parse(app.arguments().mid(1));
    const QString name = args.peekCommand();
    CliContext top(args);
    if (name.isEmpty() || name == QLatin1String("help")) {
        const bool asked = name == QLatin1String("help") || app.arguments().contains(QStringLiteral("--help"));
        printHelp(asked ? top.out : top.err);
        return asked ? ExitOk : ExitUsage;
    }
    for (const Command &c : commands()) {
        if (c.name != name)
            continue;
        if (!args.validate(c.options))
            return top.usageError(args.error);
        if (args.has(QStringLiteral("help"))) {
            top.out << "usage: casereview-cli [--store FILE] " << c.synopsis << Qt::endl;
            return ExitOk;
        }
        // The edge: whatever the store throws that a command did not handle ends here as a
        // message and an exit status, never as an abort.
        try {
            return c.run(top);
        } catch (const WorkspaceFailure &e) {
            return top.failed(e.failure());
        } catch (const StorageError &e) {
            return top.storageFailure(e);
        } catch (const std::exception &e) {
            return top.failure(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    return top.usageError(QStringLiteral("unknown command '%1'").arg(name));
}
