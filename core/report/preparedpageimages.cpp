// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedpageimages.h"

#include <variant>

namespace casereview {

PreparedPageImages::Key PreparedPageImages::key(qint64 caseId, int page, const std::optional<QRectF> &rect)
{
    const QRectF r = rect.value_or(QRectF());
    return {caseId, page, rect.has_value(), r.x(), r.y(), r.width(), r.height()};
}

PreparedPageImages PreparedPageImages::prepare(const ReportDocument &doc, PageImageSource &source, double dpi,
                                               const std::function<bool()> &keepGoing)
{
    PreparedPageImages out;
    for (const ReportBlock &block : doc.blocks) {
        const auto *b = std::get_if<PageCropBlock>(&block);
        if (!b)
            continue;
        const Key k = key(b->caseId, b->page, b->rect);
        if (out.m_crops.count(k))
            continue;
        if (keepGoing && !keepGoing())
            break;
        out.m_crops.emplace(k, source.crop(b->caseId, b->page, b->rect, dpi));
    }
    return out;
}

QImage PreparedPageImages::crop(qint64 caseId, int page, const std::optional<QRectF> &rect, double)
{
    const auto it = m_crops.find(key(caseId, page, rect));
    return it == m_crops.end() ? QImage() : it->second;
}

} // namespace casereview
