// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification board on the Workspace: writes made through the Workspace from outside the
// board (as the CLI makes them) show on the open board from the change stream, and a dialog
// whose write the service refuses on the writer says why in the user's words and stays open.
#include "uitestsupport.h"

#include "fixtures.h"
#include "rectificationfixture.h"
#include "rectification/rectificationboard.h"
#include "rectification/rectificationstatusdialog.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QTranslator>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
// A write as `casereview-cli rectify …` makes it: through the Workspace, announced on its stream.
template <class Fn>
auto fromOutside(Workspace &workspace, qint64 caseId, Fn fn)
{
    return Workspace::wait(workspace.write({ChangeEvent::Kind::Rectification, {caseId}}, [fn](Database &db) {
        RectificationService service(db);
        return fn(service);
    }));
}
} // namespace

TEST_CASE("rectification board shows items created and moved through the Workspace from outside")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    qint64 reviewId = 0;
    {
        Database db(ws.store());
        reviewId = RectificationFixture::signedReview(db, 1);
    }
    UiTest::Session session(ws);
    session.window.show();
    session.window.findChild<QDockWidget *>(QStringLiteral("rectificationDock"))->raise();
    RectificationBoard *board = session.window.rectification();
    RectificationBoardModel *model = board->model();
    int loads = 0;
    QObject::connect(board, &RectificationBoard::loaded, [&] { ++loads; });
    REQUIRE(waitFor([&] { return board->isIdle() && board->findChild<QLabel *>(QStringLiteral("rectificationDetails"))
                                                         ->text()
                                                         .startsWith(QStringLiteral("No rectification items")); }));
    CHECK(model->groupCount() == 0);

    RectificationService::CreateRequest request;
    request.reviewIds = {reviewId};
    request.actor = QStringLiteral("督查员");
    const auto created = fromOutside(session.workspace, 1, [request](RectificationService &s) { return s.create(request); });
    REQUIRE(created.created.size() == 2);
    REQUIRE(waitFor([&] { return model->groupCount() == 1 && model->rowCount(model->index(0, 0)) == 2; }));
    CHECK(loads >= 1);

    const qint64 id = created.created.front().id;
    REQUIRE(board->selectItem(id));
    REQUIRE(waitFor([&] { return board->history()->count() == 1; }));  // created
    fromOutside(session.workspace, 1, [id](RectificationService &s) {
        return s.changeStatus(id, {RectificationStatus::InProgress, QStringLiteral("已电话督办"), {}, QStringLiteral("督查员")});
    });
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->status == RectificationStatus::InProgress; }));
    REQUIRE(waitFor([&] { return board->history()->count() == 2; }));
    CHECK(board->history()->item(1)->text().contains(QStringLiteral("Rectifying")));

    // A dialog opened on the item before someone else withdrew it: the writer refuses, the
    // dialog says it in the user's words and keeps what was typed.
    RectificationStatusDialog dialog(session.workspace, *board->currentItem(), QStringLiteral("督查员"));
    dialog.setTarget(RectificationStatus::Reported);
    dialog.setNote(QStringLiteral("收到整改报告"));
    const QString report = ws.dir.filePath(QStringLiteral("整改报告.pdf"));
    Fixtures::writeFile(report, Fixtures::pdf({QStringLiteral("整改报告")}));
    dialog.addFiles({report});
    fromOutside(session.workspace, 1, [id](RectificationService &s) {
        return s.withdraw(id, QStringLiteral("重复立项"), QStringLiteral("王科长"));
    });
    REQUIRE(waitFor([&] { return !model->indexOf(id).isValid(); }));  // withdrawn items show only with 含已撤销
    REQUIRE(dialog.canApply());
    REQUIRE(dialog.apply());
    REQUIRE(waitFor([&] { return !dialog.errorText().isEmpty(); }));
    CHECK(dialog.errorText().startsWith(QStringLiteral("The item was withdrawn; a withdrawn item is final.")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.canApply());
    // Nothing was attached to the withdrawn item.
    CHECK(RectificationService(session.db).attachments(id).empty());
}

TEST_CASE("a refused rectification write is explained in Chinese with the zh_CN translation")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    RectificationItem item;
    {
        Database db(ws.store());
        RectificationService::CreateRequest r;
        r.reviewIds = {RectificationFixture::signedReview(db, 1)};
        r.actor = QStringLiteral("督查员");
        item = RectificationService(db).create(r).created.front();
    }
    {
        Workspace workspace(ws.store());
        RectificationStatusDialog dialog(workspace, item, QStringLiteral("督查员"));
        dialog.setTarget(RectificationStatus::Reported);
        const QString text = ws.dir.filePath(QStringLiteral("说明.pdf"));
        Fixtures::writeFile(text, "plain text, not a PDF\n");
        dialog.addFiles({text});
        REQUIRE(dialog.apply());
        REQUIRE(waitFor([&] { return !dialog.errorText().isEmpty(); }));
        CHECK(dialog.errorText().startsWith(QStringLiteral("无法添加附件")));
    }
    QCoreApplication::removeTranslator(&translator);
}
