// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one adapter over Tesseract (chi_sim + eng): recognises a page image into lines and
// words with boxes and confidence. Not thread-safe; use one engine per thread.
#include "ocrpage.h"

#include <QImage>
#include <QString>
#include <memory>

class OcrEngine {
public:
    // `languages` as Tesseract names them, e.g. "chi_sim+eng".
    explicit OcrEngine(const QString &languages = QStringLiteral("chi_sim+eng"));
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    bool isReady() const;
    QString errorString() const { return m_error; }

    // `dpi` is the resolution the image was rendered at; boxes come back in points.
    OcrPage recognize(const QImage &image, double dpi);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};
