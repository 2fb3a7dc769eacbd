// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text Tesseract read from one page: words with boxes in PDF points and confidence.
#include <QRectF>
#include <QString>
#include <vector>

namespace casereview {

struct OcrWord {
    QString text;
    QRectF rect;        // points, page coordinates as displayed (origin top-left)
    float confidence = 0;  // 0–100
    int line = 0;          // 0-based line number on the page
};

struct OcrPage {
    QString text;  // lines joined by '\n', cleaned (OcrCleanup)
    std::vector<OcrWord> words;
    double meanConfidence = 0;  // mean word confidence, 0–100

    // Words below this confidence are shown to the reviewer as doubtful, never trusted.
    static constexpr float kLowConfidence = 60.0f;
    int lowConfidenceWords() const
    {
        int n = 0;
        for (const auto &w : words)
            n += w.confidence < kLowConfidence;
        return n;
    }
};

} // namespace casereview
