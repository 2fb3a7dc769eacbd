// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FROZEN at schema 8: the OCR clean-up step 8 needs, copied from core/ocr as it was then (see
// schemav8ocrcleanup.cpp). Used by that step only.
#include <QString>

namespace casereview {

namespace SchemaV8OcrCleanup {
QString clean(const QString &text);
} // namespace SchemaV8OcrCleanup

} // namespace casereview
