// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextLayout>
#include <algorithm>

namespace casereview {

ReportPageFlow::ReportPageFlow(QPaintDevice &device, QPainter *painter, const QString &family, const PageDecoration &decoration)
    : m_device(device), m_painter(painter), m_family(family), m_deco(decoration), m_dpi(device.logicalDpiY())
{
    m_area = QRectF(0, 0, device.width(), device.height());
    m_body = m_area.adjusted(mm(18), mm(24), -mm(18), -mm(20));
    m_y = m_body.top();
}

QFont ReportPageFlow::font(Face face) const
{
    QFont f(m_family);
    f.setStyleStrategy(QFont::PreferOutline);
    switch (face) {
    case Face::Body: f.setPointSizeF(10.5); break;
    case Face::Strong: f.setPointSizeF(10.5); f.setBold(true); break;
    case Face::Small: f.setPointSizeF(9); break;
    case Face::SmallStrong: f.setPointSizeF(9); f.setBold(true); break;
    case Face::Heading1: f.setPointSizeF(14); f.setBold(true); break;
    case Face::Heading2: f.setPointSizeF(12); f.setBold(true); break;
    case Face::Title: f.setPointSizeF(20); f.setBold(true); break;
    case Face::Tiny: f.setPointSizeF(7.5); break;
    }
    return f;
}

double ReportPageFlow::lineHeight(Face face) const { return QFontMetricsF(font(face), &m_device).height() * 1.35; }
double ReportPageFlow::ascent(Face face) const
{
    const QFontMetricsF fm(font(face), &m_device);
    return fm.ascent() + fm.height() * 0.175;  // centred in the 1.35 line
}
double ReportPageFlow::textWidth(const QString &text, Face face) const
{
    return QFontMetricsF(font(face), &m_device).horizontalAdvance(text);
}

QStringList ReportPageFlow::wrap(const QString &text, Face face, double width, double firstIndent) const
{
    QStringList lines;
    bool first = true;
    for (const QString &para : text.split(u'\n')) {
        if (para.isEmpty()) {
            lines << QString();
            first = false;
            continue;
        }
        QTextLayout layout(para, font(face), &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1.0, width - (first ? firstIndent : 0)));
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
            first = false;
        }
        layout.endLayout();
    }
    return lines;
}

bool ReportPageFlow::ensure(double height)
{
    if (height <= remaining() || atTop())
        return false;
    newPage();
    return true;
}

void ReportPageFlow::begin()
{
    m_page = 1;
    m_y = m_body.top();
    decorate();
}

void ReportPageFlow::finishPage()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    if (!m_deco.statusMark.isEmpty()) {
        // Across the page, over the content (translucent), so shaded table cells cannot hide it.
        p.save();
        QFont f = font(Face::Title);
        f.setPointSizeF(90);
        p.setFont(f);
        p.setPen(QColor(230, 60, 60, 40));
        p.translate(m_area.center());
        p.rotate(-35);
        const double w = QFontMetricsF(f, &m_device).horizontalAdvance(m_deco.statusMark);
        p.drawText(QPointF(-w / 2, 0), m_deco.statusMark);
        p.restore();
    }
}

void ReportPageFlow::newPage()
{
    finishPage();
    if (m_painter)
        static_cast<QPagedPaintDevice &>(m_device).newPage();
    ++m_page;
    m_y = m_body.top();
    decorate();
}

void ReportPageFlow::drawLine(const QString &text, Face face, double x, double y, QColor color)
{
    if (!m_painter)
        return;
    m_painter->setFont(font(face));
    m_painter->setPen(color);
    m_painter->drawText(QPointF(x, y + ascent(face)), text);
}

void ReportPageFlow::decorate()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const QColor grey(90, 90, 90);
    const double headY = m_body.top() - mm(12);
    drawLine(m_deco.bureau, Face::Small, m_body.left(), headY, grey);
    QString right = m_deco.title;
    if (!m_deco.statusMark.isEmpty())
        right = QStringLiteral("【%1】").arg(m_deco.statusMark) + right;
    drawLine(right, Face::Small, m_body.right() - textWidth(right, Face::Small), headY,
             m_deco.statusMark.isEmpty() ? grey : QColor(200, 30, 30));
    p.setPen(QPen(grey, mm(0.25)));
    const double lineY = headY + lineHeight(Face::Small) + mm(1);
    p.drawLine(QPointF(m_body.left(), lineY), QPointF(m_body.right(), lineY));

    const double footY = m_body.bottom() + mm(7);
    p.drawLine(QPointF(m_body.left(), footY), QPointF(m_body.right(), footY));
    const double textY = footY + mm(1.2);
    drawLine(QStringLiteral("报告指纹 %1").arg(m_deco.fingerprint), Face::Tiny, m_body.left(), textY, grey);
    const QString pageText = m_deco.totalPages > 0 ? QStringLiteral("第 %1 页 共 %2 页").arg(m_page).arg(m_deco.totalPages)
                                                   : QStringLiteral("第 %1 页").arg(m_page);
    drawLine(pageText, Face::Small, m_body.center().x() - textWidth(pageText, Face::Small) / 2, textY, Qt::black);
    const QString printed = QStringLiteral("打印日期 %1").arg(m_deco.printedOn);
    drawLine(printed, Face::Tiny, m_body.right() - textWidth(printed, Face::Tiny), textY, grey);
}

} // namespace casereview
