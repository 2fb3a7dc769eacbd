// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page cursor of ReportRenderer: page geometry in device pixels, fonts, wrapped text lines,
// page breaks with header (bureau, title, status mark) and footer (fingerprint, 第 N 页 共 M 页).
// Runs twice: once without a painter to count pages, once drawing; both take the same breaks.
#include <QFont>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QStringList>

namespace casereview {

struct PageDecoration {
    QString bureau;
    QString title;
    QString statusMark;
    QString fingerprint;  // short form
    QString printedOn;
    int totalPages = 0;   // 0 while counting
};

class ReportPageFlow {
public:
    enum class Face { Body, Strong, Small, SmallStrong, Heading1, Heading2, Title, Tiny };

    ReportPageFlow(QPaintDevice &device, QPainter *painter, const QString &family, const PageDecoration &decoration);

    QPainter *painter() const { return m_painter; }
    double mm(double v) const { return v * m_dpi / 25.4; }
    QFont font(Face face) const;
    double lineHeight(Face face) const;
    double ascent(Face face) const;
    double textWidth(const QString &text, Face face) const;
    // Lines of `text` (which may hold '\n') in `width`; the first line is `firstIndent` narrower.
    QStringList wrap(const QString &text, Face face, double width, double firstIndent = 0) const;

    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double bodyHeight() const { return m_body.height(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    int page() const { return m_page; }

    // A new page when `height` does not fit below the cursor (and the cursor is not at the top).
    bool ensure(double height);
    void newPage();
    void begin();   // the first page's decoration
    void finishPage();  // the status watermark over the page; newPage() calls it, call it after the last page
    void drawLine(const QString &text, Face face, double x, double y, QColor color = Qt::black);

private:
    void decorate();

    QPaintDevice &m_device;
    QPainter *m_painter;
    QString m_family;
    PageDecoration m_deco;
    double m_dpi;
    QRectF m_area;  // whole paintable area
    QRectF m_body;
    double m_y = 0;
    int m_page = 0;
};

} // namespace casereview
