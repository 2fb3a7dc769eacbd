// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The thumbnails sidebar: one small render per page, made lazily as the list scrolls.
#include "pagerenderer.h"

#include <QListWidget>

class ThumbnailPanel : public QListWidget {
    Q_OBJECT
public:
    explicit ThumbnailPanel(PageRenderer *renderer, QWidget *parent = nullptr);
    void rebuild();
    void setCurrentPage(int page);

signals:
    void pageActivated(int page);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void requestVisible();

    PageRenderer *m_renderer;
    QSet<int> m_requested;
};
