// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring a case from the keyboard: answers, deductions, notes, undo/redo, evidence linked
// from a text selection, and everything still there after a restart.
#include "uitestsupport.h"

#include "actionregistry.h"
#include "storage/auditrepository.h"
#include "checklist/checklistpanel.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"

#include "checklist/checklistsummary.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
void openAndWait(MainWindow &window, qint64 id)
{
    window.openCase(id);
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument() && window.checklist()->review() == std::nullopt
                                 && !window.checklist()->currentItem().isEmpty(); }));
}
} // namespace

TEST_CASE("three items scored by keyboard, undone, redone, linked to evidence and found again after a restart")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    QString first, second, third;
    double total = 0;
    {
        UiTest::Session session(ws);
        MainWindow &window = session.window;
        window.resize(1500, 900);
        window.show();
        openAndWait(window, 1);
        ChecklistPanel *panel = window.checklist();
        QTreeView *tree = panel->tree();
        tree->setFocus();
        first = panel->currentItem();
        QTest::keyClick(tree, Qt::Key_1);  // 符合
        REQUIRE(panel->answer(first));
        CHECK(panel->answer(first)->verdict == Verdict::Pass);
        QTest::keyClick(tree, Qt::Key_J);
        while (panel->standard().findItem(panel->currentItem())->veto)
            QTest::keyClick(tree, Qt::Key_J);
        second = panel->currentItem();
        CHECK(second != first);
        QTest::keyClick(tree, Qt::Key_2);  // 扣分: focus goes to the amount
        CHECK(panel->deductionEdit()->hasFocus());
        panel->deductionEdit()->selectAll();
        QTest::keyClicks(panel->deductionEdit(), QStringLiteral("0.5"));
        QTest::keyClick(panel->deductionEdit(), Qt::Key_Return);
        REQUIRE(panel->answer(second));
        CHECK(panel->answer(second)->verdict == Verdict::Deduct);
        CHECK(panel->answer(second)->deduction == doctest::Approx(0.5));
        CHECK(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_J);
        third = panel->currentItem();
        QTest::keyClick(tree, Qt::Key_3);  // 不适用
        CHECK(panel->answer(third)->verdict == Verdict::NotApplicable);
        QTest::keyClick(tree, Qt::Key_N);
        CHECK(panel->noteEdit()->hasFocus());
        QTest::keyClicks(panel->noteEdit(), QStringLiteral("no permit"));
        QTest::keyClick(panel->noteEdit(), Qt::Key_Return);
        CHECK(panel->answer(third)->note == QStringLiteral("no permit"));

        // Typing the note merged into one command; undo takes it back whole, then the verdict.
        QUndoStack *undo = window.undoStack();
        QTest::keySequence(&window, QKeySequence::Undo);
        CHECK(panel->answer(third)->note.isEmpty());
        const qsizetype openBefore = panel->scoreCard().unanswered.size();
        QTest::keySequence(&window, QKeySequence::Undo);
        CHECK(panel->answer(third) == nullptr);  // unanswered again, not compliant
        CHECK(panel->scoreCard().unanswered.size() == openBefore + 1);
        CHECK(panel->scoreCard().unanswered.contains(third));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        CHECK(panel->answer(third)->verdict == Verdict::NotApplicable);
        CHECK(panel->answer(third)->note == QStringLiteral("no permit"));
        CHECK(undo->canUndo());

        // Select text on page 1 and link it to the current item.
        DocumentView *view = window.viewer()->view();
        view->setZoom(1.0);
        view->goToPage(0);
        QWidget *vp = view->viewport();
        const int left = (vp->width() - int(595 * 96 / 72.0)) / 2;
        QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(left + 5, 15));
        QTest::mouseMove(vp, QPoint(left + 600, 160));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(left + 600, 160));
        REQUIRE(waitFor([&] { return !view->selectedText().isEmpty(); }));
        window.actions().action(QStringLiteral("review.linkEvidence"))->trigger();
        REQUIRE(panel->answer(third)->evidence.size() == 1);
        CHECK(panel->answer(third)->evidence[0].page == 1);
        CHECK(panel->answer(third)->evidence[0].quote.contains(QStringLiteral("立案审批表")));
        total = panel->scoreCard().total;
        CHECK(total < panel->scoreCard().maxTotal);
        UiTest::screenshot(&window, QStringLiteral("checklist"));
        window.close();
    }
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.show();
    window.openCase(session.settings.lastCase());
    ChecklistPanel *panel = window.checklist();
    REQUIRE(waitFor([&] { return panel->review().has_value(); }));
    CHECK(panel->answer(first)->verdict == Verdict::Pass);
    CHECK(panel->answer(second)->deduction == doctest::Approx(0.5));
    CHECK(panel->answer(third)->verdict == Verdict::NotApplicable);
    CHECK(panel->answer(third)->note == QStringLiteral("no permit"));
    CHECK(panel->answer(third)->evidence.size() == 1);
    CHECK(panel->scoreCard().total == doctest::Approx(total));
    CHECK(panel->review()->status == ReviewStatus::Draft);
}

namespace {
// Answers the next modal question box with `button`, once it shows.
void answerNextQuestion(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        UiTest::waitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr; }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
        }
    });
}
} // namespace

TEST_CASE("an incomplete review reads as in review with a provisional score and submits only when confirmed")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1500, 900);
    window.show();
    openAndWait(window, 1);
    ChecklistPanel *panel = window.checklist();
    const int items = int(panel->scoreCard().unanswered.size());
    CHECK(items > 10);
    CHECK(panel->summary()->totalText() ==
          QStringLiteral("In review (%1 item(s) unanswered) · provisional 100 / 100 points").arg(items));
    CHECK(!panel->summary()->totalText().contains(panel->scoreCard().grade));

    QTreeView *tree = panel->tree();
    tree->setFocus();
    while (panel->standard().findItem(panel->currentItem())->veto)
        QTest::keyClick(tree, Qt::Key_J);
    // Neither a note nor linked evidence turns an unanswered item into 符合.
    CHECK(!panel->noteEdit()->isEnabled());
    panel->addEvidence({1, QRectF(10, 10, 50, 12), QStringLiteral("立案审批表")});
    CHECK(panel->answer(panel->currentItem()) == nullptr);
    QTest::keyClick(tree, Qt::Key_2);
    CHECK(panel->noteEdit()->isEnabled());
    QTest::keyClick(panel->deductionEdit(), Qt::Key_Return);
    CHECK(panel->summary()->totalText() ==
          QStringLiteral("In review (%1 item(s) unanswered) · provisional 99 / 100 points").arg(items - 1));
    UiTest::screenshot(panel, QStringLiteral("checklist-in-review"));

    QString question;
    answerNextQuestion(QMessageBox::No, &question);
    panel->submitButton()->click();
    CHECK(question.contains(QStringLiteral("%1 item(s) are not answered yet").arg(items - 1)));
    REQUIRE(waitFor([&] { return panel->isIdle(); }));  // the answer's write is in
    CHECK(panel->review()->status == ReviewStatus::Draft);

    answerNextQuestion(QMessageBox::Yes, &question);
    panel->submitButton()->click();
    REQUIRE(waitFor([&] { return panel->isIdle(); }));
    CHECK(panel->review()->status == ReviewStatus::Submitted);
    const auto audit = AuditRepository(session.db).list(QStringLiteral("review"), QString::number(panel->review()->id));
    REQUIRE(!audit.empty());
    CHECK(audit.back().after.contains(QStringLiteral("\"unanswered\":%1").arg(items - 1)));
}
