// SPDX-License-Identifier: GPL-3.0-or-later
#include "storepageimages.h"
#include "import/pdfreader.h"
#include "storage/caserepository.h"
#include "storage/storageerror.h"

#include <QPainter>
#include <algorithm>

namespace casereview {

StorePageImages::StorePageImages(Database &db) : m_db(db) {}
StorePageImages::~StorePageImages() = default;

PdfReader *StorePageImages::reader(qint64 caseId)
{
    auto it = m_readers.find(caseId);
    if (it == m_readers.end()) {
        std::unique_ptr<PdfReader> r;
        try {
            r = std::make_unique<PdfReader>(PdfReader::open(CaseRepository(m_db).originalFile(caseId)));
        } catch (const StorageError &) {
            // a missing or altered original: the crop is left out, the report still prints
        }
        it = m_readers.emplace(caseId, std::move(r)).first;
    }
    return it->second && it->second->isOpen() ? it->second.get() : nullptr;
}

QRectF StorePageImages::cropRegion(const QSizeF &pageSize, const std::optional<QRectF> &rect)
{
    const QRectF page(QPointF(0, 0), pageSize);
    if (!rect || rect->isEmpty())
        return page;
    const double minBand = pageSize.height() / 3;
    const double pad = std::max(60.0, (minBand - rect->height()) / 2);
    QRectF band(0, rect->top() - pad, pageSize.width(), rect->height() + 2 * pad);
    if (band.top() < 0)
        band.moveTop(0);
    if (band.bottom() > pageSize.height())
        band.moveBottom(pageSize.height());
    return band.intersected(page);
}

QImage StorePageImages::crop(qint64 caseId, int page, const std::optional<QRectF> &rect, double dpi)
{
    PdfReader *r = reader(caseId);
    return r ? cropPage(*r, page, rect, dpi) : QImage();
}

QImage StorePageImages::cropPage(const PdfReader &r, int page, const std::optional<QRectF> &rect, double dpi)
{
    if (page < 1 || page > r.pageCount())
        return {};
    // Evidence rects come from the viewer's text boxes, which Poppler gives in the displayed
    // frame (/Rotate applied), the same frame renderPage draws; only the size needs turning.
    QSizeF size = r.pageSizePoints(page - 1);
    if (r.pageRotation(page - 1) % 180 != 0)
        size.transpose();
    QImage image = r.renderPage(page - 1, dpi);
    if (image.isNull() || size.isEmpty())
        return image;
    image = image.convertToFormat(QImage::Format_RGB32);
    const double scale = image.width() / size.width();
    if (rect && !rect->isEmpty()) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(220, 30, 30), std::max(2.0, dpi / 50)));
        p.setBrush(QColor(220, 30, 30, 28));
        const QRectF mark(rect->x() * scale, rect->y() * scale, rect->width() * scale, rect->height() * scale);
        p.drawRect(mark.adjusted(-4, -4, 4, 4));
    }
    const QRectF region = cropRegion(size, rect);
    return image.copy(QRectF(region.x() * scale, region.y() * scale, region.width() * scale, region.height() * scale).toRect());
}

} // namespace casereview
