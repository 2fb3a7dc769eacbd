// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentviewer.h"

#include "actionregistry.h"
#include "documentview.h"
#include "doubtfulwordsoverlay.h"
#include "findbar.h"
#include "outlinepanel.h"
#include "thumbnailpanel.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace casereview;

DocumentViewer::~DocumentViewer()
{
    if (m_zoom && m_zoom->lineEdit())
        disconnect(m_zoom->lineEdit(), nullptr, this, nullptr);
}

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent), m_renderer(new PageRenderer(this)), m_view(new DocumentView(m_renderer, this)),
      m_findBar(new FindBar(this)), m_thumbs(new ThumbnailPanel(m_renderer)), m_outline(new OutlinePanel),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_page(new QSpinBox(this)),
      m_pageTotal(new QLabel(this)), m_zoom(new QComboBox(this))
{
    m_doubtful = new DoubtfulWordsOverlay(m_view);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_findBar->hide();

    m_page->setAccessibleName(tr("Page number"));
    m_page->setKeyboardTracking(false);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int v) { m_view->goToPage(v - 1); });
    m_zoom->setEditable(true);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setInsertPolicy(QComboBox::NoInsert);
    for (int z : {50, 75, 100, 125, 150, 200, 300, 400})
        m_zoom->addItem(QStringLiteral("%1 %").arg(z), z / 100.0);
    m_zoom->setMinimumContentsLength(6);
    connect(m_zoom, &QComboBox::activated, this, [this](int i) { m_view->setZoom(m_zoom->itemData(i).toDouble()); });
    connect(m_zoom->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const double v = m_zoom->currentText().remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        if (ok && v > 0)
            m_view->setZoom(v / 100.0);
    });

    connect(m_renderer, &PageRenderer::opened, this, &DocumentViewer::onOpened);
    connect(m_renderer, &PageRenderer::openFailed, this, [this] { clear(tr("This file cannot be displayed: the PDF could not be read.")); });
    connect(m_view, &DocumentView::currentPageChanged, this, &DocumentViewer::onCurrentPage);
    connect(m_view, &DocumentView::zoomChanged, this, [this](double z) {
        m_zoom->setEditText(QStringLiteral("%1 %").arg(qRound(z * 100)));
        emit zoomChanged(z);
    });
    connect(m_thumbs, &ThumbnailPanel::pageActivated, this, [this](int p) { m_view->goToPage(p); });
    connect(m_outline, &OutlinePanel::pageActivated, this, [this](int p) { m_view->goToPage(p); });
    connect(m_findBar, &FindBar::queryChanged, this, &DocumentViewer::find);
    connect(m_findBar, &FindBar::next, this, [this] { findNext(1); });
    connect(m_findBar, &FindBar::previous, this, [this] { findNext(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_hits.clear();
        m_view->setHits({}, -1);
        m_view->setFocus();
    });
    connect(m_renderer, &PageRenderer::findFinished, this, [this](const QString &query, const std::vector<FindHit> &hits) {
        if (query != m_query)
            return;
        m_hits = hits;
        m_currentHit = -1;
        // Start from the first hit at or after the page being read.
        for (size_t i = 0; i < m_hits.size() && m_currentHit < 0; ++i)
            if (m_hits[i].page >= m_view->currentPage())
                m_currentHit = int(i);
        if (m_currentHit < 0 && !m_hits.empty())
            m_currentHit = 0;
        m_view->setHits(m_hits, m_currentHit);
        m_findBar->setStatus(m_currentHit, int(m_hits.size()), false);
        emit findFinished(int(m_hits.size()));
    });

    connect(m_renderer, &PageRenderer::textReady, this, [this](int page, const std::vector<TextRun> &runs) {
        if (!m_pendingSnippet || m_pendingSnippet->first != page)
            return;
        // Long snippets rarely match word boxes exactly; their first line is enough to place them.
        const QString needle = m_pendingSnippet->second.section(QLatin1Char('\n'), 0, 0).simplified().left(24);
        m_pendingSnippet.reset();
        const auto rects = PageRenderer::match(runs, needle);
        if (!rects.empty())
            m_view->goToPage(page, rects.front());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("viewerToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Page "), this));
    bar->addWidget(m_page);
    bar->addWidget(m_pageTotal);
    bar->addSeparator();
    bar->addWidget(m_zoom);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setTabOrder(m_page, m_zoom);
    setTabOrder(m_zoom, m_view);
    clear();
}

void DocumentViewer::registerActions(ActionRegistry &registry)
{
    using M = ActionRegistry::Menu;
    auto add = [&](const QString &id, const QString &text, const QKeySequence &key, auto slot, bool toolbar = false) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        registry.add(id, M::Document, a, toolbar);
        m_documentActions << a;
        return a;
    };
    add(QStringLiteral("viewer.find"), tr("&Find…"), QKeySequence::Find, [this] { m_findBar->activate(); }, true);
    add(QStringLiteral("viewer.findNext"), tr("Find &Next"), QKeySequence::FindNext, [this] { findNext(1); });
    add(QStringLiteral("viewer.findPrevious"), tr("Find &Previous"), QKeySequence::FindPrevious, [this] { findNext(-1); });
    registry.addSeparator(M::Document, true);
    add(QStringLiteral("viewer.zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    add(QStringLiteral("viewer.zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    add(QStringLiteral("viewer.actualSize"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->setZoom(1.0); });
    add(QStringLiteral("viewer.fitWidth"), tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_view->setFitMode(DocumentView::FitMode::Width); }, true);
    add(QStringLiteral("viewer.fitPage"), tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_view->setFitMode(DocumentView::FitMode::Page); }, true);
    add(QStringLiteral("viewer.rotateLeft"), tr("Rotate &Left"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_view->rotate(-90); });
    add(QStringLiteral("viewer.rotateRight"), tr("Rotate &Right"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_view->rotate(90); }, true);
    registry.addSeparator(M::Document);
    add(QStringLiteral("viewer.goToPage"), tr("&Go to Page…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToPageDialog(); });
    add(QStringLiteral("viewer.copy"), tr("&Copy Selected Text"), QKeySequence(), [this] { m_view->copySelection(); });
    registry.add(QStringLiteral("viewer.doubtfulWords"), M::Document, m_doubtful->toggleAction());
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(false);
}

void DocumentViewer::setDocument(const QByteArray &pdf, const std::vector<CaseDocument> &documents,
                                 std::map<int, std::vector<TextRun>> ocrRuns)
{
    m_documents = documents;
    m_hits.clear();
    m_currentHit = -1;
    m_empty->setText(tr("Opening the file…"));
    m_stack->setCurrentWidget(m_empty);
    m_renderer->open(pdf, std::move(ocrRuns));
}

void DocumentViewer::setDoubtfulWords(std::map<int, std::vector<QRectF>> words)
{
    m_doubtful->setWords(std::move(words));
}

void DocumentViewer::clear(const QString &message)
{
    m_doubtful->setWords({});
    m_renderer->close();
    m_view->reset();
    m_thumbs->rebuild();
    m_outline->clear();
    m_hits.clear();
    m_empty->setText(message.isEmpty() ? tr("No case is open.\n\nChoose a case in the case list (double-click or Enter) to read its file here.")
                                       : message);
    m_stack->setCurrentWidget(m_empty);
    m_page->setEnabled(false);
    m_pageTotal->clear();
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(false);
}

void DocumentViewer::onOpened(int pages)
{
    m_view->reset();
    m_thumbs->rebuild();
    m_outline->setDocuments(m_documents, pages);
    m_stack->setCurrentWidget(m_view);
    {
        const QSignalBlocker block(m_page);
        m_page->setRange(1, pages);
        m_page->setValue(1);
    }
    m_page->setEnabled(true);
    m_pageTotal->setText(tr(" of %1").arg(pages));
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(true);
    if (m_pendingJump) {
        m_view->goToPage(m_pendingJump->first, m_pendingJump->second.isEmpty() ? std::nullopt : std::optional(m_pendingJump->second));
        m_pendingJump.reset();
    }
    if (m_pendingSnippet)
        m_renderer->requestText(m_pendingSnippet->first);
    if (!m_query.isEmpty() && m_findBar->isVisible())
        find(m_query);
    onCurrentPage(m_view->currentPage());  // reset() reported it before the page range was set
    emit documentReady(pages);
}

bool DocumentViewer::hasDocument() const { return m_renderer->isOpen(); }
int DocumentViewer::pageCount() const { return m_renderer->pageCount(); }
int DocumentViewer::currentPage() const { return m_view->currentPage(); }
void DocumentViewer::setZoom(double zoom) { m_view->setZoom(zoom); }

void DocumentViewer::goToPage(int page, std::optional<QRectF> region)
{
    if (!hasDocument()) {
        m_pendingJump = {page, region.value_or(QRectF())};
        return;
    }
    if (region && region->isEmpty())
        region.reset();
    m_view->goToPage(page, region);
}

void DocumentViewer::showSnippet(int page, const QString &snippet)
{
    goToPage(page);
    if (snippet.trimmed().isEmpty())
        return;
    m_pendingSnippet = {page, snippet};
    if (hasDocument())
        m_renderer->requestText(page);
}

void DocumentViewer::onCurrentPage(int page)
{
    if (page < 0)
        return;
    {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    }
    m_thumbs->setCurrentPage(page);
    m_outline->setCurrentPage(page);
    emit currentPageChanged(page);
}

void DocumentViewer::find(const QString &query)
{
    m_query = query.trimmed();
    if (m_findBar->edit()->text().trimmed() != m_query) {
        const QSignalBlocker block(m_findBar->edit());
        m_findBar->edit()->setText(m_query);
        m_findBar->show();
    }
    m_hits.clear();
    m_view->setHits({}, -1);
    if (m_query.isEmpty()) {
        m_findBar->setStatus(-1, 0, false);
        return;
    }
    m_findBar->setStatus(-1, 0, true);
    m_renderer->find(m_query);
}

void DocumentViewer::findNext(int step)
{
    if (m_hits.empty())
        return;
    const int n = int(m_hits.size());
    m_currentHit = ((m_currentHit + step) % n + n) % n;
    m_view->setHits(m_hits, m_currentHit);
    m_findBar->setStatus(m_currentHit, n, false);
}

void DocumentViewer::goToPageDialog()
{
    bool ok = false;
    const int page = QInputDialog::getInt(this, tr("Go to Page"), tr("Page (1–%1):").arg(pageCount()),
                                          currentPage() + 1, 1, std::max(1, pageCount()), 1, &ok);
    if (ok)
        m_view->goToPage(page - 1);
}
