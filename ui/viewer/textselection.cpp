// SPDX-License-Identifier: GPL-3.0-or-later
#include "textselection.h"

#include <algorithm>
#include <cmath>

namespace {
bool isWide(QChar c) { return c.unicode() >= 0x2E80; }  // CJK and full-width forms

// Vertical distance from `y` to the band [top, bottom]; 0 inside.
double bandDistance(double y, const QRectF &r)
{
    return y < r.top() ? r.top() - y : (y > r.bottom() ? y - r.bottom() : 0.0);
}
} // namespace

TextSelection::TextSelection(const std::vector<TextRun> &runs)
{
    for (const TextRun &run : runs) {
        for (qsizetype i = 0; i < run.text.size(); ++i) {
            if (run.text[i].isSpace())
                continue;
            const QRectF r = run.charRect(i);
            // A new line starts when the run leaves the current line's band or jumps back left.
            bool newLine = m_lines.empty();
            if (!newLine) {
                const Line &cur = m_lines.back();
                const double mid = r.center().y();
                newLine = mid < cur.rect.top() || mid > cur.rect.bottom() ||
                          r.left() < m_chars.back().rect.left() - r.width() * 0.5;
            }
            if (newLine)
                m_lines.push_back({int(m_chars.size()), int(m_chars.size()), r});
            Line &line = m_lines.back();
            line.last = int(m_chars.size());
            line.rect = line.rect.united(r);
            m_chars.push_back({run.text[i], r, int(m_lines.size()) - 1, false});
        }
        if (!m_chars.empty() && run.spaceAfter)
            m_chars.back().spaceAfter = true;
    }
}

int TextSelection::caretAt(const QPointF &p) const
{
    if (m_lines.empty())
        return 0;
    // The line whose band holds the point, else the nearest; among lines at the same height
    // (columns) the one horizontally nearest.
    const Line *best = nullptr;
    double bestY = 0, bestX = 0;
    for (const Line &line : m_lines) {
        const double dy = bandDistance(p.y(), line.rect);
        const double dx = p.x() < line.rect.left() ? line.rect.left() - p.x()
                          : p.x() > line.rect.right() ? p.x() - line.rect.right() : 0.0;
        if (!best || dy < bestY - 0.01 || (std::abs(dy - bestY) <= 0.01 && dx < bestX)) {
            best = &line;
            bestY = dy;
            bestX = dx;
        }
    }
    for (int i = best->first; i <= best->last; ++i)
        if (p.x() < m_chars[size_t(i)].rect.center().x())
            return i;
    return best->last + 1;
}

void TextSelection::select(const QPointF &from, const QPointF &to)
{
    const int a = caretAt(from);
    const int b = caretAt(to);
    m_begin = std::min(a, b);
    m_end = std::max(a, b);
}

QString TextSelection::text() const
{
    QString out;
    for (int i = m_begin; i < m_end; ++i) {
        const Char &c = m_chars[size_t(i)];
        if (i > m_begin) {
            const Char &prev = m_chars[size_t(i - 1)];
            if (c.line != prev.line)
                out += QLatin1Char('\n');
            else if (prev.spaceAfter && !(isWide(prev.ch) && isWide(c.ch)))
                out += QLatin1Char(' ');
        }
        out += c.ch;
    }
    return out;
}

std::vector<QRectF> TextSelection::lineRects() const
{
    std::vector<QRectF> out;
    for (int i = m_begin; i < m_end; ++i) {
        const Char &c = m_chars[size_t(i)];
        if (i == m_begin || c.line != m_chars[size_t(i - 1)].line)
            out.push_back(c.rect);
        else
            out.back() = out.back().united(c.rect);
    }
    return out;
}

QRectF TextSelection::boundingRect() const
{
    QRectF r;
    for (const QRectF &line : lineRects())
        r = r.isNull() ? line : r.united(line);
    return r;
}
