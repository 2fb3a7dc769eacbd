// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a ReportDocument on any paged device (QPdfWriter here, a QPrinter in the GUI's print
// preview): A4 pages with a header naming the bureau, 第 N 页 共 M 页 and the fingerprint in
// the footer, tables that break between rows with the header repeated, vector charts and page
// crops. Lays out twice (count, then draw) so the page total is known on every page.
#include "reportdocument.h"

#include <QDate>
#include <functional>

class QPainter;
class QPagedPaintDevice;
class QIODevice;

namespace casereview {

class PageImageSource;

struct RenderOptions {
    QString bureau;   // printed in every page header; "××司法局" when empty
    QDate printedOn;  // invalid: today
    double cropDpi = 150;
    // Called with (blocks done, blocks in all) while drawing; return false to cancel.
    std::function<bool(int, int)> progress;
};

struct RenderResult {
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    QString fingerprint;  // full SHA-256 of the content model
    QString error;        // why writing failed (path and reason)
};

class ReportRenderer {
public:
    explicit ReportRenderer(PageImageSource *images = nullptr) : m_images(images) {}

    // `painter` must be active on `device`. Draws every page; returns the page count.
    RenderResult paint(const ReportDocument &doc, QPainter &painter, QPagedPaintDevice &device, const RenderOptions &options);
    // A4 PDF at 300 dpi written atomically to `path`.
    RenderResult writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options);
    // The same PDF into `out` (open for writing), e.g. a buffer for the print preview.
    RenderResult writePdf(const ReportDocument &doc, QIODevice &out, const RenderOptions &options);

    static QString defaultBureau();

private:
    PageImageSource *m_images;
};

} // namespace casereview
