// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dossier page crops a report needs, read beforehand: a worker renders every crop the
// document's PageCropBlocks name from another source (the store's originals through Poppler), so
// the print preview, which paints on the GUI thread whenever it repaints, only looks them up.
// A crop that was not prepared is a null image (the renderer draws its placeholder).
#include "pageimagesource.h"
#include "reportdocument.h"

#include <QImage>
#include <functional>
#include <map>
#include <tuple>

namespace casereview {

class PreparedPageImages : public PageImageSource {
public:
    PreparedPageImages() = default;
    // Every crop of `doc`, each read once from `source` at `dpi`. `keepGoing` (may be empty) is asked
    // before each crop; false stops early (what was read is kept).
    static PreparedPageImages prepare(const ReportDocument &doc, PageImageSource &source, double dpi,
                                      const std::function<bool()> &keepGoing = {});

    QImage crop(qint64 caseId, int page, const std::optional<QRectF> &rect, double dpi) override;
    int size() const { return int(m_crops.size()); }

private:
    using Key = std::tuple<qint64, int, bool, double, double, double, double>;
    static Key key(qint64 caseId, int page, const std::optional<QRectF> &rect);
    std::map<Key, QImage> m_crops;
};

} // namespace casereview
