// SPDX-License-Identifier: GPL-3.0-or-later
// PreparedPageImages: every crop a document names is read once from the source beforehand, and
// afterwards only looked up (the print preview paints from it on the GUI thread).
#include "report/preparedpageimages.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
// Answers each crop with an image whose width encodes the page, and counts the reads.
struct CountingSource : PageImageSource {
    int reads = 0;
    QImage crop(qint64, int page, const std::optional<QRectF> &, double dpi) override
    {
        ++reads;
        return QImage(page * 10, int(dpi), QImage::Format_RGB32);
    }
};

ReportDocument docWith(std::vector<PageCropBlock> crops)
{
    ReportDocument doc;
    doc.blocks.push_back(HeadingBlock{});
    for (PageCropBlock &c : crops) {
        doc.blocks.push_back(std::move(c));
        doc.blocks.push_back(ParagraphBlock{});
    }
    return doc;
}
} // namespace

TEST_CASE("prepared page images: each named crop is read once, looked up after, unknown ones are null")
{
    const QRectF box(10, 20, 100, 30);
    CountingSource source;
    PreparedPageImages prepared = PreparedPageImages::prepare(
        docWith({{1, 2, box, {}}, {1, 2, box, {}}, {1, 2, std::nullopt, {}}, {2, 5, box, {}}}), source, 150);
    CHECK(source.reads == 3);  // the repeated crop once
    CHECK(prepared.size() == 3);
    CHECK(prepared.crop(1, 2, box, 999).width() == 20);
    CHECK(prepared.crop(1, 2, box, 150).height() == 150);  // as prepared, whatever dpi is asked
    CHECK(prepared.crop(1, 2, std::nullopt, 150).width() == 20);
    CHECK(prepared.crop(2, 5, box, 150).width() == 50);
    CHECK(source.reads == 3);  // lookups never read
    CHECK(prepared.crop(2, 5, std::nullopt, 150).isNull());
    CHECK(prepared.crop(3, 1, box, 150).isNull());
    CHECK(prepared.crop(1, 2, QRectF(10, 20, 100, 31), 150).isNull());
}

TEST_CASE("prepared page images: a stop keeps what was read")
{
    CountingSource source;
    int asked = 0;
    PreparedPageImages prepared = PreparedPageImages::prepare(docWith({{1, 1, {}, {}}, {1, 2, {}, {}}, {1, 3, {}, {}}}), source,
                                                              100, [&] { return ++asked <= 2; });
    CHECK(source.reads == 2);
    CHECK(prepared.size() == 2);
    CHECK(!prepared.crop(1, 2, std::nullopt, 100).isNull());
    CHECK(prepared.crop(1, 3, std::nullopt, 100).isNull());
    CHECK(PreparedPageImages::prepare(ReportDocument{}, source, 100).size() == 0);
}
