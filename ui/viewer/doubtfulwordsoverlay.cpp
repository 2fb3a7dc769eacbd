// SPDX-License-Identifier: GPL-3.0-or-later
#include "doubtfulwordsoverlay.h"

#include "documentview.h"

#include <QAction>
#include <QEvent>
#include <QPainter>

DoubtfulWordsOverlay::DoubtfulWordsOverlay(DocumentView *view)
    : QWidget(view->viewport()), m_view(view), m_toggle(new QAction(tr("Mark &Doubtful OCR Words"), this))
{
    setObjectName(QStringLiteral("DoubtfulWordsOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolTip(tr("Tint and underline the words on scanned pages that OCR read with low confidence"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) { setVisible(on); });
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    show();
}

void DoubtfulWordsOverlay::setWords(std::map<int, std::vector<QRectF>> words)
{
    m_words = std::move(words);
    update();
}

int DoubtfulWordsOverlay::wordCount() const
{
    int n = 0;
    for (const auto &[page, rects] : m_words)
        n += int(rects.size());
    return n;
}

std::vector<QRectF> DoubtfulWordsOverlay::visibleMarks() const
{
    std::vector<QRectF> out;
    const QRectF area = rect();
    for (const auto &[page, rects] : m_words)
        for (const QRectF &r : rects) {
            const QRectF v = QRectF(m_view->mapFromPage(page, r.topLeft()), m_view->mapFromPage(page, r.bottomRight()))
                                 .normalized();
            if (v.intersects(area))
                out.push_back(v);
        }
    return out;
}

bool DoubtfulWordsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    // Follow the viewport's size, and repaint with it (scrolling, zooming, new renders).
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(static_cast<QWidget *>(watched)->rect());
        else if (event->type() == QEvent::Paint)
            update();
    }
    return false;
}

void DoubtfulWordsOverlay::paintEvent(QPaintEvent *)
{
    if (m_words.empty())
        return;
    QPainter p(this);
    const QColor tint(255, 170, 0, 45);
    QPen dotted(QColor(220, 120, 0), 1.5, Qt::DotLine);
    for (const QRectF &v : visibleMarks()) {
        p.fillRect(v, tint);
        p.setPen(dotted);
        p.drawLine(QPointF(v.left(), v.bottom() + 1), QPointF(v.right(), v.bottom() + 1));
    }
}
