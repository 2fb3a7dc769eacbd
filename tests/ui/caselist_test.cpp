// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's review columns: status, score (provisional while items are open), grade
// and open findings; numeric sorting, the state, 三色 and to-check filters, the live search and live updates.
#include "uitestsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistpanel.h"
#include "checklist/checklistpanel.h"
#include "rectificationfixture.h"
#include "scannedcase.h"
#include "storage/findingrepository.h"
#include "viewer/documentviewer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
QString cell(QTableView *table, int row, int column) { return table->model()->index(row, column).data().toString(); }
qint64 idAt(QTableView *table, int row) { return table->model()->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong(); }

ReviewService::Submission submission(qint64 caseId, std::vector<Answer> answers)
{
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = QStringLiteral("张三");
    s.standardId = QStringLiteral("penalty-general");
    s.answers = std::move(answers);
    return s;
}
} // namespace

TEST_CASE("case list shows review state and score and sorts and filters on them")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(3));
    UiTest::Session session(ws);
    // Case 1: a draft with one deduction; case 2: every item answered and submitted; case 3: untouched.
    session.reviews.save(submission(1, {{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {}}}));
    std::vector<Answer> all;
    for (const StandardSection &s : session.standards.get(QStringLiteral("penalty-general")).sections)
        for (const StandardItem &i : s.items)
            all.push_back({i.id, i.id == QStringLiteral("P-B01") ? Verdict::Deduct : Verdict::Pass,
                           i.id == QStringLiteral("P-B01") ? 3.0 : 0.0, {}, {}});
    auto complete = submission(2, all);
    complete.submit = true;
    session.reviews.save(complete);
    Finding f;
    f.rule = QStringLiteral("DECISION_OVERDUE");
    f.key = QStringLiteral("k");
    f.item = QStringLiteral("P-B01");
    FindingRepository(session.db).replace(2, {f, [&] { Finding g = f; g.key = QStringLiteral("k2"); return g; }()},
                                          QStringLiteral("default"));

    MainWindow &window = session.window;
    REQUIRE(session.reloadCases());
    window.resize(1500, 860);
    window.show();
    CaseListPanel *list = window.caseList();
    QTableView *table = list->table();
    REQUIRE(list->visibleCount() == 3);
    table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    const int unanswered = int(session.reviews.score(session.reviews.pick(1)).unanswered.size());
    CHECK(cell(table, 0, CaseListModel::ReviewStatusColumn) == QStringLiteral("In review (%1 item(s) unanswered) · 张三").arg(unanswered));
    CHECK(cell(table, 0, CaseListModel::Score) == QStringLiteral("98 (provisional)"));
    CHECK(cell(table, 0, CaseListModel::Grade).isEmpty());
    const ScoreCard card2 = session.reviews.score(session.reviews.pick(2));
    REQUIRE(card2.complete());
    CHECK(cell(table, 1, CaseListModel::ReviewStatusColumn) == QStringLiteral("Submitted · 张三"));
    CHECK(cell(table, 1, CaseListModel::Score) == QLocale().toString(card2.total, 'g', 4));
    CHECK(cell(table, 1, CaseListModel::Grade) == card2.grade + QStringLiteral(" (unsigned)"));  // complete, not signed
    CHECK(cell(table, 1, CaseListModel::OpenFindings) == QStringLiteral("2"));
    CHECK(cell(table, 2, CaseListModel::ReviewStatusColumn) == QStringLiteral("Not reviewed"));
    CHECK(cell(table, 2, CaseListModel::Score).isEmpty());

    // Sorted as numbers: 98 before 97, and the unreviewed case last.
    REQUIRE(card2.total == 97);
    table->sortByColumn(CaseListModel::Score, Qt::DescendingOrder);
    CHECK(idAt(table, 0) == 1);
    CHECK(idAt(table, 1) == 2);
    CHECK(idAt(table, 2) == 3);
    table->sortByColumn(CaseListModel::Score, Qt::AscendingOrder);
    CHECK(idAt(table, 0) == 3);
    CHECK(idAt(table, 2) == 1);
    table->sortByColumn(CaseListModel::OpenFindings, Qt::DescendingOrder);
    CHECK(idAt(table, 0) == 2);

    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Submitted")));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 2);
    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Not reviewed")));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 3);
    list->stateFilter()->setCurrentIndex(0);
    UiTest::typeText(list->filterEdit(), card2.grade);
    CHECK(list->visibleCount() == 1);
    list->filterEdit()->clear();
    UiTest::typeText(list->filterEdit(), QStringLiteral("provisional"));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 1);
    list->filterEdit()->clear();
    CHECK(list->visibleCount() == 3);
    list->showOnly({1, 3}, QStringLiteral("Chart"));
    CHECK(list->visibleCount() == 2);
    list->clearShowOnly();
    CHECK(list->visibleCount() == 3);

    // Answering from the checklist updates the row at once.
    window.openCase(3);
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument() && !window.checklist()->currentItem().isEmpty(); }));
    window.checklist()->tree()->setFocus();
    QTest::keyClick(window.checklist()->tree(), Qt::Key_1);
    table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    // The row is read again from the Review change the answer announced.
    REQUIRE(waitFor([&] { return cell(table, 2, CaseListModel::ReviewStatusColumn).startsWith(QStringLiteral("In review")); }));
    CHECK(cell(table, 2, CaseListModel::Score) == QStringLiteral("100 (provisional)"));
    list->resize(1100, 300);
    table->resizeColumnsToContents();
    UiTest::screenshot(list, QStringLiteral("case-list-review-columns"));
}

TEST_CASE("case list filters on the rectification colour together with the other filters")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(4));
    UiTest::Session session(ws);
    // Case 1 red (overdue items), case 2 yellow (items due in 5 days), case 3 green (signed with
    // nothing to deduct), case 4 without a colour (not reviewed).
    const QDate today = QDate::currentDate();
    RectificationService::CreateRequest late;
    late.reviewIds = {RectificationFixture::signedReview(session.db, 1)};
    late.deadline = today.addDays(-1);
    late.actor = QStringLiteral("督查员");
    REQUIRE(!RectificationService(session.db).create(late).created.empty());
    RectificationService::CreateRequest soon = late;
    soon.reviewIds = {RectificationFixture::signedReview(session.db, 2)};
    soon.deadline = today.addDays(5);
    REQUIRE(!RectificationService(session.db).create(soon).created.empty());
    std::vector<Answer> clean;
    for (const StandardSection &s : session.standards.get(QStringLiteral("penalty-general")).sections)
        for (const StandardItem &i : s.items)
            clean.push_back({i.id, Verdict::Pass, 0, {}, {}});
    auto green = submission(3, clean);
    green.sign = true;
    session.reviews.save(green);

    MainWindow &window = session.window;
    REQUIRE(session.reloadCases());
    window.resize(1500, 860);
    window.show();
    CaseListPanel *list = window.caseList();
    QTableView *table = list->table();
    QComboBox *light = list->lightFilter();
    REQUIRE(list->visibleCount() == 4);
    REQUIRE(light->count() == 4);
    CHECK(light->itemText(0) == QStringLiteral("All colours"));
    auto choose = [&](const QString &text) {
        const int i = light->findText(text);
        REQUIRE(i >= 0);
        light->setCurrentIndex(i);
    };
    choose(QStringLiteral("Red"));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 1);
    choose(QStringLiteral("Yellow"));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 2);
    choose(QStringLiteral("Green"));
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == 3);
    CHECK(cell(table, 0, CaseListModel::RectificationColumn) == QStringLiteral("Green"));
    // Combined with the state filter: no green case is still unreviewed.
    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Not reviewed")));
    CHECK(list->visibleCount() == 0);
    CHECK(table->isHidden());
    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Signed")));
    CHECK(list->visibleCount() == 1);
    list->stateFilter()->setCurrentIndex(0);
    choose(QStringLiteral("All colours"));
    CHECK(list->visibleCount() == 4);
    choose(QStringLiteral("Red"));
    UiTest::screenshot(list, QStringLiteral("case-list-light-filter"));
}

TEST_CASE("case list marks scanned cases with values to check and filters them")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    UiTest::Session session(ws);
    // Case 3: a scan whose decision date was read from a low-confidence word; case 4 read well.
    const qint64 doubtful = ScannedCase::add(session.db, 1);
    const qint64 clear = ScannedCase::add(session.db, 2, 91.0f);
    REQUIRE(doubtful == 3);
    MainWindow &window = session.window;
    REQUIRE(session.reloadCases());
    window.resize(1500, 860);
    window.show();
    CaseListPanel *list = window.caseList();
    QTableView *table = list->table();
    REQUIRE(list->visibleCount() == 4);
    table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    CHECK(table->model()->headerData(CaseListModel::UncertainColumn, Qt::Horizontal).toString() == QStringLiteral("To check"));
    CHECK(cell(table, 2, CaseListModel::UncertainColumn) == QStringLiteral("decision date"));
    const QModelIndex marked = table->model()->index(2, CaseListModel::UncertainColumn);
    CHECK_FALSE(marked.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(marked.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("To check: decision date.")));
    const QModelIndex number = table->model()->index(2, CaseListModel::CaseNo);
    CHECK_FALSE(number.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(number.data(Qt::ToolTipRole) == marked.data(Qt::ToolTipRole));
    for (int row : {0, 1, 3}) {
        CAPTURE(row);
        CHECK(cell(table, row, CaseListModel::UncertainColumn).isEmpty());
        CHECK(table->model()->index(row, CaseListModel::UncertainColumn).data(Qt::DecorationRole).isNull());
        CHECK(table->model()->index(row, CaseListModel::CaseNo).data(Qt::DecorationRole).isNull());
    }
    CHECK(idAt(table, 3) == clear);

    QToolButton *toCheck = list->uncertainFilter();
    CHECK(toCheck->text() == QStringLiteral("To check"));
    CHECK(toCheck->isCheckable());
    toCheck->click();
    CHECK(list->visibleCount() == 1);
    CHECK(idAt(table, 0) == doubtful);
    UiTest::screenshot(list, QStringLiteral("case-list-to-check-filter"));
    // Together with the state filter: the case is not reviewed yet.
    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Signed")));
    CHECK(list->visibleCount() == 0);
    list->stateFilter()->setCurrentIndex(list->stateFilter()->findText(QStringLiteral("Not reviewed")));
    CHECK(list->visibleCount() == 1);
    toCheck->click();
    CHECK(list->visibleCount() == 4);
    list->stateFilter()->setCurrentIndex(0);
}
