// SPDX-License-Identifier: GPL-3.0-or-later
// casereview: the reviewer's workstation. Wires the store, the settings and the window; nothing else.
#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "ocr/openmplimit.h"
#include "storage/database.h"
#include "storage/standardservice.h"
#include "storage/storageerror.h"
#include "storage/storelocation.h"
#include "workspace/diagnosisservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

using namespace casereview;

int main(int argc, char **argv)
{
    OpenMpLimit::ensureSingleThreaded(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casereview"));
    QApplication::setOrganizationName(QStringLiteral("casereview"));
    QApplication::setApplicationVersion(QStringLiteral(CASEREVIEW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("案卷评查工作站 — Case Review Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Case store file."), QStringLiteral("FILE"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOption(storeOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("Case store file (*.crstore), as the desktop file opens it."),
                                 QStringLiteral("[STORE]"));
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), QStringLiteral("Case to open."), QStringLiteral("[CASE_ID]"));
    parser.process(app);

    AppSettings settings;
    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : settings.language();
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    if (appTranslator.load(QStringLiteral(":/i18n/casereview_") + lang))
        app.installTranslator(&appTranslator);

    // Positional arguments: a number is the case to open, anything else the store file.
    QString storePath = parser.value(storeOption);
    qint64 caseId = 0;
    for (const QString &arg : parser.positionalArguments()) {
        bool number = false;
        const qint64 id = arg.toLongLong(&number);
        if (number)
            caseId = id;
        else if (storePath.isEmpty())
            storePath = arg;
    }
    if (storePath.isEmpty())
        storePath = QFileInfo::exists(settings.lastStore()) ? settings.lastStore() : StoreLocation::defaultPath();
    if (!caseId && QFileInfo(storePath).absoluteFilePath() == QFileInfo(settings.lastStore()).absoluteFilePath())
        caseId = settings.lastCase();

    // Every diagnosis runs with the profile the settings name (the Henan defaults when none is set
    // or the file cannot be read).
    ParameterProfile profile = ParameterProfile::henan();
    if (const QString file = settings.diagnosisProfile(); !file.isEmpty()) {
        QString error;
        if (auto loaded = ParameterProfile::fromFile(file, &error))
            profile = *loaded;
        else
            qWarning("diagnosis profile %s not used: %s", qPrintable(file), qPrintable(error));
    }
    const DiagnosisService diagnosis(profile);

    // The window closes to switch stores: reopen it on the chosen one.
    for (;;) {
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        // One Workspace per open store: every use case of the window runs through it.
        std::unique_ptr<Workspace> workspace;
        try {
            workspace = std::make_unique<Workspace>(storePath, diagnosis);
        } catch (const StorageError &) {
            QMessageBox::critical(nullptr, QStringLiteral("casereview"), MainWindow::storeOpenError(storePath));
            return 1;
        }
        try {  // new built-in standards (or new versions of them) before the checklist lists them
            Workspace::wait(workspace->write({ChangeEvent::Kind::Standards, {}}, [](Database &d) { return StandardService(d).ensureBuiltins(); }));
        } catch (const std::exception &) {
            // A read-only or newer store keeps the standards it has; the checklist says so.
        }
        MainWindow window(*workspace, settings);
        window.show();
        // First start: the name reviews are saved and signed under, before any work is done.
        if (!settings.hasReviewer())
            SettingsDialog(settings, true, &window).exec();
        if (caseId > 0)
            window.openCase(caseId);
        const int rc = app.exec();
        if (window.requestedStore().isEmpty())
            return rc;
        storePath = window.requestedStore();
        caseId = 0;
    }
}
