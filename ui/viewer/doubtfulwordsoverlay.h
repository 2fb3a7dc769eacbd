// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Marks the words OCR read with low confidence on scanned pages (a light tint and a dotted
// underline) so the reviewer checks them against the image instead of trusting them. Drawn
// over the page view; its checkable action turns the marks on and off.
#include <QRectF>
#include <QWidget>
#include <map>
#include <vector>

class DocumentView;
class QAction;

class DoubtfulWordsOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DoubtfulWordsOverlay(DocumentView *view);

    // 0-based page → boxes of its doubtful words, in points.
    void setWords(std::map<int, std::vector<QRectF>> words);
    int wordCount() const;
    QAction *toggleAction() const { return m_toggle; }
    // The marks as drawn now, in view (viewport) coordinates; for tests.
    std::vector<QRectF> visibleMarks() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentView *m_view;
    QAction *m_toggle;
    std::map<int, std::vector<QRectF>> m_words;
};
