// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <cmath>

namespace {
constexpr int kGap = 12;
constexpr double kPointToPixel = 96.0 / 72.0;  // 100 % shows a page at its printed size
} // namespace

DocumentView::DocumentView(PageRenderer *renderer, QWidget *parent)
    : QAbstractScrollArea(parent), m_renderer(renderer)
{
    m_cache.setMaxCost(384 * 1024);  // KiB of page images
    viewport()->setAutoFillBackground(false);
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Document pages"));
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(1600);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashPage = -1;
        viewport()->update();
    });
    connect(renderer, &PageRenderer::pageRendered, this, &DocumentView::onRendered);
    connect(renderer, &PageRenderer::textReady, this, [this](int page, const std::vector<TextRun> &runs) {
        m_text.insert(page, runs);
        if (page == m_selPage) {
            m_selection = {};
            updateSelection();
        }
    });
}

void DocumentView::reset()
{
    m_cache.clear();
    m_text.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_flashPage = -1;
    m_selPage = -1;
    m_selection = {};
    m_lastPage = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    emit currentPageChanged(currentPage());
}

double DocumentView::scale() const { return m_zoom * kPointToPixel; }

double DocumentView::targetDpi() const
{
    return std::round(72.0 * scale() * devicePixelRatioF() * 10.0) / 10.0;
}

QSizeF DocumentView::displaySize(int page) const
{
    const QSizeF s = m_renderer->pageSize(page);
    return m_rotation % 180 ? s.transposed() : s;
}

void DocumentView::relayout()
{
    const int n = m_renderer->pageCount();
    if (n > 0 && m_fit != FitMode::None) {
        const QSizeF s = displaySize(std::max(0, currentPage()));
        const double availW = std::max(50, viewport()->width() - 2 * kGap);
        const double availH = std::max(50, viewport()->height() - 2 * kGap);
        double z = availW / (s.width() * kPointToPixel);
        if (m_fit == FitMode::Page)
            z = std::min(z, availH / (s.height() * kPointToPixel));
        z = std::clamp(z, 0.1, 8.0);
        if (std::abs(z - m_zoom) > 1e-4) {
            m_zoom = z;
            emit zoomChanged(m_zoom);
        }
    }
    m_tops.assign(size_t(n), 0);
    int y = kGap;
    m_width = 0;
    for (int i = 0; i < n; ++i) {
        m_tops[size_t(i)] = y;
        const QSizeF s = displaySize(i) * scale();
        y += int(std::ceil(s.height())) + kGap;
        m_width = std::max(m_width, int(std::ceil(s.width())) + 2 * kGap);
    }
    verticalScrollBar()->setRange(0, std::max(0, y - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, m_width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QRect DocumentView::pageRect(int page) const
{
    const QSizeF s = displaySize(page) * scale();
    const int contentW = std::max(m_width, viewport()->width());
    const int x = (contentW - int(std::ceil(s.width()))) / 2 - horizontalScrollBar()->value();
    return QRect(x, m_tops[size_t(page)] - verticalScrollBar()->value(), int(std::ceil(s.width())),
                 int(std::ceil(s.height())));
}

QTransform DocumentView::pageTransform(int page) const
{
    const QSizeF s = m_renderer->pageSize(page);
    QTransform rot;
    switch (m_rotation) {
    case 90: rot = QTransform(0, 1, -1, 0, s.height(), 0); break;
    case 180: rot = QTransform(-1, 0, 0, -1, s.width(), s.height()); break;
    case 270: rot = QTransform(0, -1, 1, 0, 0, s.width()); break;
    default: break;
    }
    const QRect r = pageRect(page);
    return rot * QTransform::fromScale(scale(), scale()) * QTransform::fromTranslate(r.left(), r.top());
}

int DocumentView::pageAt(int y) const
{
    if (m_tops.empty())
        return -1;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), y);
    return std::max(0, int(it - m_tops.begin()) - 1);
}

int DocumentView::currentPage() const
{
    if (m_tops.empty())
        return -1;
    return pageAt(verticalScrollBar()->value() + viewport()->height() / 3);
}

void DocumentView::goToPage(int page, std::optional<QRectF> region)
{
    if (page < 0 || page >= int(m_tops.size()))
        return;
    int y = m_tops[size_t(page)] - kGap;
    if (region) {
        const QRectF r = pageTransform(page).mapRect(*region);
        y = int(r.top()) + verticalScrollBar()->value() - viewport()->height() / 3;
        y = std::max(y, m_tops[size_t(page)] - kGap);
        const int x = int(r.center().x()) + horizontalScrollBar()->value() - viewport()->width() / 2;
        horizontalScrollBar()->setValue(x);
        flash(page, *region);
    }
    verticalScrollBar()->setValue(y);
    viewport()->update();
}

void DocumentView::setZoom(double zoom)
{
    const int page = std::max(0, currentPage());
    m_fit = FitMode::None;
    m_zoom = std::clamp(zoom, 0.1, 8.0);
    relayout();
    goToPage(page);
    emit zoomChanged(m_zoom);
}

void DocumentView::setFitMode(FitMode mode)
{
    const int page = std::max(0, currentPage());
    m_fit = mode;
    relayout();
    goToPage(page);
}

void DocumentView::rotate(int degrees)
{
    const int page = std::max(0, currentPage());
    m_rotation = ((m_rotation + degrees) % 360 + 360) % 360;
    relayout();
    goToPage(page);
}

void DocumentView::setHits(std::vector<FindHit> hits, int current)
{
    m_hits = std::move(hits);
    m_currentHit = current;
    if (current >= 0 && current < int(m_hits.size())) {
        const FindHit &h = m_hits[size_t(current)];
        const QRect r = pageTransform(h.page).mapRect(h.rect).toAlignedRect();
        if (!viewport()->rect().contains(r))
            verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - viewport()->height() / 3);
    }
    viewport()->update();
}

void DocumentView::flash(int page, const QRectF &region)
{
    m_flashPage = page;
    m_flashRect = region;
    m_flashTimer.start();
    viewport()->update();
}

bool DocumentView::hasSharpImage(int page) const
{
    const Rendered *c = m_cache.object(page);
    return c && std::abs(c->dpi - targetDpi()) < 0.05;
}

void DocumentView::onRendered(int page, double dpi, PageRenderer::Purpose purpose, const QImage &image)
{
    if (purpose != PageRenderer::Purpose::View || image.isNull())
        return;
    const Rendered *old = m_cache.object(page);
    // Keep the sharper of two images only while it is the one wanted.
    if (old && std::abs(old->dpi - targetDpi()) < 0.05 && std::abs(dpi - targetDpi()) >= 0.05)
        return;
    m_cache.insert(page, new Rendered{image, dpi}, int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    if (pageRect(page).intersects(viewport()->rect()))
        viewport()->update();
}

void DocumentView::requestVisible()
{
    const int n = int(m_tops.size());
    if (!n)
        return;
    const double dpi = targetDpi();
    const int first = pageAt(verticalScrollBar()->value());
    int last = first;
    for (int i = first; i < n && pageRect(i).top() < viewport()->height(); ++i) {
        last = i;
        if (!hasSharpImage(i))
            m_renderer->requestPage(i, dpi, PageRenderer::Purpose::View, true);
    }
    for (int i : {last + 1, last + 2, first - 1, last + 3})
        if (i >= 0 && i < n && !hasSharpImage(i))
            m_renderer->requestPage(i, dpi, PageRenderer::Purpose::View, false);
}

void DocumentView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), QColor(0x52, 0x56, 0x59));
    const int n = int(m_tops.size());
    if (!n)
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int i = pageAt(verticalScrollBar()->value()); i < n; ++i) {
        const QRect r = pageRect(i);
        if (r.top() > viewport()->height())
            break;
        p.fillRect(r.translated(2, 2), QColor(0, 0, 0, 90));
        p.fillRect(r, Qt::white);
        const QTransform t = pageTransform(i);
        if (const Rendered *c = m_cache.object(i)) {
            p.setTransform(t);
            p.drawImage(QRectF(QPointF(0, 0), m_renderer->pageSize(i)), c->image);
            p.resetTransform();
        } else {
            p.setPen(Qt::gray);
            p.drawText(r, Qt::AlignCenter, tr("Page %1").arg(i + 1));
        }
        for (size_t h = 0; h < m_hits.size(); ++h) {
            if (m_hits[h].page != i)
                continue;
            const bool current = int(h) == m_currentHit;
            p.fillRect(t.mapRect(m_hits[h].rect), current ? QColor(255, 140, 0, 120) : QColor(255, 230, 0, 110));
        }
        if (i == m_selPage) {
            if (m_selection.isEmpty())  // no text (yet): the dragged region
                p.fillRect(t.mapRect(QRectF(m_selStart, m_selEnd).normalized()), QColor(40, 110, 220, 60));
            for (const QRectF &line : m_selection.lineRects())
                p.fillRect(t.mapRect(line), QColor(40, 110, 220, 90));
        }
        if (i == m_flashPage) {
            p.setPen(QPen(QColor(220, 30, 30), 3));
            p.drawRect(t.mapRect(m_flashRect).adjusted(-3, -3, 3, 3));
        }
    }
    requestVisible();
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    // Keep the page at the top edge at the top: the "current" page a third down the view
    // would jump to the next page when a fit mode grows the pages (e.g. the first show).
    const int page = m_tops.empty() ? -1 : pageAt(verticalScrollBar()->value() + kGap);
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    if (m_fit != FitMode::None && page >= 0)
        goToPage(page);
    scrollContentsBy(0, 0);  // the page a third down may differ after the relayout
}

void DocumentView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        emit currentPageChanged(page);
    }
}

QPointF DocumentView::mapFromPage(int page, const QPointF &point) const { return pageTransform(page).map(point); }

QRectF DocumentView::selectionRect() const
{
    return m_selection.hasSelection() ? m_selection.boundingRect() : QRectF(m_selStart, m_selEnd).normalized();
}

void DocumentView::clearSelection()
{
    m_selPage = -1;
    m_selection = {};
    viewport()->update();
    emit selectionChanged();
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_tops.empty())
        return QAbstractScrollArea::mousePressEvent(event);
    const int page = pageAt(int(event->position().y()) + verticalScrollBar()->value());
    m_selPage = page;
    m_selStart = m_selEnd = pageTransform(page).inverted().map(event->position());
    m_selecting = true;
    m_selection = {};
    m_renderer->requestText(page);
    updateSelection();
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_selEnd = pageTransform(m_selPage).inverted().map(event->position());
    updateSelection();
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    m_selEnd = pageTransform(m_selPage).inverted().map(event->position());
    updateSelection();
}

void DocumentView::updateSelection()
{
    if (m_selPage >= 0 && m_selection.isEmpty() && m_text.contains(m_selPage))
        m_selection = TextSelection(m_text.value(m_selPage));
    m_selection.select(m_selStart, m_selEnd);
    const QRectF dragged = QRectF(m_selStart, m_selEnd).normalized();
    if (!m_selecting && !m_selection.hasSelection() && (!m_selection.isEmpty() || (dragged.width() < 2 && dragged.height() < 2)))
        m_selPage = -1;
    viewport()->update();
    emit selectionChanged();
}

QString DocumentView::selectedText() const { return m_selPage < 0 ? QString() : m_selection.text(); }

void DocumentView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copySelection();
    if (event->key() == Qt::Key_Home)
        return goToPage(0);
    if (event->key() == Qt::Key_End)
        return goToPage(int(m_tops.size()) - 1);
    if (event->key() == Qt::Key_Escape && m_selPage >= 0)
        return clearSelection();
    QAbstractScrollArea::keyPressEvent(event);
}

void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}
