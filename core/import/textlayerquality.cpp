// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayerquality.h"

#include <QList>
#include <QStringView>

namespace casereview {

namespace {
bool inCompatibilityBlock(char32_t u)
{
    return (u >= 0x2E80 && u <= 0x2FDF)      // CJK radicals supplement, Kangxi radicals
        || (u >= 0xF900 && u <= 0xFAFF)      // CJK compatibility ideographs
        || (u >= 0x2F800 && u <= 0x2FA1F);   // their supplement
}

enum class Kind { Space, Neutral, Good, Suspect, Bad };

// What one code point says about a text layer. Letters, marks and numbers of any script,
// punctuation and symbols read as text; control, private-use, unassigned and replacement
// characters are what a broken font encoding leaves. Latin-1's upper half is only suspect:
// accents in Latin text are real, but a page of nothing else is a font decoded as Latin-1.
Kind kindOf(char32_t u)
{
    if (u == 0xFFFD || u == 0xFFFC)
        return Kind::Bad;
    switch (QChar::category(u)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph: return Kind::Space;
    case QChar::Other_Control: return QChar::isSpace(u) ? Kind::Space : Kind::Bad;
    case QChar::Other_Format: return Kind::Neutral;  // joiners of Arabic and Indic scripts, marks of direction
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned: return Kind::Bad;
    default: break;
    }
    if (u >= 0x80 && u <= 0xFF)
        return Kind::Suspect;
    return Kind::Good;
}
} // namespace

namespace TextLayerQuality {
QString normalized(const QString &pageText)
{
    QString out;
    const QStringView view(pageText);
    qsizetype copied = 0;
    for (qsizetype i = 0; i < view.size();) {
        const char32_t u = QChar::isHighSurrogate(view[i].unicode()) && i + 1 < view.size()
                && QChar::isLowSurrogate(view[i + 1].unicode())
            ? QChar::surrogateToUcs4(view[i], view[i + 1])
            : view[i].unicode();
        const qsizetype len = u > 0xFFFF ? 2 : 1;
        if (inCompatibilityBlock(u)) {
            out += view.sliced(copied, i - copied);
            out += view.sliced(i, len).toString().normalized(QString::NormalizationForm_KC);
            copied = i + len;
        }
        i += len;
    }
    if (copied == 0)
        return pageText;
    out += view.sliced(copied);
    return out;
}

Judgement judge(const QString &pageText)
{
    Judgement j;
    int latinAscii = 0, suspect = 0, good = 0;
    const QList<uint> points = pageText.toUcs4();
    for (uint u : points) {
        switch (kindOf(char32_t(u))) {
        case Kind::Space:
        case Kind::Neutral: continue;
        case Kind::Good:
            ++good;
            latinAscii += (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
            break;
        case Kind::Suspect: ++suspect; break;
        case Kind::Bad: break;
        }
        ++j.visible;
    }
    // Accented letters in Latin text: at most one in three of its letters.
    if (suspect > 0 && suspect * 3 <= latinAscii)
        good += suspect;
    j.readableShare = j.visible == 0 ? 0.0 : double(good) / j.visible;
    return j;
}

double readableShare(const QString &pageText) { return judge(pageText).readableShare; }

bool needsOcr(const QString &pageText)
{
    const Judgement j = judge(pageText);
    // A real page of a dossier carries more than a stamp or a page number.
    return j.visible < 12 || j.readableShare < 0.6;
}
} // namespace TextLayerQuality

} // namespace casereview
