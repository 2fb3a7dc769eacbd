// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchartpainter.h"
#include "reporttext.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace casereview {

namespace {
using Face = ReportPageFlow::Face;

const QColor kPalette[] = {QColor(0x4E79A7), QColor(0xF28E2B), QColor(0xE15759), QColor(0x76B7B2), QColor(0x59A14F),
                           QColor(0xEDC948), QColor(0xB07AA1), QColor(0xFF9DA7), QColor(0x9C755F), QColor(0xBAB0AC)};
const QColor kAxis(110, 110, 110);
const QColor kGrid(220, 220, 220);

bool horizontal(const ChartBlock &c)
{
    if (c.kind != ChartKind::Bar)
        return false;
    return std::any_of(c.labels.begin(), c.labels.end(), [](const QString &l) { return l.size() > 6; }) || c.labels.size() > 8;
}

// Pareto bars carry their rank as label when the names do not fit under them.
bool numbered(const ChartBlock &c)
{
    return c.kind == ChartKind::Pareto && std::any_of(c.labels.begin(), c.labels.end(), [](const QString &l) { return l.size() > 6; });
}

struct Axis {
    double max = 1;
    int ticks = 1;
};

// At most five ticks, each a 1, 2 or 5 times a power of ten, so counts get whole numbers.
Axis axisFor(double v)
{
    if (v <= 0)
        return {};
    const double mag = std::pow(10, std::floor(std::log10(v / 5)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        const double step = m * mag;
        const int n = int(std::ceil(v / step - 1e-9));
        if (n <= 5)
            return {n * step, std::max(1, n)};
    }
    return {v, 1};
}

QString elided(ReportPageFlow &flow, const QString &text, Face face, double width)
{
    return QFontMetricsF(flow.font(face), flow.painter()->device()).elidedText(text, Qt::ElideRight, width);
}

void valueAxis(ReportPageFlow &flow, const QRectF &plot, const Axis &axis, bool vertical)
{
    QPainter &p = *flow.painter();
    const int ticks = axis.ticks;
    const double max = axis.max;
    for (int i = 0; i <= ticks; ++i) {
        const double v = max * i / ticks;
        const QString label = ReportText::number(v);
        p.setPen(QPen(i == 0 ? kAxis : kGrid, flow.mm(0.2)));
        if (vertical) {
            const double y = plot.bottom() - plot.height() * i / ticks;
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            flow.drawLine(label, Face::Tiny, plot.left() - flow.mm(1.5) - flow.textWidth(label, Face::Tiny),
                          y - flow.lineHeight(Face::Tiny) / 2, kAxis);
        } else {
            const double x = plot.left() + plot.width() * i / ticks;
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            flow.drawLine(label, Face::Tiny, x - flow.textWidth(label, Face::Tiny) / 2, plot.bottom() + flow.mm(0.8), kAxis);
        }
    }
}

void columns(const ChartBlock &c, ReportPageFlow &flow, const QRectF &area)
{
    QPainter &p = *flow.painter();
    const double labelH = flow.lineHeight(Face::Tiny) * 2 + flow.mm(1);
    const bool pareto = c.kind == ChartKind::Pareto;
    const QRectF plot = area.adjusted(flow.mm(12), flow.mm(5), pareto ? -flow.mm(12) : -flow.mm(2), -labelH);
    const Axis axis = axisFor(*std::max_element(c.values.begin(), c.values.end()));
    const double max = axis.max;
    valueAxis(flow, plot, axis, true);
    const int n = int(c.values.size());
    const double slot = plot.width() / n, barW = std::min(slot * 0.62, flow.mm(22));
    std::vector<QPointF> line;
    for (int i = 0; i < n; ++i) {
        const double h = plot.height() * c.values[i] / max;
        const QRectF bar(plot.left() + slot * i + (slot - barW) / 2, plot.bottom() - h, barW, h);
        p.fillRect(bar, kPalette[pareto ? 0 : i % 10]);
        const QString v = ReportText::number(c.values[i]);
        flow.drawLine(v, Face::Tiny, bar.center().x() - flow.textWidth(v, Face::Tiny) / 2, bar.top() - flow.lineHeight(Face::Tiny), Qt::black);
        const QString label = numbered(c) ? QString::number(i + 1) : c.labels.value(i);
        const QStringList lines = flow.wrap(label, Face::Tiny, slot - flow.mm(1));
        for (int l = 0; l < std::min<int>(2, lines.size()); ++l) {
            const QString text = l == 1 && lines.size() > 2 ? elided(flow, lines[1] + lines[2], Face::Tiny, slot - flow.mm(1)) : lines[l];
            flow.drawLine(text, Face::Tiny, plot.left() + slot * i + (slot - flow.textWidth(text, Face::Tiny)) / 2,
                          plot.bottom() + flow.mm(0.8) + l * flow.lineHeight(Face::Tiny), kAxis);
        }
        if (pareto && size_t(i) < c.cumulative.size())
            line.emplace_back(bar.center().x(), plot.bottom() - plot.height() * c.cumulative[i]);
    }
    if (!pareto)
        return;
    for (int i = 0; i <= 4; ++i) {  // the cumulative share axis on the right
        const QString label = QStringLiteral("%1%").arg(i * 25);
        flow.drawLine(label, Face::Tiny, plot.right() + flow.mm(1.5), plot.bottom() - plot.height() * i / 4 - flow.lineHeight(Face::Tiny) / 2, kAxis);
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kPalette[2], flow.mm(0.5)));
    for (size_t i = 1; i < line.size(); ++i)
        p.drawLine(line[i - 1], line[i]);
    p.setBrush(kPalette[2]);
    for (const QPointF &pt : line)
        p.drawEllipse(pt, flow.mm(0.8), flow.mm(0.8));
    // With many points the table beside the chart carries the shares; label only a few.
    for (size_t i = 0; i < line.size() && line.size() <= 5; ++i) {
        const QString pct = ReportText::percent(c.cumulative[i]);
        flow.drawLine(pct, Face::Tiny, line[i].x() - flow.textWidth(pct, Face::Tiny) - flow.mm(1.2),
                      line[i].y() - flow.lineHeight(Face::Tiny) - flow.mm(0.3), kPalette[2]);
    }
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, false);
}

void bars(const ChartBlock &c, ReportPageFlow &flow, const QRectF &area)
{
    QPainter &p = *flow.painter();
    const double labelW = area.width() * 0.3;
    const QRectF plot = area.adjusted(labelW, 0, -flow.mm(10), -flow.lineHeight(Face::Tiny) - flow.mm(1));
    const Axis axis = axisFor(*std::max_element(c.values.begin(), c.values.end()));
    const double max = axis.max;
    valueAxis(flow, plot, axis, false);
    const int n = int(c.values.size());
    const double slot = plot.height() / n, barH = std::min(slot * 0.64, flow.mm(6));
    for (int i = 0; i < n; ++i) {
        const double w = plot.width() * c.values[i] / max;
        const QRectF bar(plot.left(), plot.top() + slot * i + (slot - barH) / 2, w, barH);
        p.fillRect(bar, kPalette[0]);
        const double textY = bar.center().y() - flow.lineHeight(Face::Tiny) / 2;
        const QString label = elided(flow, c.labels.value(i), Face::Tiny, labelW - flow.mm(2));
        flow.drawLine(label, Face::Tiny, plot.left() - flow.mm(1.5) - flow.textWidth(label, Face::Tiny), textY, Qt::black);
        flow.drawLine(ReportText::number(c.values[i]), Face::Tiny, bar.right() + flow.mm(1), textY, Qt::black);
    }
}

void donut(const ChartBlock &c, ReportPageFlow &flow, const QRectF &area)
{
    QPainter &p = *flow.painter();
    double total = 0;
    for (double v : c.values)
        total += v;
    const double d = std::min(area.height(), area.width() * 0.45);
    const QRectF circle(area.left() + area.width() * 0.08, area.top() + (area.height() - d) / 2, d, d);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, flow.mm(0.4)));
    double start = 90 * 16;
    for (size_t i = 0; i < c.values.size() && total > 0; ++i) {
        const double span = -360.0 * 16 * c.values[i] / total;
        p.setBrush(kPalette[i % 10]);
        p.drawPie(circle, int(std::lround(start)), int(std::lround(span)));
        start += span;
    }
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    p.drawEllipse(circle.center(), d * 0.3, d * 0.3);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QString centre = QStringLiteral("%1%2").arg(ReportText::number(total), c.unit);
    flow.drawLine(centre, Face::Strong, circle.center().x() - flow.textWidth(centre, Face::Strong) / 2,
                  circle.center().y() - flow.lineHeight(Face::Strong) / 2, Qt::black);
    const double lh = flow.lineHeight(Face::Small) * 1.2;
    double y = area.top() + (area.height() - lh * c.values.size()) / 2;
    const double x = circle.right() + flow.mm(14);
    for (size_t i = 0; i < c.values.size(); ++i, y += lh) {
        p.fillRect(QRectF(x, y + lh * 0.2, flow.mm(3.5), flow.mm(3.5)), kPalette[i % 10]);
        const QString text = QStringLiteral("%1  %2%3  %4").arg(c.labels.value(int(i)), ReportText::number(c.values[i]), c.unit,
                                                               total > 0 ? ReportText::percent(c.values[i] / total) : QString());
        flow.drawLine(text, Face::Small, x + flow.mm(5.5), y, Qt::black);
    }
}
} // namespace

namespace ReportChartPainter {
double height(const ChartBlock &chart, const ReportPageFlow &flow)
{
    const double title = flow.lineHeight(Face::SmallStrong) + flow.mm(1);
    if (horizontal(chart))
        return title + flow.mm(7) * std::max<qsizetype>(1, chart.labels.size()) + flow.mm(8);
    return title + (chart.kind == ChartKind::Donut ? flow.mm(55) : flow.mm(70));
}

void paint(const ChartBlock &chart, ReportPageFlow &flow, const QRectF &rect)
{
    if (!flow.painter())
        return;
    flow.drawLine(chart.title, Face::SmallStrong, rect.center().x() - flow.textWidth(chart.title, Face::SmallStrong) / 2, rect.top(),
                  Qt::black);
    const QRectF area = rect.adjusted(0, flow.lineHeight(Face::SmallStrong) + flow.mm(1), 0, 0);
    if (chart.values.empty() || *std::max_element(chart.values.begin(), chart.values.end()) <= 0) {
        flow.drawLine(QStringLiteral("（无数据）"), Face::Small, area.center().x() - flow.textWidth(QStringLiteral("（无数据）"), Face::Small) / 2,
                      area.top() + flow.mm(4), QColor(120, 120, 120));
        return;
    }
    flow.painter()->save();
    if (chart.kind == ChartKind::Donut)
        donut(chart, flow, area);
    else if (horizontal(chart))
        bars(chart, flow, area);
    else
        columns(chart, flow, area);
    flow.painter()->restore();
}
} // namespace ReportChartPainter

} // namespace casereview
