// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pages of a report preview, one under the other at the chosen zoom. It paints only images
// it was given (rendered by Poppler on a worker, ReportService::previewPages) and asks for the
// pages that come into view at the current resolution through pagesNeeded(); until a page
// arrives it shows a blank sheet, and a page rendered for another zoom is shown scaled meanwhile.
// It keeps the images of a few pages around the view, so a long report does not fill memory.
#include <QAbstractScrollArea>
#include <QImage>
#include <QList>
#include <QTimer>
#include <map>

class PreviewPageView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit PreviewPageView(QWidget *parent = nullptr);

    // Clears the view for a document of `count` pages of `pagePoints` each.
    void setDocument(int count, const QSizeF &pagePoints);
    int pageCount() const { return m_count; }
    // A rendered page: shown at once if it is in view; kept while near the view.
    void setPage(int index, double dpi, const QImage &image);
    bool hasPage(int index, double dpi) const;

    // Pixels per point; fitWidth() follows the view's width until the zoom is set.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomBy(double factor) { setZoom(m_zoom * factor); }
    void fitWidth();
    // The page at the top of the view (0-based), and scrolling to one.
    int currentPage() const;
    void showPage(int index);
    // The dpi the pages in view need now (the zoom on this screen).
    double neededDpi() const;
    QList<int> visiblePages() const;

signals:
    // Pages in view that have no image at `dpi` yet; asked again whenever the view changes.
    void pagesNeeded(const QList<int> &pages, double dpi);
    void currentPageChanged(int index);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Page {
        double dpi = 0;
        QImage image;
    };
    QRect pageRect(int index) const; // in viewport coordinates
    QSize pageSize() const;
    void layoutChanged();
    void askSoon();
    void ask();
    void dropFarPages();

    int m_count = 0;
    QSizeF m_points;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_lastCurrent = -1;
    std::map<int, Page> m_pages;
    QTimer m_ask; // coalesces the requests of one scroll or resize into one
};
