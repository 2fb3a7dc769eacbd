// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned pages: the viewer finds and selects text through the OCR word boxes.
#include "fixtures.h"
#include "viewer/pagerenderer.h"

#include <QSignalSpy>
#include <doctest/doctest.h>

TEST_CASE("the page renderer finds text on an OCR page through its word boxes")
{
    // Page 1 has a text layer, page 2 stands for a scan: only the OCR words know its text.
    const QByteArray pdf = Fixtures::pdf({QStringLiteral("立案审批表"), QString()});
    std::map<int, std::vector<TextRun>> ocr;
    ocr[1] = {{QStringLiteral("行政处罚"), QRectF(100, 200, 60, 14)}, {QStringLiteral("决定书"), QRectF(160, 200, 45, 14)}};

    PageRenderer renderer;
    QSignalSpy opened(&renderer, &PageRenderer::opened);
    renderer.open(pdf, ocr);
    REQUIRE(opened.wait(10000));
    CHECK(renderer.pageCount() == 2);

    QSignalSpy found(&renderer, &PageRenderer::findFinished);
    renderer.find(QStringLiteral("处罚决定"));
    REQUIRE(found.wait(10000));
    const auto hits = found.takeFirst().at(1).value<std::vector<FindHit>>();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].page == 1);
    // "处罚" is the second half of the first box, "决定" the first two thirds of the second.
    CHECK(hits[0].rect.left() == doctest::Approx(130));
    CHECK(hits[0].rect.right() == doctest::Approx(190));
    CHECK(hits[0].rect.top() == doctest::Approx(200));

    QSignalSpy text(&renderer, &PageRenderer::textReady);
    renderer.requestText(1);
    REQUIRE(text.wait(10000));
    const auto runs = text.takeFirst().at(1).value<std::vector<TextRun>>();
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].text == QStringLiteral("决定书"));

    // The text layer of page 1 is still read from the PDF.
    renderer.find(QStringLiteral("立案"));
    REQUIRE(found.wait(10000));
    const auto native = found.takeFirst().at(1).value<std::vector<FindHit>>();
    REQUIRE(native.size() == 1);
    CHECK(native[0].page == 0);
}
