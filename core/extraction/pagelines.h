// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lines of a page range, and the same text as one run with line breaks and spaces
// removed (so wrapped sentences read whole), mapped back to the page and line of each char.
#include <QString>
#include <QStringList>
#include <vector>

namespace casereview {

struct PageLine {
    int page = 0;   // 1-based
    QString text;   // trimmed
    QString compact;  // whitespace removed
};

class PageLines {
public:
    PageLines() = default;
    // pageTexts[0] is page 1; firstPage..lastPage inclusive, clamped to the pages present.
    PageLines(const std::vector<QString> &pageTexts, int firstPage, int lastPage);

    const std::vector<PageLine> &lines() const { return m_lines; }
    const QString &flow() const { return m_flow; }
    // The line holding flow position pos.
    const PageLine &lineAt(qsizetype pos) const;
    // The lines a flow span touches, joined with spaces (for evidence snippets).
    QString snippet(qsizetype pos, qsizetype length) const;
    int pageAt(qsizetype pos) const { return lineAt(pos).page; }
    bool isEmpty() const { return m_lines.empty(); }

    // Whitespace removed, except one space between two Latin letters or digits.
    static QString compacted(QStringView line);
    // A printed page number ("第1页 共2页", "- 3 -"), given compacted.
    static bool isPageMarker(const QString &compactLine);

private:
    std::vector<PageLine> m_lines;
    std::vector<qsizetype> m_starts;  // flow offset of each line
    QString m_flow;
};

} // namespace casereview
