// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification board: the start-up overdue notice, grouping and filters, the 三色 column
// of the case list, a status change through the dialog (illegal steps disabled) and a re-check
// beside the original page and the agency's evidence, with a choice of case for grouped items.
#include "uitestsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistpanel.h"
#include "fixtures.h"
#include "rectificationfixture.h"
#include "rectification/rectificationboard.h"
#include "rectification/rectificationdetailsdialog.h"
#include "rectification/rectificationledgerexport.h"
#include "rectification/rectificationrecheckdialog.h"
#include "rectification/rectificationstatusdialog.h"
#include "viewer/documentviewer.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
QString cellOf(QTableView *table, qint64 caseId, int column)
{
    QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, CaseListModel::Id).data().toLongLong() == caseId)
            return m->index(r, column).data().toString();
    return {};
}
} // namespace

TEST_CASE("rectification board announces overdue items and changes status and re-checks through its dialogs")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    const QDate today = QDate::currentDate();
    {
        Database db(ws.store());
        const qint64 r1 = RectificationFixture::signedReview(db, 1, true);
        const qint64 r2 = RectificationFixture::signedReview(db, 2);
        RectificationService service(db);
        RectificationService::CreateRequest late;
        late.reviewIds = {r1};
        late.deadline = today.addDays(-1);
        late.actor = QStringLiteral("督查员");
        REQUIRE(service.create(late).created.size() == 3);
        RectificationService::CreateRequest soon = late;
        soon.reviewIds = {r2};
        soon.deadline = today.addDays(5);
        REQUIRE(service.create(soon).created.size() == 2);
        AppSettings settings(ws.settings());
        settings.setRectificationLastSeen(today.addDays(-3));
        settings.sync();
    }
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1500, 900);
    window.show();
    RectificationBoard *board = window.rectification();
    window.findChild<QDockWidget *>(QStringLiteral("rectificationDock"))->raise();

    // On start: a non-modal banner and a status-bar message, and "last seen" moves to today.
    REQUIRE(waitFor([&] { return board->bannerVisible(); }));
    CHECK(board->banner()->text().contains(QStringLiteral("3")));
    CHECK(window.statusBar()->currentMessage() == board->banner()->text());
    CHECK(session.settings.rectificationLastSeen() == today);
    int announced = -1;
    QObject::connect(board, &RectificationBoard::overdueAnnounced, [&](int count) { announced = count; });
    board->announceOverdue();
    REQUIRE(waitFor([&] { return announced >= 0; }));
    CHECK(announced == 0);  // nothing new since today

    // Grouped by status: one "to rectify" group, the three overdue items first.
    RectificationBoardModel *model = board->model();
    REQUIRE(waitFor([&] { return model->groupCount() == 1; }));
    const QModelIndex group = model->index(0, 0);
    REQUIRE(model->rowCount(group) == 5);
    CHECK(model->index(0, RectificationBoardModel::Deadline, group).data().toString().contains(QStringLiteral("overdue")));
    CHECK(model->index(4, RectificationBoardModel::Deadline, group).data().toString().contains(QStringLiteral("(5 day")));
    CHECK(model->index(0, RectificationBoardModel::Light, group).data(RectificationBoardModel::LightRole).toInt() == int(TrafficLight::Red));
    CHECK(model->index(0, RectificationBoardModel::Light, group).data(Qt::ToolTipRole).toString() == QStringLiteral("Red"));
    UiTest::screenshot(&window, QStringLiteral("rectification-board"));

    RectificationBoardFilter overdue;
    overdue.overdueOnly = true;
    board->setFilter(overdue);
    CHECK(model->rowCount(model->index(0, 0)) == 3);
    RectificationBoardFilter yellow;
    yellow.light = TrafficLight::Yellow;
    board->setFilter(yellow);
    CHECK(model->rowCount(model->index(0, 0)) == 2);
    board->setFilter({});
    board->setGrouping(RectificationBoardModel::Grouping::ByAgency);
    CHECK(model->groupCount() == 1);  // both dossiers are of one agency
    CHECK(model->data(model->index(0, 0), RectificationBoardModel::LightRole).toInt() == int(TrafficLight::Red));
    board->setGrouping(RectificationBoardModel::Grouping::ByStatus);

    // The case list shows each case's 三色.
    QTableView *cases = window.caseList()->table();
    CHECK(cellOf(cases, 1, CaseListModel::RectificationColumn) == QStringLiteral("Red"));
    CHECK(cellOf(cases, 2, CaseListModel::RectificationColumn) == QStringLiteral("Yellow"));

    // Status dialog: only the machine's next steps are enabled.
    const qint64 itemId = model->data(model->index(4, 0, model->index(0, 0)), RectificationBoardModel::ItemIdRole).toLongLong();
    REQUIRE(board->selectItem(itemId));
    RectificationItem item = *board->currentItem();
    CHECK(item.caseId == 2);
    {
        RectificationStatusDialog dialog(session.workspace, item, QStringLiteral("督查员"));
        CHECK(dialog.isTargetEnabled(RectificationStatus::InProgress));
        CHECK(dialog.isTargetEnabled(RectificationStatus::Reported));
        CHECK_FALSE(dialog.isTargetEnabled(RectificationStatus::Closed));
        CHECK_FALSE(dialog.isTargetEnabled(RectificationStatus::Failed));
        dialog.setTarget(RectificationStatus::Reported);
        dialog.setNote(QStringLiteral("收到整改报告"));
        const QString bad = ws.dir.filePath(QStringLiteral("notes.pdf"));
        Fixtures::writeFile(bad, "not a pdf\n");
        dialog.addFiles({bad});
        REQUIRE(dialog.canApply());
        REQUIRE(dialog.apply());  // the file is read on the writer, which refuses it
        REQUIRE(waitFor([&] { return !dialog.errorText().isEmpty(); }));
        CHECK(dialog.errorText().contains(QStringLiteral("only PDF files and images")));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.canApply());  // stays open with what was typed
        dialog.show();
        UiTest::screenshot(&dialog, QStringLiteral("rectification-status-dialog"));
    }
    CHECK(board->currentItem()->status == RectificationStatus::Pending);
    const QString photo = ws.dir.filePath(QStringLiteral("整改照片.png"));
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xf0, 0xff));
    image.save(photo);
    {
        RectificationStatusDialog dialog(session.workspace, item, QStringLiteral("督查员"));
        dialog.setTarget(RectificationStatus::Reported);
        dialog.addFiles({photo});
        REQUIRE(dialog.apply());
        CHECK_FALSE(dialog.canApply());  // busy until the writer answered
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    }
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->status == RectificationStatus::Reported; }));
    REQUIRE(waitFor([&] { return board->history()->count() == 3; }));  // created, attached, status
    CHECK(board->history()->item(2)->text().contains(QStringLiteral("To rectify → Reported")));
    CHECK(board->recheckButton()->isEnabled());

    // Re-check: the original case at the problem's page beside the attached image (and a PDF).
    const QString report = ws.dir.filePath(QStringLiteral("整改报告.pdf"));
    Fixtures::writeFile(report, Fixtures::pdf({QStringLiteral("整改报告"), QStringLiteral("附件二")}));
    // Attached through the Workspace from outside the board, as the CLI would: the board shows it from the change stream.
    Workspace::wait(session.workspace.write({ChangeEvent::Kind::Rectification, {2}}, [&](Database &db) {
        return RectificationService(db).attach(itemId, report, QStringLiteral("整改报告"), QStringLiteral("督查员"));
    }));
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->attachmentCount == 2; }));
    item = *board->currentItem();
    {
        RectificationRecheckDialog dialog(session.workspace, item, QStringLiteral("督查员"));
        dialog.show();
        REQUIRE(waitFor([&] { return dialog.originalViewer()->hasDocument() && dialog.isLoaded(); }));
        CHECK(dialog.attachmentCount() == 2);
        REQUIRE(waitFor([&] { return !dialog.evidenceImage()->pixmap().isNull(); }));
        CHECK(dialog.evidenceImage()->pixmap().width() == 560);
        dialog.showAttachment(1);
        REQUIRE(waitFor([&] { return dialog.evidenceViewer()->hasDocument(); }));
        CHECK(dialog.evidenceViewer()->pageCount() == 2);
        dialog.showAttachment(0);
        CHECK_FALSE(dialog.canApply());
        dialog.setResult(RecheckResult::Pass);
        CHECK_FALSE(dialog.canApply());  // no note yet
        dialog.setNote(QStringLiteral("复查属实，已补正"));
        dialog.setRecurred(true);
        CHECK_FALSE(dialog.canApply());  // a pass cannot have recurred
        dialog.setRecurred(false);
        REQUIRE(dialog.canApply());
        // Shoot once it is on screen and its posted layout and paint requests are done.
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::sendPostedEvents();
        UiTest::screenshot(&dialog, QStringLiteral("rectification-recheck"));
        REQUIRE(dialog.apply());
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    }
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->status == RectificationStatus::Closed; }));
    CHECK(cellOf(cases, 2, CaseListModel::RectificationColumn) == QStringLiteral("Yellow"));
    CHECK(AuditRepository(session.db).verify().intact);
    UiTest::screenshot(&window, QStringLiteral("rectification-board-after"));

    // Details: a later deadline on a red item of case 1 leaves it red only while it is a veto or overdue.
    const qint64 firstId = model->data(model->index(0, 0, model->index(0, 0)), RectificationBoardModel::ItemIdRole).toLongLong();
    REQUIRE(board->selectItem(firstId));
    {
        RectificationDetailsDialog dialog(session.workspace, *board->currentItem(), QStringLiteral("督查员"));
        dialog.setContact(QStringLiteral("王科长 0371-6688"));
        dialog.setDeadline(today.addDays(10));
        dialog.setKind(RectificationKind::CaseCorrection);
        REQUIRE(dialog.apply());
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    }
    REQUIRE(waitFor([&] { return board->currentItem() && board->currentItem()->contact == QStringLiteral("王科长 0371-6688"); }));
    CHECK(board->currentItem()->deadline == today.addDays(10));
    CHECK(board->currentItem()->kind == RectificationKind::CaseCorrection);
    REQUIRE(waitFor([&] {
        return board->history()->count() > 0 && board->history()->item(board->history()->count() - 1)->text().contains(QStringLiteral("王科长"));
    }));

    // The ledger of what the board shows: the red items only, as CSV; all of them as PDF.
    RectificationBoardFilter red;
    red.light = TrafficLight::Red;
    const auto csv = Workspace::wait(RectificationLedgerExport::write(session.workspace, red, ws.dir.filePath(QStringLiteral("ledger.csv")), QStringLiteral("督查员")));
    REQUIRE(csv.ok);
    CHECK(csv.rows == 2);  // the item given a later deadline is yellow now
    CHECK(QString::fromUtf8(Fixtures::readFile(csv.path)).count(QStringLiteral(",红,")) == 2);
    const auto pdf = Workspace::wait(
        RectificationLedgerExport::write(session.workspace, {}, ws.dir.filePath(QStringLiteral("ledger.pdf")), QStringLiteral("督查员")));
    REQUIRE(pdf.ok);
    CHECK(pdf.rows == 5);
    CHECK(Fixtures::readFile(pdf.path).startsWith("%PDF-"));
    const auto bad = Workspace::wait(
        RectificationLedgerExport::write(session.workspace, {}, ws.dir.filePath(QStringLiteral("no/dir/l.xlsx")), QStringLiteral("x")));
    CHECK_FALSE(bad.ok);
    CHECK_FALSE(bad.error.isEmpty());
}

TEST_CASE("rectification board speaks Chinese with the zh_CN translation")
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
        r.reviewIds = {RectificationFixture::signedReview(db, 1, true)};
        r.deadline = QDate::currentDate().addDays(-2);
        r.actor = QStringLiteral("督查员");
        REQUIRE(service.create(r).created.size() == 3);
    }
    {
        UiTest::Session session(ws);
        MainWindow &window = session.window;
        window.resize(1500, 900);
        window.show();
        window.findChild<QDockWidget *>(QStringLiteral("rectificationDock"))->raise();
        RectificationBoard *board = window.rectification();
        REQUIRE(waitFor([&] { return board->bannerVisible() && board->model()->groupCount() == 1; }));
        CHECK(board->banner()->text().startsWith(QStringLiteral("自上次查看以来有 3 项整改事项逾期")));
        CHECK(board->model()->groupTitle(0) == QStringLiteral("待整改（3 项），3 项逾期"));
        const QModelIndex first = board->model()->index(0, RectificationBoardModel::Deadline, board->model()->index(0, 0));
        CHECK(first.data().toString().endsWith(QStringLiteral("（逾期 2 天）")));
        board->selectItem(3);
        const QLabel *details = board->findChild<QLabel *>(QStringLiteral("rectificationDetails"));
        REQUIRE(details);
        CHECK(details->text().contains(QStringLiteral("整改期限：")));
        CHECK(details->height() >= 3 * details->fontMetrics().lineSpacing());
        UiTest::screenshot(&window, QStringLiteral("rectification-board-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("re-check of an item grouping several cases shows the chosen case at its own pages")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    Database db(ws.store());
    RectificationService service(db);
    Workspace workspace(ws.store());
    // The same problem (P-B01) in both cases of one agency: page 1 in case 1, page 2 in case 2.
    const qint64 r1 = RectificationFixture::signedReview(db, 1);
    ReviewService::Submission s;
    s.caseId = 2;
    s.reviewer = QStringLiteral("张三");
    s.standardId = QStringLiteral("penalty-general");
    s.answers = {{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {{2, std::nullopt, {}}}}};
    s.sign = true;
    s.allowIncomplete = true;
    const qint64 r2 = ReviewService(db).save(s).review.id;
    RectificationService::CreateRequest request;
    request.reviewIds = {r1, r2};
    request.grouping = RectificationPlanner::Grouping::PerAgency;
    request.actor = QStringLiteral("督查员");
    const auto created = service.create(request).created;
    const auto grouped = std::find_if(created.begin(), created.end(), [](const RectificationItem &i) { return i.caseIds().size() == 2; });
    REQUIRE(grouped != created.end());
    REQUIRE(grouped->pagesIn(1) == std::vector<int>{1});
    REQUIRE(grouped->pagesIn(2) == std::vector<int>{2});

    RectificationRecheckDialog dialog(workspace, *grouped, QStringLiteral("督查员"));
    dialog.show();
    QComboBox *chooser = dialog.caseChooser();
    REQUIRE(chooser->count() == 2);
    CHECK(chooser->isVisible());
    CHECK(chooser->itemText(0).startsWith(QStringLiteral("Case 1 ")));
    CHECK(chooser->itemText(0).endsWith(QStringLiteral("page(s) 1")));
    CHECK(chooser->itemText(1).endsWith(QStringLiteral("page(s) 2")));
    CHECK(dialog.shownCase() == 1);
    REQUIRE(waitFor([&] { return dialog.originalViewer()->hasDocument(); }));
    CHECK(dialog.originalViewer()->currentPage() == 0);

    chooser->setCurrentIndex(1);
    CHECK(dialog.shownCase() == 2);
    REQUIRE(waitFor([&] { return dialog.originalViewer()->hasDocument() && dialog.originalViewer()->currentPage() == 1; }));
    const auto labels = dialog.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("Case 2, page(s) 2")); }));
    UiTest::screenshot(&dialog, QStringLiteral("rectification-recheck-grouped"));
    dialog.showCase(0);
    CHECK(chooser->currentIndex() == 0);
    CHECK(dialog.shownCase() == 1);
    REQUIRE(waitFor([&] { return dialog.originalViewer()->hasDocument() && dialog.originalViewer()->currentPage() == 0; }));

    // An item of one case has no chooser to show.
    const auto single = std::find_if(created.begin(), created.end(), [](const RectificationItem &i) { return i.caseIds().size() == 1; });
    REQUIRE(single != created.end());
    RectificationRecheckDialog plain(workspace, *single, QStringLiteral("督查员"));
    plain.show();
    CHECK(plain.caseChooser()->isHidden());
}
