// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The viewer panel: page view, its toolbar (page, zoom, fit, rotate), the find bar, and the
// thumbnails and outline side panels it feeds. Owns its renderer and its actions.
#include "domain/casedocument.h"
#include "pagerenderer.h"

#include <QWidget>
#include <optional>

class ActionRegistry;
class DocumentView;
class DoubtfulWordsOverlay;
class FindBar;
class OutlinePanel;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class ThumbnailPanel;

class DocumentViewer : public QWidget {
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    // Cuts the zoom field's connections first: hiding the window while it is destroyed takes the
    // focus off that field, whose editingFinished would otherwise reach a half-destroyed viewer.
    ~DocumentViewer() override;

    void registerActions(ActionRegistry &registry);
    void setDocument(const QByteArray &pdf, const std::vector<casereview::CaseDocument> &documents,
                     std::map<int, std::vector<TextRun>> ocrRuns = {});
    void clear(const QString &message = {});
    // OCR words read with low confidence, marked on their pages: 0-based page → boxes in points.
    void setDoubtfulWords(std::map<int, std::vector<QRectF>> words);
    DoubtfulWordsOverlay *doubtfulWords() const { return m_doubtful; }
    bool hasDocument() const;
    int pageCount() const;
    int currentPage() const;  // 0-based
    void goToPage(int page, std::optional<QRectF> region = std::nullopt);
    void find(const QString &query);
    // Shows the page (0-based) with the first occurrence of `snippet` on it flashed.
    void showSnippet(int page, const QString &snippet);
    void findNext(int step);
    int hitCount() const { return int(m_hits.size()); }
    void setZoom(double zoom);

    DocumentView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    ThumbnailPanel *thumbnails() const { return m_thumbs; }
    OutlinePanel *outline() const { return m_outline; }
    PageRenderer *renderer() const { return m_renderer; }

signals:
    void documentReady(int pageCount);
    void currentPageChanged(int page);
    void findFinished(int hits);
    void zoomChanged(double zoom);

private:
    void goToPageDialog();
    void onCurrentPage(int page);
    void onOpened(int pages);

    PageRenderer *m_renderer;
    DocumentView *m_view;
    DoubtfulWordsOverlay *m_doubtful = nullptr;
    FindBar *m_findBar;
    ThumbnailPanel *m_thumbs;
    OutlinePanel *m_outline;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QSpinBox *m_page;
    QLabel *m_pageTotal;
    QComboBox *m_zoom;
    std::vector<casereview::CaseDocument> m_documents;
    std::vector<FindHit> m_hits;
    int m_currentHit = -1;
    QString m_query;
    std::optional<std::pair<int, QRectF>> m_pendingJump;
    std::optional<std::pair<int, QString>> m_pendingSnippet;
    QList<QAction *> m_documentActions;
};
