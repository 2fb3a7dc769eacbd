// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"
#include "pageimagesource.h"
#include "reportchartpainter.h"
#include "reportfingerprint.h"
#include "reportfonts.h"
#include "reportpageflow.h"
#include "reporttext.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <map>

namespace casereview {

namespace {
using Face = ReportPageFlow::Face;

struct Cell {
    QStringList lines;
    CellAlign align = CellAlign::Left;
};

// Lays out and (when the flow has a painter) draws the blocks. One instance per pass.
class BlockPainter {
public:
    BlockPainter(ReportPageFlow &flow, PageImageSource *images, double cropDpi, std::map<QString, QImage> &crops)
        : f(flow), m_images(images), m_dpi(cropDpi), m_crops(crops) {}

    void title(const ReportDocument &doc)
    {
        for (const QString &line : f.wrap(doc.title, Face::Title, f.width())) {
            f.drawLine(line, Face::Title, f.left() + (f.width() - f.textWidth(line, Face::Title)) / 2, f.y());
            f.advance(f.lineHeight(Face::Title));
        }
        if (!doc.subtitle.isEmpty()) {
            for (const QString &line : f.wrap(doc.subtitle, Face::Body, f.width())) {
                f.drawLine(line, Face::Body, f.left() + (f.width() - f.textWidth(line, Face::Body)) / 2, f.y(), QColor(70, 70, 70));
                f.advance(f.lineHeight(Face::Body));
            }
        }
        f.advance(f.mm(4));
    }

    void operator()(const HeadingBlock &b)
    {
        const Face face = b.level <= 1 ? Face::Heading1 : Face::Heading2;
        const QStringList lines = f.wrap(b.text, face, f.width());
        if (!f.atTop())
            f.advance(f.mm(b.level <= 1 ? 4 : 2.5));
        // keep the heading with at least two lines of what follows
        f.ensure(lines.size() * f.lineHeight(face) + f.mm(30));
        for (const QString &l : lines) {
            f.drawLine(l, face, f.left(), f.y());
            f.advance(f.lineHeight(face));
        }
        f.advance(f.mm(1));
    }

    void operator()(const ParagraphBlock &b)
    {
        const Face face = b.style == ParagraphStyle::Strong ? Face::Strong : b.style == ParagraphStyle::Note ? Face::Small : Face::Body;
        const double indent = b.style == ParagraphStyle::Body ? f.textWidth(QStringLiteral("中文"), face) : 0;
        const QStringList lines = f.wrap(b.text, face, f.width(), indent);
        const QColor color = b.style == ParagraphStyle::Note ? QColor(80, 80, 80) : QColor(Qt::black);
        for (int i = 0; i < lines.size(); ++i) {
            f.ensure(f.lineHeight(face));
            double x = f.left() + (i == 0 ? indent : 0);
            if (b.style == ParagraphStyle::Centered)
                x = f.left() + (f.width() - f.textWidth(lines[i], face)) / 2;
            else if (b.style == ParagraphStyle::Right)
                x = f.left() + f.width() - f.textWidth(lines[i], face) - f.mm(8);
            f.drawLine(lines[i], face, x, f.y(), color);
            f.advance(f.lineHeight(face));
        }
        f.advance(f.mm(1.2));
    }

    void operator()(const KeyValueBlock &b)
    {
        const int pairs = std::max(1, b.columns);
        std::vector<double> widths;
        for (int i = 0; i < pairs; ++i) {
            widths.push_back(f.width() / pairs * 0.3);
            widths.push_back(f.width() / pairs * 0.7);
        }
        for (size_t i = 0; i < b.pairs.size(); i += size_t(pairs)) {
            std::vector<Cell> cells;
            for (size_t k = 0; k < size_t(pairs); ++k) {
                const bool has = i + k < b.pairs.size();
                cells.push_back({f.wrap(has ? b.pairs[i + k].first : QString(), Face::SmallStrong, widths[2 * k] - 2 * pad()), CellAlign::Left});
                cells.push_back({f.wrap(has ? b.pairs[i + k].second : QString(), Face::Small, widths[2 * k + 1] - 2 * pad()), CellAlign::Left});
            }
            const double h = rowHeight(cells);
            f.ensure(h);
            row(cells, widths, h, false, true);
            f.advance(h);
        }
        f.advance(f.mm(3));
    }

    void operator()(const TableBlock &b)
    {
        double total = 0;
        for (const TableColumn &c : b.columns)
            total += c.width;
        std::vector<double> widths;
        std::vector<Cell> header;
        for (const TableColumn &c : b.columns) {
            widths.push_back(f.width() * c.width / total);
            header.push_back({f.wrap(c.title, Face::SmallStrong, widths.back() - 2 * pad()), CellAlign::Center});
        }
        const double headerH = rowHeight(header);
        auto drawHeader = [&] {
            row(header, widths, headerH, true, false);
            f.advance(headerH);
        };
        auto cellsOf = [&](const TableRow &r) {
            std::vector<Cell> cells;
            for (size_t i = 0; i < b.columns.size(); ++i)
                cells.push_back({f.wrap(r.cells.value(int(i)), r.emphasis ? Face::SmallStrong : Face::Small, widths[i] - 2 * pad()),
                                 b.columns[i].align});
            return cells;
        };
        bool first = true;
        for (size_t ri = 0; ri < b.rows.size(); ++ri) {
            const TableRow &r = b.rows[ri];
            std::vector<Cell> cells = cellsOf(r);
            double h = rowHeight(cells);
            const double maxH = f.bodyHeight() - headerH;
            if (h > maxH) {  // a row taller than a page: keep the lines that fit, mark the cut
                const int keep = int((maxH - 2 * pad()) / f.lineHeight(Face::Small)) - 1;
                for (Cell &c : cells)
                    if (c.lines.size() > keep) {
                        c.lines = c.lines.mid(0, keep);
                        c.lines << QStringLiteral("……");
                    }
                h = rowHeight(cells);
            }
            // A table starts with at least three rows under its header, and a subtotal row stays
            // with the row after it.
            double keep = h;
            if (first || r.emphasis)
                for (size_t k = ri + 1; k < b.rows.size() && k < ri + (first ? 3 : 2); ++k)
                    keep += rowHeight(cellsOf(b.rows[k]));
            keep = std::min(keep, f.bodyHeight() - headerH);
            if (first) {
                f.ensure(headerH + keep);
                drawHeader();
                first = false;
            } else if (f.ensure(keep)) {
                drawHeader();
            }
            row(cells, widths, h, r.emphasis, false);
            f.advance(h);
        }
        if (first) {
            f.ensure(headerH);
            drawHeader();
        }
        f.advance(f.mm(3));
    }

    void operator()(const ChartBlock &b)
    {
        const double h = ReportChartPainter::height(b, f);
        f.ensure(h);
        ReportChartPainter::paint(b, f, QRectF(f.left(), f.y(), f.width(), h));
        f.advance(h + f.mm(4));
    }

    void operator()(const PageCropBlock &b)
    {
        const QImage &img = crop(b);
        const QStringList caption = f.wrap(b.caption, Face::Small, f.width());
        const double capH = caption.size() * f.lineHeight(Face::Small);
        QSizeF size(f.width(), f.mm(30));
        if (!img.isNull()) {
            const double natural = img.width() * f.mm(25.4) / m_dpi;  // the crop's size at its own resolution
            const double w = std::min(f.width(), natural), maxH = std::min(f.mm(150), f.bodyHeight() - capH - f.mm(4));
            size = QSizeF(w, w * img.height() / img.width());
            if (size.height() > maxH)
                size = QSizeF(maxH * img.width() / img.height(), maxH);
        }
        f.ensure(capH + size.height() + f.mm(2));
        for (const QString &l : caption) {
            f.drawLine(l, Face::Small, f.left(), f.y());
            f.advance(f.lineHeight(Face::Small));
        }
        const QRectF target(f.left() + (f.width() - size.width()) / 2, f.y() + f.mm(1), size.width(), size.height());
        if (QPainter *p = f.painter()) {
            if (img.isNull()) {
                p->setPen(QPen(QColor(150, 150, 150), f.mm(0.2), Qt::DashLine));
                p->drawRect(target);
                const QString t = QStringLiteral("（第 %1 页图像不可用）").arg(b.page);
                f.drawLine(t, Face::Small, target.center().x() - f.textWidth(t, Face::Small) / 2, target.center().y() - f.mm(2),
                           QColor(120, 120, 120));
            } else {
                p->drawImage(target, img);
                p->setPen(QPen(QColor(160, 160, 160), f.mm(0.2)));
                p->drawRect(target);
            }
        }
        f.advance(size.height() + f.mm(6));
    }

    void operator()(const SignatureBlock &b)
    {
        const double lh = f.lineHeight(Face::Body);
        f.ensure(f.mm(8) + b.roles.size() * (lh + f.mm(9)));
        f.advance(f.mm(8));
        const QString blank = QStringLiteral("日期：      年    月    日");
        for (const QString &role : b.roles) {
            const QString dateText = role == b.roles.first() && !b.date.isEmpty() ? QStringLiteral("日期：%1").arg(b.date) : blank;
            const QString label = QStringLiteral("%1（签名）：").arg(role);
            f.drawLine(label, Face::Body, f.left(), f.y());
            const double x0 = f.left() + f.textWidth(label, Face::Body), lineY = f.y() + lh * 0.85;
            if (QPainter *p = f.painter()) {
                p->setPen(QPen(Qt::black, f.mm(0.25)));
                p->drawLine(QPointF(x0, lineY), QPointF(x0 + f.mm(55), lineY));
            }
            f.drawLine(dateText, Face::Body, f.left() + f.width() * 0.58, f.y());
            f.advance(lh + f.mm(9));
        }
    }

    void operator()(const PageBreakBlock &)
    {
        if (!f.atTop())
            f.newPage();
    }

private:
    double pad() const { return f.mm(1.3); }

    double rowHeight(const std::vector<Cell> &cells) const
    {
        qsizetype lines = 1;
        for (const Cell &c : cells)
            lines = std::max(lines, c.lines.size());
        return lines * f.lineHeight(Face::Small) + 2 * pad();
    }

    void row(const std::vector<Cell> &cells, const std::vector<double> &widths, double h, bool bold, bool keyValue)
    {
        QPainter *p = f.painter();
        if (!p)
            return;
        double x = f.left();
        for (size_t i = 0; i < cells.size(); ++i) {
            const QRectF r(x, f.y(), widths[i], h);
            const bool label = keyValue && i % 2 == 0;
            if (bold || label)
                p->fillRect(r, label ? QColor(0xEE, 0xF1, 0xF5) : QColor(0xE3, 0xE8, 0xEF));
            p->setPen(QPen(QColor(120, 120, 120), f.mm(0.2)));
            p->drawRect(r);
            const Face face = bold || label ? Face::SmallStrong : Face::Small;
            double y = f.y() + pad();
            for (const QString &line : cells[i].lines) {
                const double w = f.textWidth(line, face);
                double lx = r.left() + pad();
                if (cells[i].align == CellAlign::Center)
                    lx = r.center().x() - w / 2;
                else if (cells[i].align == CellAlign::Right)
                    lx = r.right() - pad() - w;
                f.drawLine(line, face, lx, y);
                y += f.lineHeight(Face::Small);
            }
            x += widths[i];
        }
    }

    const QImage &crop(const PageCropBlock &b)
    {
        QString key = QStringLiteral("%1/%2").arg(b.caseId).arg(b.page);
        if (b.rect)
            key += QStringLiteral("/%1,%2,%3,%4").arg(b.rect->x()).arg(b.rect->y()).arg(b.rect->width()).arg(b.rect->height());
        auto it = m_crops.find(key);
        if (it == m_crops.end())
            it = m_crops.emplace(key, m_images ? m_images->crop(b.caseId, b.page, b.rect, m_dpi) : QImage()).first;
        return it->second;
    }

    ReportPageFlow &f;
    PageImageSource *m_images;
    double m_dpi;
    std::map<QString, QImage> &m_crops;
};
} // namespace

QString ReportRenderer::defaultBureau() { return QStringLiteral("××司法局"); }

RenderResult ReportRenderer::paint(const ReportDocument &doc, QPainter &painter, QPagedPaintDevice &device, const RenderOptions &options)
{
    RenderResult result;
    result.fingerprint = ReportFingerprint::sha256(doc);
    PageDecoration deco;
    deco.bureau = options.bureau.trimmed().isEmpty() ? defaultBureau() : options.bureau.trimmed();
    deco.title = doc.title;
    deco.statusMark = doc.statusMark;
    deco.fingerprint = ReportFingerprint::shortForm(result.fingerprint);
    deco.printedOn = ReportText::date(options.printedOn.isValid() ? options.printedOn : QDate::currentDate());
    const QString family = ReportFonts::family();
    std::map<QString, QImage> crops;

    auto run = [&](QPainter *p, int *pages) {
        ReportPageFlow flow(device, p, family, deco);
        BlockPainter blocks(flow, m_images, options.cropDpi, crops);
        flow.begin();
        blocks.title(doc);
        for (size_t i = 0; i < doc.blocks.size(); ++i) {
            std::visit(blocks, doc.blocks[i]);
            if (p && options.progress && !options.progress(int(i + 1), int(doc.blocks.size())))
                return false;
        }
        flow.finishPage();
        *pages = flow.page();
        return true;
    };
    int counted = 0;
    run(nullptr, &counted);
    deco.totalPages = counted;
    if (!run(&painter, &result.pages)) {
        result.cancelled = true;
        return result;
    }
    result.ok = true;
    return result;
}

RenderResult ReportRenderer::writePdf(const ReportDocument &doc, QIODevice &out, const RenderOptions &options)
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("案卷评查工作站"));
    QPainter painter(&writer);
    return paint(doc, painter, writer, options);
}

RenderResult ReportRenderer::writePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options)
{
    RenderResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    result = writePdf(doc, file, options);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
    }
    return result;
}

} // namespace casereview
