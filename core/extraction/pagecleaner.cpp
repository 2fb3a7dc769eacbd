// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecleaner.h"

#include "dossiersplitter.h"
#include "pagelines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace casereview {

namespace PageCleaner {
namespace {
// How many non-empty lines at each end of a page may be running lines.
constexpr int kEdgeLines = 2;
// A running line is on at least this many pages and this share of the pages with text.
constexpr int kMinPages = 3;
constexpr double kMinShare = 0.6;

// The comparison key of a line: spaces removed, every digit (ASCII, full-width, Chinese) one mark,
// so "第 3 页" and "第 4 页" or "- 3 -" and "- 4 -" are the same running line.
QString keyOf(const QString &line)
{
    static const QString chineseDigits = QStringLiteral("〇零一二三四五六七八九十");
    QString key;
    for (QChar c : PageLines::compacted(line)) {
        if (c.isSpace())
            continue;
        key += (c.isDigit() || chineseDigits.contains(c)) ? QChar(u'#') : c;
    }
    return key;
}

// The indexes of the first and last kEdgeLines non-empty lines.
std::vector<qsizetype> edgeLines(const QStringList &lines)
{
    std::vector<qsizetype> nonEmpty;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            nonEmpty.push_back(i);
    std::vector<qsizetype> out;
    for (size_t i = 0; i < nonEmpty.size(); ++i)
        if (i < size_t(kEdgeLines) || i + kEdgeLines >= nonEmpty.size())
            out.push_back(nonEmpty[i]);
    return out;
}

bool namesADocument(const QString &line)
{
    const auto type = DossierSplitter::classifyTitle(PageLines::compacted(line));
    return type && *type != DocumentType::Other;
}
qsizetype firstNonEmpty(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            return i;
    return -1;
}

// Too few pages to count (a decision over two pages): a page that repeats the previous page's
// first line and, below it, goes on with text instead of starting a document, carries a header.
// The first page keeps its line, which may be its own title block's agency line.
void blankRepeatedTops(std::vector<QString> &pages)
{
    QString previousTop;
    for (QString &page : pages) {
        QStringList lines = page.split(u'\n');
        const qsizetype top = firstNonEmpty(lines);
        const QString key = top < 0 ? QString() : keyOf(lines[top]);
        if (top >= 0 && key.size() >= 2 && key == previousTop && !namesADocument(lines[top])) {
            QStringList rest = lines.mid(top + 1);
            rest.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
            // the agency's name over a date is a signature that fell on the next page, not a header
            static const QRegularExpression dateLine(QStringLiteral("^\\s*[0-9０-９〇零○一二三四五六七八九]{4}\\s*[年\\-./／]"));
            if (rest.size() >= 2 && !dateLine.match(rest.front()).hasMatch() && !DossierSplitter::headingOf(rest.join(u'\n'))) {
                lines[top] = QString(lines[top].size(), u' ');
                page = lines.join(u'\n');
            }
        }
        previousTop = key;
    }
}
} // namespace

QString foldBrackets(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xFE5D: case 0x3016: case 0x3018: case 0xFF3B: c = QChar(0x3014); break;  // ﹝ 〖 〘 ［ → 〔
        case 0xFE5E: case 0x3017: case 0x3019: case 0xFF3D: c = QChar(0x3015); break;  // ﹞ 〗 〙 ］ → 〕
        default: break;
        }
    }
    return text;
}

std::vector<QString> runningLines(const std::vector<QString> &pageTexts)
{
    QHash<QString, int> pagesWith;
    int withText = 0;
    for (const QString &page : pageTexts) {
        const QStringList lines = page.split(u'\n');
        const auto edges = edgeLines(lines);
        if (edges.empty())
            continue;
        ++withText;
        QSet<QString> seen;
        for (qsizetype i : edges) {
            const QString key = keyOf(lines[i]);
            if (key.size() >= 2 && !seen.contains(key)) {
                seen.insert(key);
                ++pagesWith[key];
            }
        }
    }
    std::vector<QString> out;
    for (auto it = pagesWith.cbegin(); it != pagesWith.cend(); ++it)
        if (it.value() >= kMinPages && it.value() >= kMinShare * withText)
            out.push_back(it.key());
    return out;
}

std::vector<QString> clean(const std::vector<QString> &pageTexts)
{
    std::vector<QString> out;
    out.reserve(pageTexts.size());
    for (const QString &p : pageTexts)
        out.push_back(foldBrackets(p));
    const auto running = runningLines(out);
    if (running.empty()) {
        blankRepeatedTops(out);
        return out;
    }
    const QSet<QString> keys(running.begin(), running.end());
    for (QString &page : out) {
        QStringList lines = page.split(u'\n');
        bool changed = false;
        for (qsizetype i : edgeLines(lines)) {
            if (keys.contains(keyOf(lines[i])) && !namesADocument(lines[i])) {
                lines[i] = QString(lines[i].size(), u' ');
                changed = true;
            }
        }
        if (changed)
            page = lines.join(u'\n');
    }
    return out;
}
} // namespace PageCleaner

} // namespace casereview
