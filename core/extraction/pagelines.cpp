// SPDX-License-Identifier: GPL-3.0-or-later
// Line and flow views over page texts, with page-number lines left out.
#include "pagelines.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace {
bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

} // namespace

QString PageLines::compacted(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && isAsciiAlnum(c) && isAsciiAlnum(out.back()))
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

bool PageLines::isPageMarker(const QString &c)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:第 ?\\d+ ?页(?:[，,]? ?共 ?\\d+ ?页)?|共 ?\\d+ ?页[，,]? ?第 ?\\d+ ?页|[-－—]? ?\\d+ ?[-－—]?|\\d+ ?/ ?\\d+|page ?\\d+(?: ?of ?\\d+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(c).hasMatch();
}

PageLines::PageLines(const std::vector<QString> &pageTexts, int firstPage, int lastPage)
{
    firstPage = std::max(firstPage, 1);
    lastPage = std::min(lastPage, int(pageTexts.size()));
    for (int p = firstPage; p <= lastPage; ++p) {
        for (QStringView raw : QStringView(pageTexts[size_t(p - 1)]).split(u'\n')) {
            const QString text = raw.trimmed().toString();
            if (text.isEmpty())
                continue;
            PageLine line{p, text, compacted(text)};
            if (isPageMarker(line.compact))
                continue;
            m_starts.push_back(m_flow.size());
            m_flow += line.compact;
            m_lines.push_back(std::move(line));
        }
    }
}

const PageLine &PageLines::lineAt(qsizetype pos) const
{
    static const PageLine none;
    if (m_lines.empty())
        return none;
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
    const size_t i = it == m_starts.begin() ? 0 : size_t(it - m_starts.begin() - 1);
    return m_lines[i];
}

QString PageLines::snippet(qsizetype pos, qsizetype length) const
{
    if (m_lines.empty())
        return {};
    auto first = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
    auto last = std::upper_bound(m_starts.begin(), m_starts.end(), pos + std::max<qsizetype>(length, 1) - 1);
    const size_t a = first == m_starts.begin() ? 0 : size_t(first - m_starts.begin() - 1);
    const size_t b = last == m_starts.begin() ? 0 : size_t(last - m_starts.begin() - 1);
    QStringList parts;
    for (size_t i = a; i <= b && i < m_lines.size(); ++i)
        parts << m_lines[i].text;
    return parts.join(u' ');
}

} // namespace casereview
