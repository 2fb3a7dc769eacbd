// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: charts from core/analytics over the store, a click on a bar lists the cases
// behind it in the case list, and each chart exports as PNG and SVG.
#include "uitestsupport.h"

#include "caselist/caselistpanel.h"
#include "dashboard/chartcard.h"
#include "dashboard/dashboardpanel.h"
#include "rectification/rectificationservice.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
void signComplete(UiTest::Session &s, qint64 caseId, const QString &deductItem, double points)
{
    ReviewService::Submission sub;
    sub.caseId = caseId;
    sub.reviewer = QStringLiteral("张三");
    sub.standardId = QStringLiteral("penalty-general");
    for (const StandardSection &sec : s.standards.get(sub.standardId).sections)
        for (const StandardItem &i : sec.items)
            sub.answers.push_back({i.id, i.id == deductItem ? Verdict::Deduct : Verdict::Pass, i.id == deductItem ? points : 0, {}, {}});
    sub.sign = true;
    s.reviews.save(sub);
}
} // namespace

TEST_CASE("clicking a dashboard bar lists the cases behind it and charts export as PNG and SVG")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(3));
    UiTest::Session session(ws);
    signComplete(session, 1, QStringLiteral("P-B01"), 3);    // 97 优秀
    signComplete(session, 2, QStringLiteral("P-D01"), 4);    // 96 优秀
    MainWindow &window = session.window;
    REQUIRE(session.reloadCases());
    window.resize(1600, 1000);
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dashboardDock"));
    REQUIRE(dock);
    CHECK(!dock->isVisible());
    DashboardPanel *dashboard = window.dashboard();
    bool loaded = false;
    QObject::connect(dashboard, &DashboardPanel::loaded, [&] { loaded = true; });
    dock->setFloating(true);
    dock->resize(1300, 1000);
    dock->show();
    REQUIRE(waitFor([&] { return loaded; }, 30000));

    ChartCard *grades = dashboard->card(QStringLiteral("grades"));
    REQUIRE(grades);
    auto *series = qobject_cast<QBarSeries *>(grades->chart()->series().value(0));
    REQUIRE(series);
    QBarSet *set = series->barSets().value(0);
    REQUIRE(set);
    REQUIRE(set->count() >= 1);
    CHECK(set->at(0) == 2);  // two signed, complete reviews graded 优秀

    // A real click in the middle of the 优秀 bar.
    QChartView *view = grades->view();
    // Aim once the chart's layout has settled: the bar's middle lies inside the plot area and
    // maps to the same point twice running.
    QPointF inScene(-1, -1);
    REQUIRE(waitFor([&] {
        const QPointF at = grades->chart()->mapToPosition(QPointF(0, 1), series);
        const bool settled = at == inScene && grades->chart()->plotArea().contains(at);
        inScene = at;
        return settled;
    }));
    const QPoint inView = view->mapFromScene(inScene);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    REQUIRE(waitFor([&] { return window.caseList()->visibleCount() == 2; }, 3000));
    CHECK(window.caseList()->showOnlyLabel()->isVisible());
    CHECK(window.caseList()->showOnlyLabel()->text().startsWith(QStringLiteral("优秀")));
    window.caseList()->clearShowOnly();
    CHECK(window.caseList()->visibleCount() == 3);

    // The Pareto lists P-B01 and P-D01 once each; clicking its first bar shows one case.
    ChartCard *pareto = dashboard->card(QStringLiteral("pareto"));
    auto *paretoBars = qobject_cast<QBarSeries *>(pareto->chart()->series().value(0));
    REQUIRE(paretoBars);
    CHECK(paretoBars->barSets().value(0)->count() == 2);
    const QPoint bar = pareto->view()->mapFromScene(pareto->chart()->mapToPosition(QPointF(0, 0.5), paretoBars));
    QTest::mouseClick(pareto->view()->viewport(), Qt::LeftButton, {}, bar);
    CHECK(waitFor([&] { return window.caseList()->visibleCount() == 1; }, 3000));

    const QString png = ws.dir.filePath(QStringLiteral("grades.png"));
    const QString svg = ws.dir.filePath(QStringLiteral("grades.svg"));
    REQUIRE(grades->exportPng(png));
    REQUIRE(grades->exportSvg(svg));
    const QImage image(png);
    CHECK(image.width() == grades->view()->width() * 2);
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.size() > 2000);

    // Rectification items of case 1, already past their deadline: the trend shows them overdue
    // today, and clicking the point lists case 1.
    RectificationService rectification(session.db);
    RectificationService::CreateRequest request;
    request.caseIds = {1};
    request.deadline = QDate::currentDate().addDays(-1);
    request.actor = QStringLiteral("组长");
    REQUIRE(!rectification.create(request).created.empty());
    loaded = false;
    dashboard->refresh();
    REQUIRE(waitFor([&] { return loaded; }, 30000));
    ChartCard *trend = dashboard->card(QStringLiteral("rectification"));
    QLineSeries *overdue = nullptr;
    for (QAbstractSeries *s : trend->chart()->series())
        if (s->name() == QStringLiteral("Overdue"))
            overdue = qobject_cast<QLineSeries *>(s);
    REQUIRE(overdue);
    REQUIRE(overdue->count() >= 1);
    CHECK(overdue->at(overdue->count() - 1).y() >= 1);
    window.caseList()->clearShowOnly();
    emit overdue->clicked(overdue->at(overdue->count() - 1));
    CHECK(window.caseList()->visibleCount() == 1);
    UiTest::screenshot(dashboard, QStringLiteral("dashboard"));

    // A review signed while the dashboard is shown is counted without pressing Refresh.
    signComplete(session, 3, QStringLiteral("P-B01"), 1);
    loaded = false;
    session.workspace.announce({ChangeEvent::Kind::Review, {3}});
    REQUIRE(waitFor([&] { return loaded; }, 30000));
    auto *after = qobject_cast<QBarSeries *>(dashboard->card(QStringLiteral("grades"))->chart()->series().value(0));
    REQUIRE(after);
    CHECK(after->barSets().value(0)->at(0) == 3);
}
