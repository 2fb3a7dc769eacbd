// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Character-level text selection on one page: the page's runs (native words with their
// character boxes, or OCR words) flattened into characters in reading order and split into
// lines; a point maps to a caret between two characters, and the selection is every character
// between the press caret and the release caret, in reading order.
#include "pagerenderer.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class TextSelection {
public:
    struct Char {
        QChar ch;
        QRectF rect;
        int line = 0;
        bool spaceAfter = false;  // a word gap follows (Latin text keeps it when copied)
    };

    TextSelection() = default;
    explicit TextSelection(const std::vector<TextRun> &runs);

    bool isEmpty() const { return m_chars.empty(); }
    const std::vector<Char> &chars() const { return m_chars; }
    // The caret nearest to `point` (points): 0 … chars().size(), in reading order.
    int caretAt(const QPointF &point) const;
    // Selects from the caret at `from` to the caret at `to`, whichever comes first.
    void select(const QPointF &from, const QPointF &to);
    void clear() { m_begin = m_end = 0; }
    bool hasSelection() const { return m_end > m_begin; }
    int begin() const { return m_begin; }
    int end() const { return m_end; }
    // The selected characters, one line per text line, CJK without added spaces.
    QString text() const;
    // One rectangle per line of the selection, for painting.
    std::vector<QRectF> lineRects() const;
    QRectF boundingRect() const;

private:
    struct Line {
        int first = 0;
        int last = 0;  // inclusive
        QRectF rect;
    };
    std::vector<Char> m_chars;
    std::vector<Line> m_lines;
    int m_begin = 0;
    int m_end = 0;
};
