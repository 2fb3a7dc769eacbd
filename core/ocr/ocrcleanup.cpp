// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrcleanup.h"

#include <QRegularExpression>

namespace {
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20) || (u >= 0xFF3B && u <= 0xFF40)
        || (u >= 0xFF5B && u <= 0xFF65) || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019;
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

QChar widthFolded(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

// Characters that OCR confuses with digits or separators, and what they mean between digits.
QChar betweenDigits(QChar c)
{
    switch (c.unicode()) {
    case u'O': case u'o': case u'〇': case u'Q': return QLatin1Char('0');
    case u'l': case u'I': case u'|': return QLatin1Char('1');
    case u'一': case u'—': case u'－': case u'–': return QLatin1Char('-');
    case u'。': case u'．': return QLatin1Char('.');
    case u'，': return QLatin1Char(',');
    default: return QChar();
    }
}

QString dropSpacesBesideChinese(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(' ') || c == QChar(0x3000) || c == QLatin1Char('\t')) {
            qsizetype j = i;
            while (j < text.size() && (text[j] == QLatin1Char(' ') || text[j] == QChar(0x3000) || text[j] == QLatin1Char('\t')))
                ++j;
            const bool atEdge = out.isEmpty() || j >= text.size() || text[j] == QLatin1Char('\n') || out.back() == QLatin1Char('\n');
            if (!atEdge && !isCjk(out.back()) && !isCjk(text[j]))
                out += QLatin1Char(' ');
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}
// Document numbers put the year in brackets (〔〕 by GB/T 9704; some agencies print [] or
// （）). OCR keeps a matching pair as printed but often breaks one: 罚决字[2023]】第350号.
// A broken pair (mixed kinds, or a doubled closer) becomes the standard 〔〕.
QString repairYearBrackets(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "([\\[【(（〔［])\\s*((?:19|20)\\d\\d)\\s*([\\]】)）〕］]{1,2})(?=\\s*第?\\s*\\d)"));
    auto family = [](QChar c) {
        switch (c.unicode()) {
        case u'[': case u']': case u'［': case u'］': return 1;
        case u'【': case u'】': return 2;
        case u'(': case u')': case u'（': case u'）': return 3;
        default: return 4;  // 〔 〕
        }
    };
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString open = m.captured(1), close = m.captured(3);
        const bool broken = close.size() > 1 || family(open.at(0)) != family(close.at(0));
        out += text.mid(last, m.capturedStart() - last);
        out += broken ? QStringLiteral("〔%1〕").arg(m.captured(2)) : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}
} // namespace

namespace OcrCleanup {
QString clean(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        s += widthFolded(c);
    s = dropSpacesBesideChinese(s);
    // Look-alikes count as digits or separators only when a digit stands on both sides
    // (after earlier fixes), e.g. 2O25 → 2025, 2025一03一05 → 2025-03-05, 5O,OOO → 50,000.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 1; i + 1 < s.size(); ++i) {
            const QChar fix = betweenDigits(s[i]);
            if (fix.isNull() || !isDigit(s[i - 1]))
                continue;
            qsizetype j = i + 1;
            // A run of look-alike zeros (5OOO) ends in a digit or a unit.
            while (j < s.size() && fix == QLatin1Char('0') && betweenDigits(s[j]) == QLatin1Char('0'))
                ++j;
            const bool digitAfter = j < s.size() && isDigit(s[j]);
            const bool zeroRunBeforeUnit = fix == QLatin1Char('0') && j < s.size()
                && (s[j] == u'元' || s[j] == u'万' || s[j] == u'年' || s[j] == u'月' || s[j] == u'日' || s[j] == u'号');
            if (!digitAfter && !zeroRunBeforeUnit)
                continue;
            for (qsizetype k = i; k < j; ++k)
                s[k] = fix;
        }
    }
    return repairYearBrackets(s);
}
} // namespace OcrCleanup
