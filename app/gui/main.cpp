// SPDX-License-Identifier: GPL-3.0-or-later
// casereview: the reviewer's workstation. Wires the store and the windows; nothing else.
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/storelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casereview"));
    QApplication::setApplicationVersion(QStringLiteral(CASEREVIEW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("案卷评查工作站 — Case Review Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Case store file."), QStringLiteral("FILE"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."), QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOption(storeOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), QStringLiteral("Case to open."), QStringLiteral("[CASE_ID]"));
    parser.process(app);

    const QString lang = parser.value(langOption);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    if (appTranslator.load(QStringLiteral(":/i18n/casereview_") + lang))
        app.installTranslator(&appTranslator);

    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : StoreLocation::defaultPath();
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(storePath);
    } catch (const StorageError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Case Review Workstation"),
                              QObject::tr("The case store %1 cannot be opened.\n\n%2").arg(storePath, e.message()));
        return 1;
    }
    MainWindow window(*db);
    window.show();
    return app.exec();
}
