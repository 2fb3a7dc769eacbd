// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Continuous-scroll page view: lays the pages out top to bottom, draws what the renderer has
// delivered (scaled stand-ins while a sharper render is on its way), prefetches neighbours,
// paints find hits and flashes, and selects text character by character between the press
// and release points (a page without text gets the dragged rectangle as a region).
#include "pagerenderer.h"
#include "textselection.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QTimer>
#include <optional>

class DocumentView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class FitMode { None, Width, Page };

    explicit DocumentView(PageRenderer *renderer, QWidget *parent = nullptr);

    void reset();  // the renderer opened a new document (or none)
    int currentPage() const;  // 0-based
    void goToPage(int page, std::optional<QRectF> region = std::nullopt);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    FitMode fitMode() const { return m_fit; }
    void setFitMode(FitMode mode);
    int rotation() const { return m_rotation; }
    void rotate(int degrees);
    void setHits(std::vector<FindHit> hits, int current);
    void flash(int page, const QRectF &region);

    QString selectedText() const;
    int selectionPage() const { return m_selPage; }
    QRectF selectionRect() const;  // points on selectionPage(): the selected characters' bounds
    const TextSelection &textSelection() const { return m_selection; }
    void clearSelection();
    void copySelection() const;

    // A point in page coordinates (points) as viewport pixels, for the current layout.
    QPointF mapFromPage(int page, const QPointF &point) const;
    // Tests and benchmarks: whether the page has a sharp image at the current scale.
    bool hasSharpImage(int page) const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Rendered {
        QImage image;
        double dpi = 0;
    };
    double scale() const;  // logical pixels per point
    double targetDpi() const;
    QSizeF displaySize(int page) const;  // points, after the user's rotation
    void relayout();
    QRect pageRect(int page) const;  // viewport coordinates
    QTransform pageTransform(int page) const;  // points -> viewport
    int pageAt(int y) const;  // document y -> page
    void requestVisible();
    void onRendered(int page, double dpi, PageRenderer::Purpose purpose, const QImage &image);
    void updateSelection();

    PageRenderer *m_renderer;
    QCache<int, Rendered> m_cache;
    QHash<int, std::vector<TextRun>> m_text;
    std::vector<int> m_tops;  // document y of each page
    int m_width = 0;
    double m_zoom = 1.0;
    FitMode m_fit = FitMode::Width;
    int m_rotation = 0;
    int m_lastPage = -1;
    std::vector<FindHit> m_hits;
    int m_currentHit = -1;
    int m_flashPage = -1;
    QRectF m_flashRect;
    QTimer m_flashTimer;
    int m_selPage = -1;
    QPointF m_selStart, m_selEnd;  // points
    TextSelection m_selection;     // of m_selPage, once its text has arrived
    bool m_selecting = false;
};
