// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides whether a page's native text layer is usable or the page must be OCR'd:
// no text, too little text for a page, or mostly garbage (broken font encodings).
#include <QString>

namespace TextLayerQuality {
bool needsOcr(const QString &pageText);
// Share (0–1) of characters that are Chinese, ASCII letters/digits or common punctuation.
double readableShare(const QString &pageText);
} // namespace TextLayerQuality
