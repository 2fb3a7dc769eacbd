// SPDX-License-Identifier: GPL-3.0-or-later
// Character-level selection: the characters between the press and the release point in reading
// order, on native pages (Poppler's character boxes) and OCR pages (word boxes), and copying them.
#include "uitestsupport.h"

#include "fixtures.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"
#include "viewer/textselection.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
// A run whose characters are 10 pt wide boxes starting at `x`, on the line at `y`.
TextRun run(const QString &text, double x, double y, bool spaceAfter = false)
{
    TextRun r{text, QRectF(x, y, 10.0 * double(text.size()), 10), {}, spaceAfter};
    for (qsizetype i = 0; i < text.size(); ++i)
        r.chars.emplace_back(x + 10.0 * double(i), y, 10, 10);
    return r;
}
} // namespace

TEST_CASE("text selection table: press and release carets pick exactly the characters between")
{
    const std::vector<TextRun> page{run(QStringLiteral("行政处罚"), 0, 0), run(QStringLiteral("决定书"), 40, 0),
                                    run(QStringLiteral("当事人："), 0, 20), run(QStringLiteral("张三"), 40, 20),
                                    run(QStringLiteral("Case"), 0, 40, true), run(QStringLiteral("No.7"), 50, 40)};
    struct Row {
        const char *name;
        QPointF from, to;
        const char *text;
    };
    const std::vector<Row> rows{
        {"inside one word from the left half of a character", {22, 5}, {48, 5}, "处罚决"},
        {"a release left of a character's middle leaves it out", {22, 5}, {44, 5}, "处罚"},
        {"across a line break, in reading order", {52, 5}, {17, 25}, "定书\n当事"},
        {"dragged backwards gives the same", {17, 25}, {52, 5}, "定书\n当事"},
        {"from above the text to past the end of a line", {2, -30}, {200, 3}, "行政处罚决定书"},
        {"between the lines goes to the nearer line", {71, 14}, {200, 25}, "当事人：张三"},
        {"latin words keep their space", {0, 45}, {200, 45}, "Case No.7"},
        {"a click selects nothing", {25, 5}, {25, 5}, ""},
    };
    for (const Row &row : rows) {
        CAPTURE(std::string(row.name));
        TextSelection s(page);
        s.select(row.from, row.to);
        CAPTURE(s.text().toStdString());
        CHECK(s.text() == QString::fromUtf8(row.text));
    }
    TextSelection s(page);
    s.select({22, 5}, {17, 25});
    const auto lines = s.lineRects();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QRectF(20, 0, 50, 10));
    CHECK(lines[1] == QRectF(0, 20, 20, 10));
}

TEST_CASE("text selection on OCR words splits each word box evenly and handles two columns")
{
    // OCR words have no character boxes; two columns side by side, read left column first.
    const std::vector<TextRun> page{{QStringLiteral("左栏第一行"), QRectF(0, 0, 50, 10)},
                                    {QStringLiteral("左栏第二行"), QRectF(0, 20, 50, 10)},
                                    {QStringLiteral("右栏第一行"), QRectF(200, 0, 50, 10)}};
    TextSelection s(page);
    s.select({12, 5}, {37, 5});
    CHECK(s.text() == QStringLiteral("栏第一"));
    s.select({212, 5}, {237, 5});
    CHECK(s.text() == QStringLiteral("栏第一"));
    CHECK(s.begin() == 11);
    s.select({32, 25}, {222, 5});
    CHECK(s.text() == QStringLiteral("二行\n右栏"));
}

TEST_CASE("dragging over a native page and an OCR page selects and copies exactly those characters")
{
    const QByteArray pdf = Fixtures::pdf({QStringLiteral("立案审批表\n当事人：郑州市某某商贸有限公司"), QString()});
    std::map<int, std::vector<TextRun>> ocr;
    ocr[1] = {{QStringLiteral("行政处罚"), QRectF(100, 200, 60, 14)}, {QStringLiteral("决定书"), QRectF(160, 200, 45, 14)}};
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    viewer.setDocument(pdf, {}, ocr);
    DocumentView *view = viewer.view();
    REQUIRE(waitFor([&] { return viewer.hasDocument() && view->hasSharpImage(0); }));
    view->setZoom(1.0);
    QWidget *vp = view->viewport();
    // A first press loads the page's characters.
    view->goToPage(0);
    const QPoint origin = view->mapFromPage(0, {0, 0}).toPoint();
    QTest::mousePress(vp, Qt::LeftButton, {}, origin + QPoint(20, 20));
    REQUIRE(waitFor([&] { return !view->textSelection().isEmpty(); }));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, origin + QPoint(20, 20));
    const auto &chars = view->textSelection().chars();
    int shen = -1, gong = -1;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (chars[i].ch == QChar(u'审') && shen < 0)
            shen = int(i);
        if (chars[i].ch == QChar(u'贸'))
            gong = int(i);
    }
    REQUIRE(shen >= 0);
    REQUIRE(gong > shen);
    auto at = [&](int page, const QPointF &pt) { return view->mapFromPage(page, pt).toPoint(); };
    const QRectF from = chars[size_t(shen)].rect, to = chars[size_t(gong)].rect;
    QTest::mousePress(vp, Qt::LeftButton, {}, at(0, {from.left() + 1, from.center().y()}));
    QTest::mouseMove(vp, at(0, {to.center().x() + 1, to.center().y()}));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, at(0, {to.center().x() + 1, to.center().y()}));
    CHECK(view->selectedText() == QStringLiteral("审批表\n当事人：郑州市某某商贸"));
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("审批表\n当事人：郑州市某某商贸"));
    UiTest::screenshot(&viewer, QStringLiteral("viewer-char-selection"));

    // OCR page: "处罚决定" is the second half of one word box and two thirds of the next.
    view->goToPage(1);
    QTest::mousePress(vp, Qt::LeftButton, {}, at(1, {110, 207}));
    REQUIRE(waitFor([&] { return !view->textSelection().isEmpty(); }));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, at(1, {110, 207}));
    QTest::mousePress(vp, Qt::LeftButton, {}, at(1, {131, 207}));
    QTest::mouseMove(vp, at(1, {191, 207}));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, at(1, {191, 207}));
    CHECK(view->selectionPage() == 1);
    CHECK(view->selectedText() == QStringLiteral("处罚决定"));
    CHECK(view->selectionRect().left() == doctest::Approx(130).epsilon(0.01));
    CHECK(view->selectionRect().right() == doctest::Approx(190).epsilon(0.01));
}
