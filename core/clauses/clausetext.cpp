// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausetext.h"

#include <QRegularExpression>

namespace casereview {

namespace ClauseText {
QString normalised(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            // Full-width ASCII forms: digits and letters to ASCII; punctuation stays Chinese.
            const char16_t ascii = char16_t(u - 0xFEE0);
            if ((ascii >= u'0' && ascii <= u'9') || (ascii >= u'A' && ascii <= u'Z') || (ascii >= u'a' && ascii <= u'z'))
                c = QChar(ascii);
            continue;
        }
        switch (u) {
        case u',': c = u'，'; continue;
        case u';': c = u'；'; continue;
        case u':': c = u'：'; continue;
        case u'(': c = u'（'; continue;
        case u')': c = u'）'; continue;
        case u'\u3000': c = u' '; continue;
        default: break;
        }
        if ((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)) {
            const QString n = QString(c).normalized(QString::NormalizationForm_KC);
            if (n.size() == 1)
                c = n.front();
        }
    }
    return out;
}

std::vector<Span> sentences(QStringView text)
{
    // A section heading inside flattened text: "四、" or "（二）" after a sentence end or a
    // heading's own end; it starts a new sentence.
    static const QRegularExpression heading(QStringLiteral(
        "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[条部分项]、?)"));
    std::vector<Span> out;
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        if (end > start)
            out.push_back({start, end - start});
        start = end;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'。' || c == u'！' || c == u'？') {
            close(i + 1);
            continue;
        }
        if (i > start && (c == u'（' || c == u'(' || (c >= u'一' && c <= u'龥'))) {
            const auto m = heading.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            // Only where a heading can stand: after a sentence end or a clause without verb end.
            if (m.hasMatch() && i > 0) {
                const QChar before = text[i - 1];
                const bool atBoundary = before == u'。' || before == u'：' || before == u' ' || before == u'）';
                if (atBoundary || (m.captured().endsWith(u'、') && i - start > 12))
                    close(i);
            }
        }
    }
    close(text.size());
    return out;
}

Span sentenceOf(const std::vector<Span> &sentences, qsizetype at)
{
    for (const Span &s : sentences)
        if (at >= s.start && at < s.end())
            return s;
    return {};
}

std::vector<Span> clauses(QStringView text, Span sentence)
{
    std::vector<Span> out;
    qsizetype start = sentence.start;
    for (qsizetype i = sentence.start; i < sentence.end(); ++i) {
        const QChar c = text[i];
        if (c == u'，' || c == u'；' || c == u'：' || c == u'。') {
            if (i + 1 > start)
                out.push_back({start, i + 1 - start});
            start = i + 1;
        }
    }
    if (sentence.end() > start)
        out.push_back({start, sentence.end() - start});
    return out;
}

bool negatedBefore(QStringView text, qsizetype pos, int window)
{
    const qsizetype from = std::max<qsizetype>(0, pos - window);
    const QStringView before = text.mid(from, pos - from);
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QChar c = before[i];
        if (c == u'未' || c == u'无')
            return true;
        if (c == u'没' && before.mid(i + 1, 1) == u"有")
            return true;
        if (c == u'不') {
            const QStringView next = before.mid(i + 1, 1);
            if (next == u"服" || next == u"停")  // 如不服本决定 / 不停止执行 are no negation of a grant
                continue;
            if (i + 1 >= before.size() && text.mid(pos, 1) == u"服")
                continue;
            return true;
        }
    }
    return false;
}
} // namespace ClauseText

} // namespace casereview
