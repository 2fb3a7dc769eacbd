// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides whether a page's native text layer is usable or the page must be OCR'd: no text, too
// little text for a page, or mostly garbage (broken font encodings). Text of any script reads as
// text — Chinese, Japanese, Korean, Arabic, Latin with accents — so a good layer is never sent
// to OCR and replaced; control, private-use, unassigned and replacement characters do not.
#include <QString>

namespace casereview {

namespace TextLayerQuality {
struct Judgement {
    int visible = 0;             // code points that are neither space nor format marks
    double readableShare = 0.0;  // share (0–1) of them that read as text
};

// The page text as it is judged and stored: Kangxi radicals and CJK compatibility ideographs,
// which some producers emit for ordinary characters (⼀ for 一, 﨩 forms), brought to the
// unified ideographs by NFKC, so that the rules, the search and the reader see one character.
// Only those blocks are normalised; everything else is left as the PDF gives it.
QString normalized(const QString &pageText);

Judgement judge(const QString &pageText);
double readableShare(const QString &pageText);
bool needsOcr(const QString &pageText);
} // namespace TextLayerQuality

} // namespace casereview
