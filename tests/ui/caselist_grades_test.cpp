// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's grade follows gradeStanding() as the dashboard and reports do (待签 while
// unsigned, 未评完 when signed with items open), and its review cell says whose review it shows;
// the checklist's headline marks its grade by the same rule.
#include "uitestsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistpanel.h"
#include "checklist/checklistpanel.h"
#include "checklist/checklistsummary.h"
#include "scoring/scoringengine.h"

#include <QTableView>
#include <QCoreApplication>
#include <QTranslator>
#include <QTest>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QVariant data(QTableView *table, int row, int column, int role = Qt::DisplayRole)
{
    return table->model()->index(row, column).data(role);
}
qint64 idAt(QTableView *table, int row) { return data(table, row, 0, CaseListModel::CaseIdRole).toLongLong(); }

ReviewService::Submission submission(qint64 caseId, const QString &reviewer, std::vector<Answer> answers)
{
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = reviewer;
    s.standardId = QStringLiteral("penalty-general");
    s.answers = std::move(answers);
    return s;
}
} // namespace

TEST_CASE("case list grades count only once signed and name whose review a row shows")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(5));
    AppSettings(ws.settings()).setReviewer(QStringLiteral("李四"));
    UiTest::Session session(ws);
    const QString zhang = QStringLiteral("张三"), li = QStringLiteral("李四");
    std::vector<Answer> all;
    for (const StandardSection &s : session.standards.get(QStringLiteral("penalty-general")).sections)
        for (const StandardItem &i : s.items)
            all.push_back({i.id, i.id == QLatin1String("P-B01") ? Verdict::Deduct : Verdict::Pass,
                           i.id == QLatin1String("P-B01") ? 3.0 : 0.0, {}, {}});
    // 1: 张三's draft and 李四's draft; 2: complete, submitted by 李四; 3: complete, signed by 张三, and
    // 李四's draft; 4: signed with a failed veto and items open; 5: not reviewed.
    session.reviews.save(submission(1, zhang, {{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {}}}));
    session.reviews.save(submission(1, li, {{QStringLiteral("P-B02"), Verdict::Pass, 0, {}, {}}}));
    auto submitted = submission(2, li, all);
    submitted.submit = true;
    session.reviews.save(submitted);
    auto signedReview = submission(3, zhang, all);
    signedReview.sign = true;
    session.reviews.save(signedReview);
    session.reviews.save(submission(3, li, {{QStringLiteral("P-B02"), Verdict::Pass, 0, {}, {}}}));
    auto veto = submission(4, zhang, {{QStringLiteral("P-A07"), Verdict::Fail, 0, {}, {}}});
    veto.sign = true;
    veto.allowIncomplete = true;
    session.reviews.save(veto);

    MainWindow &window = session.window;
    REQUIRE(session.reloadCases());
    window.resize(1500, 860);
    window.show();
    CaseListPanel *list = window.caseList();
    QTableView *table = list->table();
    REQUIRE(list->visibleCount() == 5);
    table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    const QString grade = session.reviews.score(session.reviews.pick(3, zhang)).grade;
    REQUIRE(grade == QStringLiteral("优秀"));
    using M = CaseListModel;
    CHECK(data(table, 0, M::Grade).toString().isEmpty());
    CHECK(data(table, 1, M::Grade).toString() == QStringLiteral("优秀（待签）"));
    CHECK(data(table, 2, M::Grade).toString() == QStringLiteral("优秀"));
    CHECK(data(table, 3, M::Grade).toString() == QStringLiteral("不合格（未评完）"));
    CHECK(data(table, 4, M::Grade).toString().isEmpty());
    CHECK(data(table, 1, M::Grade, Qt::ToolTipRole).toString().contains(QStringLiteral("尚未签字")));
    CHECK(data(table, 2, M::Grade, Qt::ToolTipRole).toString().isEmpty());

    // The leading review is named in the cell, with the count when there are several.
    CHECK(data(table, 0, M::ReviewStatusColumn).toString().endsWith(QStringLiteral("· 李四（共 2 份）")));
    CHECK(data(table, 1, M::ReviewStatusColumn).toString() == QStringLiteral("已提交 · 李四"));
    CHECK(data(table, 2, M::ReviewStatusColumn).toString() == QStringLiteral("已签字 · 张三（共 2 份）"));
    const QString tip = data(table, 2, M::ReviewStatusColumn, Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("张三")));
    CHECK(tip.contains(QStringLiteral("李四（草稿）")));
    CHECK(tip.contains(QStringLiteral("评查表打开的是您本人（李四，草稿）的评查")));
    CHECK(data(table, 3, M::ReviewStatusColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("您还没有本案卷的评查")));
    CHECK(!data(table, 1, M::ReviewStatusColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("评查表打开")));
    CHECK(!data(table, 0, M::ReviewStatusColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("评查表打开")));

    // Final grades sort before provisional ones, ungraded cases last.
    table->sortByColumn(M::Grade, Qt::DescendingOrder);
    CHECK(idAt(table, 0) == 3);
    CHECK(idAt(table, 1) == 2);
    CHECK(idAt(table, 2) == 4);

    list->resize(1250, 260);
    table->resizeColumnsToContents();
    UiTest::screenshot(list, QStringLiteral("case-list-grade-standing"));

    // The checklist opens 李四's own review of case 2: complete, submitted, so 待签.
    window.openCase(2);
    REQUIRE(UiTest::waitFor([&] { return window.checklist()->review() && window.checklist()->review()->caseId == 2; }));
    CHECK(window.checklist()->summary()->totalText() == QStringLiteral("97 / 100 分 · 优秀（待签）"));
    window.resize(1500, 1000);
    // Shoot once the window is on screen and its posted layout and paint requests are done.
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents();
    UiTest::screenshot(window.checklist(), QStringLiteral("checklist-grade-unsigned"));
}

TEST_CASE("the checklist headline marks a complete grade unsigned until the review is signed")
{
    UiTest::TempStore ws;
    UiTest::Session session(ws);
    const ReviewStandard standard = session.standards.get(QStringLiteral("penalty-general"));
    std::vector<Answer> all;
    for (const StandardSection &s : standard.sections)
        for (const StandardItem &i : s.items)
            all.push_back({i.id, Verdict::Pass, 0, {}, {}});
    const ScoreCard complete = ScoringEngine::score(standard, all);
    REQUIRE(complete.complete());
    CHECK(ChecklistSummary::headline(complete, ReviewStatus::Draft) == QStringLiteral("100 / 100 points · 优秀 (unsigned)"));
    CHECK(ChecklistSummary::headline(complete, ReviewStatus::Submitted) == QStringLiteral("100 / 100 points · 优秀 (unsigned)"));
    CHECK(ChecklistSummary::headline(complete, ReviewStatus::Signed) == QStringLiteral("100 / 100 points · 优秀"));
    const ScoreCard veto = ScoringEngine::score(standard, {{QStringLiteral("P-A07"), Verdict::Fail, 0, {}, {}}});
    CHECK(ChecklistSummary::headline(veto, ReviewStatus::Signed).startsWith(QStringLiteral("0 / 100 points · 不合格 (incomplete)")));
}

TEST_CASE("a campaign file under blind review shows its progress in the case list, not a reviewer's sheet")
{
    CaseSummary c;
    c.id = 7;
    c.blindAssigned = 2;
    c.blindSubmitted = 1;
    CHECK(CaseListModel::statusText(c) == QStringLiteral("Blind review: 1 of 2 submitted"));
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    CHECK(CaseListModel::statusText(c) == QStringLiteral("背靠背评查：2 人中 1 人已提交"));
    QCoreApplication::removeTranslator(&translator);
    c.blindAssigned = 0;
    CHECK(CaseListModel::statusText(c) == QStringLiteral("Not reviewed"));
}
