// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation driven like a user: import through the dialog, open a case, read and find
// in it, filter the case list, restart and find the session as it was left.
#include "uitestsupport.h"

#include "appsettings.h"
#include "caselist/caselistpanel.h"
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"
#include "viewer/findbar.h"
#include "viewer/outlinepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QTableView>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

TEST_CASE("import dialog lists every file with its result and why the bad ones failed")
{
    UiTest::TempStore ws;
    const QStringList files = ws.writeDossiers(2, true);
    ::Workspace workspace(ws.store());
    auto *dialog = new ImportDialog(workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    dialog->start(files);
    CHECK(dialog->isRunning());
    REQUIRE(waitFor([&] { return !dialog->isRunning(); }));
    QTreeWidget *results = dialog->resultList();
    REQUIRE(results->topLevelItemCount() == 3);
    CHECK(results->topLevelItem(0)->text(1) == QStringLiteral("Imported"));
    CHECK(results->topLevelItem(2)->text(0) == QStringLiteral("scan.pdf"));
    CHECK(results->topLevelItem(2)->text(1) == QStringLiteral("Failed"));
    CHECK(results->topLevelItem(2)->text(2) ==
          QStringLiteral("This is not a PDF: the file is a PNG image with a .pdf name. Import the PDF of the dossier instead."));
    UiTest::screenshot(dialog, QStringLiteral("import-dialog"));
    delete dialog;
}

TEST_CASE("opening a case renders its first page, fills the outline and finds every hit")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.caseList()->visibleCount() == 2);
    QTest::keyClick(window.caseList()->table(), Qt::Key_Down);
    QTest::keyClick(window.caseList()->table(), Qt::Key_Return);
    DocumentViewer *viewer = window.viewer();
    REQUIRE(waitFor([&] { return viewer->hasDocument() && viewer->view()->hasSharpImage(0); }));
    CHECK(viewer->pageCount() >= 5);
    CHECK(viewer->outline()->topLevelItemCount() >= 3);

    QTest::keySequence(&window, QKeySequence::Find);
    REQUIRE(viewer->findBar()->isVisible());
    int found = -1;
    QObject::connect(viewer, &DocumentViewer::findFinished, [&](int n) { found = n; });
    UiTest::typeText(viewer->findBar()->edit(), QStringLiteral("决定书"));
    QTest::keyClick(viewer->findBar()->edit(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return found >= 0; }));
    CHECK(found >= 3);
    const int before = viewer->currentPage();
    QTest::keyClick(viewer->findBar()->edit(), Qt::Key_Return);
    QTest::keyClick(viewer->findBar()->edit(), Qt::Key_Return);
    CHECK(viewer->currentPage() >= before);
    REQUIRE(waitFor([&] { return viewer->view()->hasSharpImage(viewer->currentPage()); }));
    UiTest::screenshot(&window, QStringLiteral("main-window-find"));
}

TEST_CASE("the case filter narrows the list as the user types")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(3));
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.show();
    CaseListPanel *list = window.caseList();
    REQUIRE(list->visibleCount() == 3);
    UiTest::typeText(list->filterEdit(), QStringLiteral("洛阳"));
    CHECK(list->visibleCount() == 1);
    UiTest::typeText(list->filterEdit(), QStringLiteral("不存在的当事人"));
    CHECK(list->visibleCount() == 0);
    UiTest::screenshot(list, QStringLiteral("case-list-no-match"));
    list->filterEdit()->clear();
    CHECK(list->visibleCount() == 3);
    UiTest::screenshot(list, QStringLiteral("case-list"));
}

TEST_CASE("a text selection in the viewer is copied as text")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.show();
    window.openCase(1);
    DocumentViewer *viewer = window.viewer();
    REQUIRE(waitFor([&] { return viewer->hasDocument() && viewer->view()->hasSharpImage(0); }));
    DocumentView *view = viewer->view();
    view->setZoom(1.0);
    view->goToPage(0);
    QWidget *vp = view->viewport();
    const int left = (vp->width() - int(595 * 96 / 72.0)) / 2;
    QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(left + 5, 15));
    QTest::mouseMove(vp, QPoint(left + 700, 200));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(left + 700, 200));
    REQUIRE(waitFor([&] { return !view->selectedText().isEmpty(); }));
    CHECK(view->selectedText().contains(QStringLiteral("立案审批表")));
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    CHECK(QApplication::clipboard()->text() == view->selectedText());
}

TEST_CASE("after a restart the last case is open again and the layout is restored")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    {
        UiTest::Session session(ws);
        MainWindow &window = session.window;
        window.show();
        window.openCase(2);
        REQUIRE(waitFor([&] { return window.viewer()->hasDocument(); }));
        window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->hide();
        window.close();
    }
    {
        AppSettings settings(ws.settings());
        CHECK(settings.lastCase() == 2);
        CHECK(settings.lastStore() == ws.store());
    }
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.show();
    window.openCase(session.settings.lastCase());
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument(); }));
    CHECK(window.caseList()->currentCase() == 2);
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->isVisible());
}

TEST_CASE("an empty store shows a readable empty state")
{
    UiTest::TempStore ws;
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1200, 760);
    window.show();
    CHECK(window.caseList()->visibleCount() == 0);
    CHECK_FALSE(window.viewer()->hasDocument());
    UiTest::screenshot(&window, QStringLiteral("main-window-empty"));
}

TEST_CASE("the Chinese interface translates the window and shows an open case")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(3));
    {
        UiTest::Session session(ws);
        MainWindow &window = session.window;
        window.resize(1400, 860);
        window.show();
        CHECK(window.windowTitle() == QStringLiteral("案卷评查工作站"));
        window.openCase(2);
        DocumentViewer *viewer = window.viewer();
        REQUIRE(waitFor([&] { return viewer->hasDocument() && viewer->view()->hasSharpImage(0); }));
        viewer->goToPage(3);
        REQUIRE(waitFor([&] { return viewer->view()->hasSharpImage(3); }));
        UiTest::screenshot(&window, QStringLiteral("main-window-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
}
