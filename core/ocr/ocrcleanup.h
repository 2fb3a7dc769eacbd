// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure clean-up of OCR output before extraction: spaces Tesseract puts between Chinese
// characters, full-width digits, and the look-alikes that break dates and amounts
// (O/o/〇 for 0, l/I for 1, 一/— for '-', 。/， between digits).
#include <QString>

namespace casereview {

namespace OcrCleanup {
QString clean(const QString &text);
} // namespace OcrCleanup

} // namespace casereview
