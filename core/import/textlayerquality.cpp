// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayerquality.h"

namespace {
bool readable(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x4E00 && u <= 0x9FFF)  // common ideographs
        return true;
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))  // CJK and full-width punctuation
        return true;
    return QStringLiteral(".,:;()[]-/%+*#@'\"“”‘’、《》〔〕【】…—").contains(c);
}
} // namespace

namespace TextLayerQuality {
double readableShare(const QString &pageText)
{
    int total = 0, good = 0;
    for (QChar c : pageText) {
        if (c.isSpace())
            continue;
        ++total;
        good += readable(c);
    }
    return total == 0 ? 0.0 : double(good) / total;
}

bool needsOcr(const QString &pageText)
{
    int visible = 0;
    for (QChar c : pageText)
        visible += !c.isSpace();
    // A real page of a dossier carries more than a stamp or a page number.
    if (visible < 12)
        return true;
    return readableShare(pageText) < 0.6;
}
} // namespace TextLayerQuality
