// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting rectification records on the board: withdrawing an item (asks for the reason and
// the name, then the item leaves the counts and shows only with 含已撤销) and superseding a
// wrong attachment (struck through, out of the current evidence).
#include "uitestsupport.h"

#include "actionregistry.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpanel.h"
#include "fixtures.h"
#include "rectificationfixture.h"
#include "rectification/rectificationattachmentlist.h"
#include "rectification/rectificationboard.h"
#include "rectification/rectificationcorrectionactions.h"
#include "rectification/rectificationledgerexport.h"
#include "rectification/rectificationsupersededialog.h"
#include "rectification/rectificationwithdrawdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
QString rectificationCell(QTableView *table, qint64 caseId)
{
    QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, CaseListModel::Id).data().toLongLong() == caseId)
            return m->index(r, CaseListModel::RectificationColumn).data().toString();
    return {};
}
} // namespace

TEST_CASE("rectification board withdraws an item and supersedes an attachment through their dialogs")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    const QDate today = QDate::currentDate();
    qint64 withAttachment = 0;
    {
        Database db(ws.store());
        RectificationService service(db);
        RectificationService::CreateRequest late;
        late.reviewIds = {RectificationFixture::signedReview(db, 1, true)};
        late.deadline = today.addDays(-1);
        late.actor = QStringLiteral("督查员");
        REQUIRE(service.create(late).created.size() == 3);
        RectificationService::CreateRequest soon = late;
        soon.reviewIds = {RectificationFixture::signedReview(db, 2)};
        soon.deadline = today.addDays(5);
        const auto created = service.create(soon).created;
        REQUIRE(created.size() == 2);
        withAttachment = created[0].id;
        const QString wrong = ws.dir.filePath(QStringLiteral("别的机关报告.pdf"));
        Fixtures::writeFile(wrong, Fixtures::pdf({QStringLiteral("别的机关的整改报告")}));
        service.attach(withAttachment, wrong, {}, QStringLiteral("督查员"));
    }
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1500, 900);
    window.show();
    window.findChild<QDockWidget *>(QStringLiteral("rectificationDock"))->raise();
    RectificationBoard *board = window.rectification();
    RectificationBoardModel *model = board->model();
    QAction *withdraw = window.actions().action(QStringLiteral("review.rectifyWithdraw"));
    QAction *supersede = window.actions().action(QStringLiteral("review.rectifySupersede"));
    REQUIRE(withdraw);
    REQUIRE(supersede);
    CHECK(withdraw == board->corrections()->withdrawAction());
    REQUIRE(waitFor([&] { return model->groupCount() == 1; }));
    CHECK(model->rowCount(model->index(0, 0)) == 5);

    // The most urgent item (overdue, of case 1) was made by mistake.
    const qint64 wrongId = model->data(model->index(0, 0, model->index(0, 0)), RectificationBoardModel::ItemIdRole).toLongLong();
    REQUIRE(board->selectItem(wrongId));
    CHECK(withdraw->isEnabled());
    CHECK_FALSE(supersede->isEnabled());  // nothing attached to it
    {
        RectificationWithdrawDialog dialog(session.workspace, *board->currentItem(), QString());
        CHECK_FALSE(dialog.canApply());
        dialog.setReason(QStringLiteral("问题认定有误，经复核驳回"));
        CHECK_FALSE(dialog.canApply());  // nobody named
        CHECK_FALSE(dialog.apply());
        dialog.setActor(QStringLiteral("王科长"));
        REQUIRE(dialog.canApply());
        dialog.show();
        UiTest::screenshot(&dialog, QStringLiteral("rectification-withdraw-dialog"));
        REQUIRE(dialog.apply());
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    }
    REQUIRE(waitFor([&] { return !model->indexOf(wrongId).isValid(); }));
    CHECK(model->groupTitle(0).startsWith(QStringLiteral("To rectify (4 item")));
    CHECK(model->groupTitle(0).endsWith(QStringLiteral("2 overdue")));
    CHECK(rectificationCell(window.caseList()->table(), 1) == QStringLiteral("Red"));  // two of its items are still overdue

    // 含已撤销: the item comes back last, grey, without a colour, its reason in the tooltip.
    board->includeWithdrawnBox()->setChecked(true);
    REQUIRE(model->groupCount() == 2);
    CHECK(model->groupTitle(1).startsWith(QStringLiteral("Withdrawn (1 item")));
    CHECK_FALSE(model->groupTitle(1).contains(QStringLiteral("overdue")));
    const QModelIndex gone = model->indexOf(wrongId);
    REQUIRE(gone.isValid());
    CHECK(gone.parent().row() == 1);
    CHECK(model->index(gone.row(), RectificationBoardModel::Light, gone.parent()).data(Qt::DecorationRole).isNull());
    CHECK(model->index(gone.row(), RectificationBoardModel::Problem, gone.parent()).data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK(model->index(gone.row(), RectificationBoardModel::Problem, gone.parent())
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("by 王科长 (was To rectify): 问题认定有误，经复核驳回")));
    REQUIRE(board->selectItem(wrongId));
    CHECK_FALSE(board->statusButton()->isEnabled());
    CHECK_FALSE(board->recheckButton()->isEnabled());
    CHECK_FALSE(withdraw->isEnabled());
    CHECK(board->findChild<QLabel *>(QStringLiteral("rectificationDetails"))->text().contains(QStringLiteral("Withdrawn")));
    REQUIRE(waitFor([&] {
        return board->history()->count() > 0 &&
               board->history()->item(board->history()->count() - 1)->text().contains(QStringLiteral("withdrawn (was To rectify)"));
    }));
    // Shoot once it is on screen and its posted layout and paint requests are done.
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents();
    UiTest::screenshot(&window, QStringLiteral("rectification-board-withdrawn"));

    // The ledger follows the board's filter.
    const auto all =
        Workspace::wait(RectificationLedgerExport::write(session.workspace, {}, ws.dir.filePath(QStringLiteral("l.csv")), QStringLiteral("x")));
    REQUIRE(all.ok);
    CHECK(all.rows == 4);
    RectificationBoardFilter withWithdrawn;
    withWithdrawn.includeWithdrawn = true;
    const auto pdf = Workspace::wait(RectificationLedgerExport::write(
        session.workspace, withWithdrawn, ws.dir.filePath(QStringLiteral("ledger-withdrawn.pdf")), QStringLiteral("x")));
    REQUIRE(pdf.ok);
    CHECK(pdf.rows == 5);
    Fixtures::writeFile(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots/ledger-withdrawn.pdf"),
                        Fixtures::readFile(pdf.path));

    // Supersede the wrong report of case 2's item: struck through, no longer evidence.
    REQUIRE(board->selectItem(withAttachment));
    REQUIRE(waitFor([&] { return board->attachmentList()->count() == 1; }));
    board->attachmentList()->setCurrentRow(0);
    CHECK(supersede->isEnabled());
    {
        RectificationSupersedeDialog dialog(session.workspace, *board->currentItem(), board->attachmentList()->currentAttachment(),
                                            QStringLiteral("王科长"));
        REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
        CHECK(dialog.choiceCount() == 1);
        CHECK_FALSE(dialog.canApply());
        dialog.setReason(QStringLiteral("传成了别的机关的报告"));
        dialog.show();
        UiTest::screenshot(&dialog, QStringLiteral("rectification-supersede-dialog"));
        REQUIRE(dialog.apply());
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    }
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->attachmentCount == 0; }));
    REQUIRE(waitFor([&] { return board->attachmentList()->count() == 1 && board->attachmentList()->item(0)->font().strikeOut(); }));
    CHECK(board->attachmentList()->item(0)->toolTip().contains(QStringLiteral("传成了别的机关的报告")));
    CHECK(board->attachmentList()->currentAttachment() == 0);
    CHECK_FALSE(supersede->isEnabled());
    CHECK(board->history()->item(board->history()->count() - 1)->text().contains(QStringLiteral("superseded attachment 别的机关报告.pdf")));
    UiTest::screenshot(&window, QStringLiteral("rectification-board-superseded"));
    CHECK(AuditRepository(session.db).verify().intact);
}

TEST_CASE("rectification corrections speak Chinese with the zh_CN translation")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    {
        Database db(ws.store());
        RectificationService service(db);
        RectificationService::CreateRequest r;
        r.reviewIds = {RectificationFixture::signedReview(db, 1)};
        r.actor = QStringLiteral("督查员");
        REQUIRE(service.create(r).created.size() == 2);
        service.withdraw(1, QStringLiteral("重复"), QStringLiteral("王科长"));
    }
    {
        UiTest::Session session(ws);
        session.window.resize(1500, 900);
        session.window.show();
        session.window.findChild<QDockWidget *>(QStringLiteral("rectificationDock"))->raise();
        RectificationBoard *board = session.window.rectification();
        CHECK(board->includeWithdrawnBox()->text() == QStringLiteral("含已撤销"));
        CHECK(board->corrections()->withdrawAction()->text() == QStringLiteral("撤销整改事项(&W)…"));
        board->includeWithdrawnBox()->setChecked(true);
        REQUIRE(waitFor([&] { return board->model()->groupCount() == 2; }));
        CHECK(board->model()->groupTitle(1).startsWith(QStringLiteral("已撤销")));
        REQUIRE(board->selectItem(2));
        RectificationWithdrawDialog dialog(session.workspace, *board->currentItem(), QStringLiteral("王科长"));
        CHECK(dialog.windowTitle() == QStringLiteral("撤销整改事项 2"));
        dialog.show();
        UiTest::screenshot(&dialog, QStringLiteral("rectification-withdraw-dialog-zh"));
        UiTest::screenshot(&session.window, QStringLiteral("rectification-board-withdrawn-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
}
