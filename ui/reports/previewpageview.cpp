// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpageview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace {
constexpr int kGap = 14; // between pages and around them, in pixels
constexpr int kKeepAround = 4; // pages kept beyond those in view
constexpr double kMinZoom = 0.2;
constexpr double kMaxZoom = 4.0;
} // namespace

PreviewPageView::PreviewPageView(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(40);
    m_ask.setSingleShot(true);
    m_ask.setInterval(0);
    connect(&m_ask, &QTimer::timeout, this, &PreviewPageView::ask);
}

void PreviewPageView::setDocument(int count, const QSizeF &pagePoints)
{
    m_count = std::max(0, count);
    m_points = pagePoints.isEmpty() ? QSizeF(595.28, 841.89) : pagePoints;
    m_pages.clear();
    m_lastCurrent = -1;
    if (m_fitWidth)
        fitWidth();
    else
        layoutChanged();
}

void PreviewPageView::setPage(int index, double dpi, const QImage &image)
{
    if (index < 0 || index >= m_count)
        return;
    m_pages[index] = Page{dpi, image};
    dropFarPages();
    viewport()->update(pageRect(index));
}

bool PreviewPageView::hasPage(int index, double dpi) const
{
    auto it = m_pages.find(index);
    return it != m_pages.end() && std::abs(it->second.dpi - dpi) < 0.5;
}

void PreviewPageView::setZoom(double zoom)
{
    m_fitWidth = false;
    const double z = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(z - m_zoom) < 1e-6)
        return;
    const int current = currentPage();
    m_zoom = z;
    layoutChanged();
    showPage(current);
    emit zoomChanged(m_zoom);
}

void PreviewPageView::fitWidth()
{
    const int current = currentPage();
    const int width = viewport()->width() - 2 * kGap - 2;
    m_zoom = std::clamp(width / m_points.width(), kMinZoom, kMaxZoom);
    m_fitWidth = true;
    layoutChanged();
    if (current > 0)
        showPage(current);
    emit zoomChanged(m_zoom);
}

QSize PreviewPageView::pageSize() const
{
    return QSize(int(std::lround(m_points.width() * m_zoom)), int(std::lround(m_points.height() * m_zoom)));
}

QRect PreviewPageView::pageRect(int index) const
{
    const QSize size = pageSize();
    const int contentWidth = std::max(viewport()->width(), size.width() + 2 * kGap);
    const int x = (contentWidth - size.width()) / 2 - horizontalScrollBar()->value();
    const int y = kGap + index * (size.height() + kGap) - verticalScrollBar()->value();
    return QRect(QPoint(x, y), size);
}

void PreviewPageView::layoutChanged()
{
    const QSize size = pageSize();
    const int height = m_count * (size.height() + kGap) + kGap;
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, size.width() + 2 * kGap - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    viewport()->update();
    askSoon();
}

double PreviewPageView::neededDpi() const { return std::round(72.0 * m_zoom * devicePixelRatioF() * 10.0) / 10.0; }

QList<int> PreviewPageView::visiblePages() const
{
    QList<int> pages;
    if (m_count == 0)
        return pages;
    const int stride = pageSize().height() + kGap;
    const int top = verticalScrollBar()->value();
    const int first = std::clamp((top - kGap) / std::max(1, stride), 0, m_count - 1);
    const int last = std::clamp((top + viewport()->height()) / std::max(1, stride), 0, m_count - 1);
    for (int i = first; i <= last; ++i)
        if (pageRect(i).intersects(viewport()->rect()))
            pages.append(i);
    return pages;
}

int PreviewPageView::currentPage() const
{
    if (m_count == 0)
        return 0;
    const int stride = pageSize().height() + kGap;
    return std::clamp((verticalScrollBar()->value() + stride / 3) / std::max(1, stride), 0, m_count - 1);
}

void PreviewPageView::showPage(int index) { verticalScrollBar()->setValue(index * (pageSize().height() + kGap)); }

void PreviewPageView::askSoon()
{
    const int current = currentPage();
    if (current != m_lastCurrent) {
        m_lastCurrent = current;
        emit currentPageChanged(current);
    }
    m_ask.start();
}

void PreviewPageView::ask()
{
    const QList<int> visible = visiblePages();
    if (visible.isEmpty())
        return;
    const double dpi = neededDpi();
    QList<int> wanted;
    for (int i : visible)
        if (!hasPage(i, dpi))
            wanted.append(i);
    // The next page too, so paging down finds it ready.
    const int next = visible.last() + 1;
    if (next < m_count && !hasPage(next, dpi))
        wanted.append(next);
    if (!wanted.isEmpty())
        emit pagesNeeded(wanted, dpi);
}

void PreviewPageView::dropFarPages()
{
    const QList<int> visible = visiblePages();
    const int from = (visible.isEmpty() ? currentPage() : visible.first()) - kKeepAround;
    const int to = (visible.isEmpty() ? currentPage() : visible.last()) + kKeepAround;
    std::erase_if(m_pages, [&](const auto &p) { return p.first < from || p.first > to; });
}

void PreviewPageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    for (int i : visiblePages()) {
        const QRect r = pageRect(i);
        if (!r.intersects(event->rect()))
            continue;
        painter.fillRect(r.translated(2, 2), palette().shadow());
        painter.fillRect(r, Qt::white);
        auto it = m_pages.find(i);
        if (it != m_pages.end() && !it->second.image.isNull()) {
            // Exact at the needed dpi; another zoom's image is stretched (fast, unsmoothed)
            // until the new one comes.
            painter.drawImage(r, it->second.image);
        } else {
            painter.setPen(Qt::gray);
            painter.drawText(r, Qt::AlignCenter, tr("Page %1").arg(i + 1));
        }
    }
}

void PreviewPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth)
        fitWidth();
    else
        layoutChanged();
}

void PreviewPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    askSoon();
}
