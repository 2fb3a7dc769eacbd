// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one adapter over Tesseract (chi_sim): recognises a page image into lines and
// words with boxes and confidence. Not thread-safe; use one engine per thread.
#include "domain/ocrpage.h"

#include <QImage>
#include <QString>
#include <memory>

namespace casereview {

class OcrEngine {
public:
    // `languages` as Tesseract names them. chi_sim alone reads these files better than chi_sim+eng
    // (the English model turns seal-damaged 年/月/日 and 〔〕 into Latin letters) and is faster.
    explicit OcrEngine(const QString &languages = QStringLiteral("chi_sim"));
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    bool isReady() const;
    QString errorString() const { return m_error; }

    // `dpi` is the resolution the image was rendered at; boxes come back in points.
    OcrPage recognize(const QImage &image, double dpi);

    // Lines read inside a region the layout took for a picture are kept from this mean
    // confidence up.
    static constexpr double kPictureLineConfidence = 30.0;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};

} // namespace casereview
