// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcharts.h"

#include "chartcard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

using namespace casereview;

namespace {
QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

double niceMax(double v) { return v <= 0 ? 1 : std::ceil(v * 1.15); }

// A value axis from 0 whose ticks fall on whole numbers for counts and on round values otherwise.
void setCountRange(QValueAxis *axis, double max, bool integers)
{
    const double top = niceMax(max);
    axis->setRange(0, top);
    if (integers && top <= 10) {
        axis->setTickCount(int(top) + 1);
    } else {
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(integers ? QStringLiteral("%d") : QStringLiteral("%g"));
}
} // namespace

QString DashboardCharts::shortLabel(const QString &label, int chars)
{
    return label.size() <= chars ? label : label.left(chars - 1) + QStringLiteral("…");
}

QChart *DashboardCharts::barChart(ChartCard *card, const std::vector<ChartBar> &bars, const BarStyle &style)
{
    auto *chart = new QChart;
    chart->setTitle(style.title);
    chart->legend()->hide();
    auto *set = new QBarSet(style.valueTitle);
    set->setColor(style.color);
    QStringList categories;
    double max = 0;
    for (const ChartBar &b : bars) {
        *set << b.value;
        categories << shortLabel(b.label, style.labelChars);
        max = std::max(max, b.value);
    }
    QAbstractBarSeries *series = style.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                  : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(style.decimals == 0 ? 6 : 3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    // A rotated (left) axis title elides CJK text in QtCharts 6.4; the chart title says what
    // is counted, so only the bottom value axis of horizontal bars carries one.
    if (style.horizontal)
        valueAxis->setTitleText(style.valueTitle);
    if (style.max > 0) {
        valueAxis->setRange(0, style.max);
        valueAxis->setLabelFormat(QStringLiteral("%g"));
    } else {
        setCountRange(valueAxis, max, style.decimals == 0);
    }
    chart->addAxis(categoryAxis, style.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, style.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    QObject::connect(set, &QBarSet::clicked, card, [card, bars](int index) {
        if (index >= 0 && index < int(bars.size()))
            emit card->casesRequested(bars[size_t(index)].caseIds, bars[size_t(index)].label);
    });
    QObject::connect(set, &QBarSet::hovered, card, [bars, style](bool on, int index) {
        if (on && index >= 0 && index < int(bars.size()))
            QToolTip::showText(QCursor::pos(), tr("%1: %2 (%n case(s))", nullptr, int(bars[size_t(index)].caseIds.size()))
                                                   .arg(bars[size_t(index)].label, number(bars[size_t(index)].value, style.decimals)));
        else
            QToolTip::hideText();
    });
    return chart;
}

void DashboardCharts::grades(ChartCard *card, const std::vector<ChartBar> &bars)
{
    int total = 0;
    for (const ChartBar &b : bars)
        total += b.count;
    card->setChart(total ? barChart(card, bars, {tr("Grade distribution (signed, complete reviews)"), tr("Cases"), QColor(0x2e, 0x7d, 0x32)})
                         : nullptr,
                   tr("Grade distribution: no signed, complete review yet"));
    card->setHint(tr("Click a bar to list its cases."));
}

void DashboardCharts::scoreByAgency(ChartCard *card, const std::vector<ChartBar> &bars)
{
    card->setChart(bars.empty() ? nullptr
                                : barChart(card, bars, {tr("Mean score by agency"), tr("Mean score"), QColor(0x1f, 0x6f, 0xb4), true,
                                                        100, 16, 1}),
                   tr("Mean score by agency: no signed, complete review yet"));
    card->setHint(tr("Lowest first. Click a bar to list the agency's reviewed cases."));
}

void DashboardCharts::dimensions(ChartCard *card, const std::vector<ChartBar> &bars)
{
    double points = 0;
    for (const ChartBar &b : bars)
        points += b.value;
    card->setChart(points > 0 ? barChart(card, bars, {tr("Points deducted by dimension"), tr("Points"), QColor(0xc6, 0x28, 0x28), false,
                                                      0, 12, 1})
                              : nullptr,
                   tr("Points deducted by dimension: no deduction in a signed review yet"));
    card->setHint(tr("Click a bar to list the cases with deductions in that dimension."));
}

void DashboardCharts::sections(ChartCard *card, const std::vector<ChartBar> &bars)
{
    std::vector<ChartBar> top(bars.begin(), bars.begin() + std::min<ptrdiff_t>(8, ptrdiff_t(bars.size())));
    std::reverse(top.begin(), top.end());  // horizontal bars draw bottom-up: largest on top
    card->setChart(top.empty() ? nullptr
                               : barChart(card, top, {tr("Points deducted by standard section"), tr("Points"), QColor(0xef, 0x6c, 0x00),
                                                      true, 0, 14, 1}),
                   tr("Points deducted by section: no deduction in a signed review yet"));
    card->setHint(tr("The eight sections with the most points deducted."));
}

void DashboardCharts::pareto(ChartCard *card, const std::vector<ChartBar> &all, int top)
{
    if (all.empty()) {
        card->setChart(nullptr, tr("Top problems: none found yet"));
        return;
    }
    const std::vector<ChartBar> bars(all.begin(), all.begin() + std::min<ptrdiff_t>(top, ptrdiff_t(all.size())));
    QChart *chart = barChart(card, bars, {tr("Top problems (Pareto)"), tr("Occurrences"), QColor(0x6a, 0x1b, 0x9a), false, 0, 8, 0});
    auto *line = new QLineSeries;
    line->setName(tr("Cumulative share"));
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    for (size_t i = 0; i < bars.size(); ++i) {
        line->append(double(i), bars[i].cumulative * 100);
        points->append(double(i), bars[i].cumulative * 100);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    // The line's x runs on a hidden axis over the same span as the categories: point i sits
    // over the centre of bar i.
    auto *x = new QValueAxis;
    x->setRange(-0.5, double(bars.size()) - 0.5);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignTop);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(percent, Qt::AlignRight);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(x);
        s->attachAxis(percent);
    }
    points->setColor(line->color());
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal, chart->series().first()).value(0)))
        axis->setLabelsAngle(-35);
    card->setChart(chart);
    card->setHint(tr("Most frequent problems first, with their cumulative share. Click a bar to list its cases."));
}

void DashboardCharts::trend(ChartCard *card, const std::vector<RectificationTrendPoint> &points)
{
    if (points.empty()) {
        card->setChart(nullptr, tr("Rectification progress: no rectification items yet"));
        card->setHint({});
        return;
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Rectification progress and overdue items over time"));
    QStringList dates;
    auto *open = new QLineSeries;
    open->setName(tr("Open"));
    auto *closed = new QLineSeries;
    closed->setName(tr("Closed"));
    auto *overdue = new QLineSeries;
    overdue->setName(tr("Overdue"));
    overdue->setColor(QColor(0xc6, 0x28, 0x28));
    overdue->setPointsVisible(true);
    int max = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        dates << points[i].date.toString(QStringLiteral("MM-dd"));
        open->append(double(i), points[i].open);
        closed->append(double(i), points[i].closed);
        overdue->append(double(i), points[i].overdue);
        max = std::max({max, points[i].open, points[i].closed, points[i].overdue});
    }
    auto *x = new QBarCategoryAxis;
    x->append(dates);
    auto *y = new QValueAxis;
    setCountRange(y, max, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {open, closed, overdue}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        QObject::connect(s, &QLineSeries::clicked, card, [card, points](const QPointF &p) {
            const int i = std::clamp(int(std::lround(p.x())), 0, int(points.size()) - 1);
            emit card->casesRequested(points[size_t(i)].overdueCaseIds,
                                      tr("Overdue on %1").arg(QLocale().toString(points[size_t(i)].date, QLocale::ShortFormat)));
        });
    }
    card->setChart(chart);
    card->setHint(tr("Weekly. Click a point to list the cases with items overdue that day."));
}
