// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrengine.h"

#include "ocrcleanup.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

struct OcrEngine::Impl {
    tesseract::TessBaseAPI api;
    bool ready = false;
};

OcrEngine::OcrEngine(const QString &languages) : d(std::make_unique<Impl>())
{
    // LSTM only: the legacy engine is not in Debian's chi_sim model.
    if (d->api.Init(nullptr, languages.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = QStringLiteral("Tesseract could not load the language data '%1' (install tesseract-ocr-chi-sim)").arg(languages);
        return;
    }
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    // Chinese has no spaces between words; keep Tesseract from inventing them.
    d->api.SetVariable("preserve_interword_spaces", "1");
    d->api.SetVariable("debug_file", "/dev/null");
    d->ready = true;
}

OcrEngine::~OcrEngine()
{
    if (d->ready)
        d->api.End();
}

bool OcrEngine::isReady() const { return d->ready; }

OcrPage OcrEngine::recognize(const QImage &image, double dpi)
{
    OcrPage page;
    if (!d->ready || image.isNull())
        return page;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    PIX *pix = pixCreate(gray.width(), gray.height(), 8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        l_uint32 *line = pixGetData(pix) + y * pixGetWpl(pix);
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(line, x, row[x]);
    }
    // Scans are rarely straight; Leptonica finds the skew (within a few degrees) and removes it.
    PIX *straight = pixDeskew(pix, 0);
    pixDestroy(&pix);
    if (!straight)
        return page;
    pixSetResolution(straight, int(dpi), int(dpi));
    d->api.SetImage(straight);
    d->api.SetSourceResolution(int(dpi));
    const int rc = d->api.Recognize(nullptr);
    if (rc != 0) {
        d->api.Clear();
        pixDestroy(&straight);
        return page;
    }

    const double toPoints = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(d->api.GetIterator());
    QStringList lines;
    QString current;
    int line = 0;
    double confidenceSum = 0;
    if (it) {
        do {
            std::unique_ptr<char[]> raw(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!raw)
                continue;
            const QString word = QString::fromUtf8(raw.get()).trimmed();
            if (!word.isEmpty()) {
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
                const float conf = it->Confidence(tesseract::RIL_WORD);
                page.words.push_back({word, QRectF(x1 * toPoints, y1 * toPoints, (x2 - x1) * toPoints, (y2 - y1) * toPoints),
                                      conf, line});
                confidenceSum += conf;
                if (!current.isEmpty())
                    current += QLatin1Char(' ');
                current += word;
            }
            if (it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD)) {
                if (!current.isEmpty()) {
                    lines << current;
                    ++line;
                }
                current.clear();
            }
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (!current.isEmpty())
        lines << current;
    d->api.Clear();
    pixDestroy(&straight);
    page.text = OcrCleanup::clean(lines.join(QLatin1Char('\n')));
    page.meanConfidence = page.words.empty() ? 0 : confidenceSum / double(page.words.size());
    return page;
}
