// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page crops from the originals in the case store, rendered through PdfReader (Poppler).
// Keeps the open documents of the cases it has seen; not thread-safe.
#include "pageimagesource.h"

#include <map>
#include <memory>

namespace casereview {

class Database;
class PdfReader;

class StorePageImages : public PageImageSource {
public:
    explicit StorePageImages(Database &db);
    ~StorePageImages() override;
    QImage crop(qint64 caseId, int page, const std::optional<QRectF> &rect, double dpi) override;
    // The band of the page a crop shows, in points: the rect widened to the page width and
    // padded above and below (at least a third of the page), or the whole page.
    static QRectF cropRegion(const QSizeF &pageSize, const std::optional<QRectF> &rect);
    // crop() on an open reader. `rect` and the crop are in the page as displayed (its /Rotate
    // applied), the frame of PdfReader::textBoxes and of the viewer's selection.
    static QImage cropPage(const PdfReader &r, int page, const std::optional<QRectF> &rect, double dpi);

private:
    PdfReader *reader(qint64 caseId);

    Database &m_db;
    std::map<qint64, std::unique_ptr<PdfReader>> m_readers;
};

} // namespace casereview
