// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a renderer gets the dossier page crops that PageCropBlocks refer to. Implementations
// may cache; a renderer calls them from one thread.
#include <QImage>
#include <QRectF>
#include <optional>

namespace casereview {

class PageImageSource {
public:
    virtual ~PageImageSource() = default;
    // The crop of `page` (1-based) of case `caseId` at about `dpi`: a band around `rect` (PDF
    // points) with the rect outlined, or the whole page without one. Null image if unavailable.
    virtual QImage crop(qint64 caseId, int page, const std::optional<QRectF> &rect, double dpi) = 0;
};

} // namespace casereview
