// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailpanel.h"

#include <QPainter>
#include <QSignalBlocker>

namespace {
constexpr int kThumbWidth = 110;
constexpr double kThumbDpi = 18;
} // namespace

ThumbnailPanel::ThumbnailPanel(PageRenderer *renderer, QWidget *parent) : QListWidget(parent), m_renderer(renderer)
{
    setViewMode(QListView::ListMode);
    setIconSize(QSize(kThumbWidth, int(kThumbWidth * 1.42)));
    setUniformItemSizes(true);
    setSpacing(4);
    setAccessibleName(tr("Page thumbnails"));
    setMinimumWidth(kThumbWidth + 40);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageActivated(row);
    });
    connect(renderer, &PageRenderer::pageRendered, this,
            [this](int page, double, PageRenderer::Purpose purpose, const QImage &image) {
                if (purpose != PageRenderer::Purpose::Thumbnail || page >= count() || image.isNull())
                    return;
                QPixmap pm(iconSize());
                pm.fill(Qt::transparent);
                QPainter p(&pm);
                const QImage scaled = image.scaled(iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                const QRect r(QPoint((pm.width() - scaled.width()) / 2, 0), scaled.size());
                p.drawImage(r, scaled);
                p.setPen(QColor(0x90, 0x90, 0x90));
                p.drawRect(r.adjusted(0, 0, -1, -1));
                p.end();
                item(page)->setIcon(QIcon(pm));
            });
}

void ThumbnailPanel::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    m_requested.clear();
    QPixmap blank(iconSize());
    blank.fill(Qt::transparent);
    {
        QPainter p(&blank);
        p.fillRect(QRect(10, 0, iconSize().width() - 20, iconSize().height()), Qt::white);
    }
    const QIcon placeholder(blank);
    for (int i = 0; i < m_renderer->pageCount(); ++i) {
        auto *it = new QListWidgetItem(placeholder, QString::number(i + 1), this);
        it->setTextAlignment(Qt::AlignCenter);
        it->setData(Qt::AccessibleTextRole, tr("Page %1").arg(i + 1));
    }
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
}

void ThumbnailPanel::setCurrentPage(int page)
{
    if (page < 0 || page >= count() || page == currentRow())
        return;
    const QSignalBlocker block(this);
    setCurrentRow(page);
    scrollToItem(item(page));
}

void ThumbnailPanel::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    requestVisible();
}

void ThumbnailPanel::requestVisible()
{
    const QModelIndex first = indexAt(QPoint(5, 5));
    if (!first.isValid())
        return;
    for (int row = first.row(); row < count(); ++row) {
        if (visualItemRect(item(row)).top() > viewport()->height() + 200)
            break;
        if (!m_requested.contains(row)) {
            m_requested.insert(row);
            m_renderer->requestPage(row, kThumbDpi * devicePixelRatioF(), PageRenderer::Purpose::Thumbnail, false);
        }
    }
}
