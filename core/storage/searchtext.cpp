// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"

namespace casereview {

namespace {
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFFEF);
}
} // namespace

namespace SearchText {
QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    // Kangxi radicals and CJK radical supplement: fonts such as Noto CJK map shared glyphs
    // there, so extracted text may carry them instead of the ideographs.
    if ((u >= 0x2F00 && u <= 0x2FD5) || (u >= 0x2E80 && u <= 0x2EF3)) {
        const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            return folded.at(0);
    }
    // Full-width digits and Latin letters; full-width punctuation stays as printed.
    if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x3000)
        return QLatin1Char(' ');
    return c;
}

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar raw : text) {
        const QChar c = foldChar(raw);
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty()) {
            // Keep a space only between two non-CJK characters (words of Latin text, numbers).
            if (!isCjk(out.back()) && !isCjk(c))
                out += QLatin1Char(' ');
        }
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString characters(const QString &normalized)
{
    QString out;
    out.reserve(normalized.size() * 2);
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (normalized[i].isSpace())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += normalized[i];
        if (normalized[i].isHighSurrogate() && i + 1 < normalized.size())
            out += normalized[++i];
    }
    return out;
}
} // namespace SearchText

} // namespace casereview
