// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored case with one OCR page, made without Tesseract: the page's words are saved as OCR
// would save them and the case is analysed again (OcrRunner::reclean), as after a real OCR run.
#include <QString>

namespace casereview { class Database; }

namespace ScannedCase {
// Page 1 native (立案审批表); page 2 OCR'd: the 决定书 title and the fine read with high
// confidence, the signature date 二〇二四年九月十日 with `dateConfidence`. Returns the case id.
qint64 add(casereview::Database &db, int n = 1, float dateConfidence = 35.0f);
} // namespace ScannedCase
