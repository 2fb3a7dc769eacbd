// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrengine.h"

#include "ocrcleanup.h"
#include "sealfilter.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace casereview {

namespace {
// A run of lines in reading order: a text block of the page, or what was read inside a
// region the layout analysis took for a picture.
struct Segment {
    std::vector<std::vector<OcrWord>> lines;
    QRect imageRegion;  // pixels; set for a picture region still to be read
};

// Words of the current recognition, grouped into lines; picture blocks become empty segments
// holding their region. `toPoints` converts pixels to points.
std::vector<Segment> collect(tesseract::TessBaseAPI &api, double toPoints, bool keepPictures, QPoint offset = {})
{
    std::vector<Segment> out;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return out;
    bool inPicture = false;
    do {
        if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) {
            inPicture = keepPictures && PTIsImageType(it->BlockType());
            out.emplace_back();
            if (inPicture) {
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                it->BoundingBox(tesseract::RIL_BLOCK, &x1, &y1, &x2, &y2);
                out.back().imageRegion = QRect(QPoint(x1, y1), QPoint(x2 - 1, y2 - 1));
            }
        }
        if (out.empty())
            out.emplace_back();
        if (inPicture)
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || out.back().lines.empty())
            out.back().lines.emplace_back();
        std::unique_ptr<char[]> raw(it->GetUTF8Text(tesseract::RIL_WORD));
        const QString word = raw ? QString::fromUtf8(raw.get()).trimmed() : QString();
        if (word.isEmpty())
            continue;
        int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
        x1 += offset.x(), x2 += offset.x(), y1 += offset.y(), y2 += offset.y();
        out.back().lines.back().push_back(
            {word, QRectF(x1 * toPoints, y1 * toPoints, (x2 - x1) * toPoints, (y2 - y1) * toPoints),
             it->Confidence(tesseract::RIL_WORD), 0});
    } while (it->Next(tesseract::RIL_WORD));
    return out;
}

QImage regionOf(PIX *pix, const QRect &r)
{
    QImage out(r.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < r.height(); ++y) {
        const l_uint32 *line = pixGetData(pix) + (r.y() + y) * pixGetWpl(pix);
        uchar *row = out.scanLine(y);
        for (int x = 0; x < r.width(); ++x)
            row[x] = uchar(GET_DATA_BYTE(line, r.x() + x));
    }
    return out;
}

double meanConfidence(const std::vector<OcrWord> &line)
{
    double sum = 0;
    for (const OcrWord &w : line)
        sum += w.confidence;
    return line.empty() ? 0 : sum / double(line.size());
}
} // namespace

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
    const QImage gray = SealFilter::withoutRedInk(image).convertToFormat(QImage::Format_Grayscale8);
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
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    d->api.SetImage(straight);
    d->api.SetSourceResolution(int(dpi));
    if (d->api.Recognize(nullptr) != 0) {
        d->api.Clear();
        pixDestroy(&straight);
        return page;
    }
    const double toPoints = 72.0 / dpi;
    std::vector<Segment> segments = collect(d->api, toPoints, true);

    // The layout analysis takes a seal stamped over the signature (agency and date) for a
    // picture and drops it. Such a region is read again as one block of text once the seal's
    // ring and star are erased; only lines read with some confidence are kept, so photos do
    // not turn into noise.
    const QRect whole(0, 0, pixGetWidth(straight), pixGetHeight(straight));
    const int margin = int(dpi / 25.4 * 4);
    for (Segment &s : segments) {
        if (s.imageRegion.isNull())
            continue;
        const QRect r = s.imageRegion.adjusted(-margin, -margin, margin, margin).intersected(whole);
        QImage region = regionOf(straight, r);
        SealFilter::eraseSeal(region, dpi);
        // Each line of print crossing the region is read on its own: as one block the seal's
        // curved text breaks the line finding.
        auto bands = SealFilter::textBands(region, dpi);
        const int pad = int(dpi / 25.4 * 0.6);
        std::vector<QRect> pieces;
        for (const auto &[top, bottom] : bands)
            pieces.push_back(QRect(0, top - pad, region.width(), bottom - top + 1 + 2 * pad).intersected(region.rect()));
        const bool byLine = !pieces.empty();
        if (!byLine)
            pieces.push_back(region.rect());
        for (const QRect &piece : pieces) {
            const QImage part = region.copy(piece);
            d->api.SetPageSegMode(byLine ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
            d->api.SetImage(part.constBits(), part.width(), part.height(), 1, int(part.bytesPerLine()));
            d->api.SetSourceResolution(int(dpi));
            if (d->api.Recognize(nullptr) != 0)
                continue;
            for (Segment &inner : collect(d->api, toPoints, false, r.topLeft() + piece.topLeft()))
                for (auto &line : inner.lines)
                    if (!line.empty() && meanConfidence(line) >= kPictureLineConfidence)
                        s.lines.push_back(std::move(line));
        }
    }

    QStringList lines;
    double confidenceSum = 0;
    for (Segment &s : segments) {
        for (auto &words : s.lines) {
            if (words.empty())
                continue;
            QStringList text;
            for (OcrWord &w : words) {
                w.line = int(lines.size());
                confidenceSum += w.confidence;
                text << w.text;
                page.words.push_back(std::move(w));
            }
            lines << text.join(QLatin1Char(' '));
        }
    }
    d->api.Clear();
    pixDestroy(&straight);
    page.text = OcrCleanup::clean(lines.join(QLatin1Char('\n')));
    page.meanConfidence = page.words.empty() ? 0 : confidenceSum / double(page.words.size());
    return page;
}

} // namespace casereview
