// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report made ready for the screen: the very PDF an export would write, held in memory, and
// its pages rendered to images on demand. Both are made on a worker (ReportService::preview and
// previewPages), so a print preview never lays out or paints a report on the GUI thread, and
// what it shows is what the PDF and the printer get.
#include "report/reportrenderer.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <memory>

namespace casereview {

struct ReportPreview {
    std::shared_ptr<const QByteArray> pdf; // never null in a finished preview
    RenderResult painted; // pages and fingerprint of what was rendered
    QSizeF pageSize; // points; every report page is A4 portrait
};

struct PreviewPage {
    int index = 0; // 0-based
    double dpi = 0; // what it was rendered at
    QImage image; // null when Poppler could not render the page
};

} // namespace casereview
