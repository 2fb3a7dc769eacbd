// SPDX-License-Identifier: GPL-3.0-or-later
// The page renderer and its find matching, without a window.
#include "uitestsupport.h"

#include "fixtures.h"
#include "viewer/documentviewer.h"
#include "viewer/pagerenderer.h"

#include <QCoreApplication>
#include <QSpinBox>

#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

TEST_CASE("find matching maps a query to rectangles inside the word boxes")
{
    const std::vector<TextRun> runs = {{QStringLiteral("行政处罚"), QRectF(0, 0, 40, 10)},
                                       {QStringLiteral("决定书"), QRectF(40, 0, 30, 10)},
                                       {QStringLiteral("决定"), QRectF(0, 20, 20, 10)}};
    const auto hits = PageRenderer::match(runs, QStringLiteral("处罚决定"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].left() == doctest::Approx(20));
    CHECK(hits[0].right() == doctest::Approx(60));
    CHECK(PageRenderer::match(runs, QStringLiteral("决定")).size() == 2);
    CHECK(PageRenderer::match(runs, QStringLiteral("  ")).empty());
    // A hit across two lines gives one rectangle per line.
    CHECK(PageRenderer::match(runs, QStringLiteral("书决")).size() == 2);
}

TEST_CASE("a 20000 pt page renders within the pixel cap")
{
    PageRenderer renderer;
    int pages = -1;
    QImage image;
    QObject::connect(&renderer, &PageRenderer::opened, [&](int n) { pages = n; });
    QObject::connect(&renderer, &PageRenderer::pageRendered,
                     [&](int, double, PageRenderer::Purpose, const QImage &img) { image = img; });
    renderer.open(Fixtures::hugePagePdf(QStringLiteral("巨幅页面")));
    REQUIRE(waitFor([&] { return pages == 1; }));
    renderer.requestPage(0, 192, PageRenderer::Purpose::View, true);
    REQUIRE(waitFor([&] { return !image.isNull(); }));
    CHECK(std::max(image.width(), image.height()) <= 4096);
}

TEST_CASE("a damaged PDF is reported, not rendered")
{
    PageRenderer renderer;
    bool failed = false;
    QObject::connect(&renderer, &PageRenderer::openFailed, [&] { failed = true; });
    renderer.open(QByteArray("%PDF-1.4 garbage"));
    CHECK(waitFor([&] { return failed; }));
}

TEST_CASE("growing the viewer at the top of a document stays on page 1 and the page box agrees")
{
    // Narrow first (pages laid out tiny, as before the window gets its size), then grown.
    DocumentViewer viewer;
    viewer.resize(120, 700);
    viewer.show();
    viewer.setDocument(Fixtures::pdf({QStringLiteral("第一页"), QStringLiteral("第二页"), QStringLiteral("第三页"),
                                      QStringLiteral("第四页"), QStringLiteral("第五页")}), {});
    REQUIRE(waitFor([&] { return viewer.hasDocument(); }));
    viewer.resize(1200, 900);
    QCoreApplication::processEvents();
    CHECK(viewer.currentPage() == 0);
    auto *box = viewer.findChild<QSpinBox *>();
    REQUIRE(box);
    CHECK(box->value() == 1);
}
