// SPDX-License-Identifier: GPL-3.0-or-later
// Rendered reports read back through PdfReader (Poppler): page count, the page header and
// footer on every page, tables that break between rows with the header repeated, status marks
// and page crops.
#include "campaignfixture.h"
#include "fixtures.h"
#include "import/pdfreader.h"
#include "report/pageimagesource.h"
#include "report/reportfingerprint.h"
#include "report/reportrenderer.h"
#include "report/reviewopinionbuilder.h"
#include "report/storepageimages.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

using namespace CampaignFixture;

namespace {
struct FakeImages : PageImageSource {
    int calls = 0;
    QImage crop(qint64, int, const std::optional<QRectF> &, double) override
    {
        ++calls;
        QImage img(600, 300, QImage::Format_RGB32);
        img.fill(Qt::white);
        return img;
    }
};

std::vector<QString> pageTexts(const QString &path)
{
    PdfReader r = PdfReader::open(Fixtures::readFile(path));
    REQUIRE(r.isOpen());
    std::vector<QString> out;
    for (int i = 0; i < r.pageCount(); ++i)
        out.push_back(r.pageText(i));
    return out;
}

QString compact(QString s)
{
    s.remove(u' ');
    s.remove(u'\n');
    return s;
}
} // namespace

TEST_CASE("rendered review opinion has header footer page numbers and the fingerprint on every page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("opinion.pdf"));
    const ReportDocument doc = ReviewOpinionBuilder::build(campaign()[0]);
    FakeImages images;
    RenderOptions o;
    o.bureau = QStringLiteral("测试市司法局");
    o.printedOn = QDate(2025, 6, 1);
    const RenderResult r = ReportRenderer(&images).writePdf(doc, path, o);
    REQUIRE(r.ok);
    CHECK(r.fingerprint == ReportFingerprint::sha256(doc));
    CHECK(images.calls == 3);  // each crop rendered once although the layout runs twice
    const auto pages = pageTexts(path);
    REQUIRE(int(pages.size()) == r.pages);
    CHECK(r.pages >= 2);
    const QString shortPrint = ReportFingerprint::shortForm(r.fingerprint);
    for (size_t i = 0; i < pages.size(); ++i) {
        CAPTURE(i);
        const QString t = compact(pages[i]);
        CHECK(t.contains(QStringLiteral("测试市司法局")));
        CHECK(t.contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(pages.size())));
        CHECK(t.contains(shortPrint));
        CHECK(!t.contains(QStringLiteral("草稿")));
    }
    const QString first = compact(pages.front());
    CHECK(first.contains(QStringLiteral("行政执法案卷评查表")));
    CHECK(first.contains(QStringLiteral("甲局")));
    QString all;
    for (const QString &p : pages)
        all += compact(p);
    CHECK(all.contains(QStringLiteral("理由B1")));
    CHECK(all.contains(QStringLiteral("评定等级：优秀")));
    CHECK(compact(pages.back()).contains(QStringLiteral("B1立案审批（扣5分）—第5页")));
}

TEST_CASE("rendered draft opinion carries its mark on every page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.pdf"));
    CaseInput c = campaign()[3];  // draft with unanswered items
    const RenderResult r = ReportRenderer().writePdf(ReviewOpinionBuilder::build(c), path, {});
    REQUIRE(r.ok);
    for (const QString &p : pageTexts(path)) {
        CHECK(compact(p).contains(QStringLiteral("【草稿·未完成】")));
        CHECK(compact(p).contains(ReportRenderer::defaultBureau()));
    }
}

TEST_CASE("rendered long table breaks between rows and repeats its header")
{
    ReportDocument doc;
    doc.title = QStringLiteral("长表");
    TableBlock t;
    t.columns = {{QStringLiteral("序号列"), 1}, {QStringLiteral("内容列"), 6}};
    for (int i = 1; i <= 150; ++i)
        t.rows.push_back({{QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
                           i % 10 == 0 ? QStringLiteral("很长的内容").repeated(30) : QStringLiteral("内容%1").arg(i)}});
    doc.blocks.push_back(t);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const RenderResult r = ReportRenderer().writePdf(doc, path, {});
    REQUIRE(r.ok);
    const auto pages = pageTexts(path);
    CHECK(pages.size() >= 4);
    int seen = 0;
    for (const QString &p : pages) {
        const QString text = compact(p);
        CHECK(text.contains(QStringLiteral("序号列")));  // the header on every page
        CHECK(text.contains(QStringLiteral("内容列")));
        for (int i = 1; i <= 150; ++i)
            seen += text.count(QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')));
    }
    CHECK(seen == 150);  // every row exactly once: none lost, none split over two pages
}

TEST_CASE("writing a report to an unwritable path fails cleanly")
{
    QTemporaryDir dir;
    const RenderResult r = ReportRenderer().writePdf(ReviewOpinionBuilder::build(campaign()[0]),
                                                      dir.filePath(QStringLiteral("missing/x.pdf")), {});
    CHECK(!r.ok);
    CHECK(r.error.contains(QStringLiteral("missing/x.pdf")));
}

TEST_CASE("page crop region is a padded band across the page")
{
    const QSizeF a4(595, 842);
    CHECK(StorePageImages::cropRegion(a4, std::nullopt) == QRectF(0, 0, 595, 842));
    const QRectF band = StorePageImages::cropRegion(a4, QRectF(100, 400, 200, 20));
    CHECK(band.left() == 0);
    CHECK(band.width() == 595);
    CHECK(band.top() < 400);
    CHECK(band.bottom() > 420);
    CHECK(band.height() == doctest::Approx(842.0 / 3));
    const QRectF top = StorePageImages::cropRegion(a4, QRectF(10, 5, 50, 10));
    CHECK(top.top() == 0);
}

namespace {
// One A4 page with /Rotate `rotate` and the word EVIDENCE in Helvetica at (100, 700) of its
// unrotated user space; QPdfWriter cannot set /Rotate, so the file is written by hand.
QByteArray rotatedPagePdf(int rotate)
{
    return Fixtures::onePagePdf("0 0 595 842", rotate, "BT /F1 24 Tf 100 700 Td (EVIDENCE) Tj ET");
}

bool isOutlineRed(QRgb c) { return qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90; }
bool isInk(QRgb c) { return qRed(c) < 100 && qGreen(c) < 100 && qBlue(c) < 100; }
} // namespace

TEST_CASE("page crop outlines the evidence on pages with every rotation")
{
    for (int rotate : {0, 90, 180, 270}) {
        CAPTURE(rotate);
        const PdfReader r = PdfReader::open(rotatedPagePdf(rotate));
        REQUIRE(r.isOpen());
        REQUIRE(r.pageRotation(0) == rotate);
        // The rect a reviewer's selection of the word gives: the viewer's text box.
        const auto boxes = r.textBoxes(0);
        REQUIRE(boxes.size() == 1);
        REQUIRE(boxes[0].text == QStringLiteral("EVIDENCE"));
        const QRectF word = boxes[0].rect;
        const double dpi = 144, scale = dpi / 72;
        const QImage crop = StorePageImages::cropPage(r, 1, word, dpi);
        REQUIRE(!crop.isNull());
        const QSizeF shown = rotate % 180 ? QSizeF(842, 595) : QSizeF(595, 842);
        const QRectF region = StorePageImages::cropRegion(shown, word);
        CHECK(region.height() < shown.height());  // a band, not the whole page
        CHECK(crop.width() == doctest::Approx(shown.width() * scale).epsilon(0.01));
        CHECK(crop.height() == doctest::Approx(region.height() * scale).epsilon(0.02));
        // The word in crop pixels: ink inside it, the red outline just around it.
        const QRectF px(word.x() * scale, (word.y() - region.top()) * scale, word.width() * scale, word.height() * scale);
        int ink = 0;
        for (int y = int(px.top()); y < int(px.bottom()); ++y)
            for (int x = int(px.left()); x < int(px.right()); ++x)
                ink += isInk(crop.pixel(x, y));
        CHECK(ink > 50);
        const int cx = int(px.center().x()), cy = int(px.center().y());
        CHECK(isOutlineRed(crop.pixel(int(px.left()) - 4, cy)));
        CHECK(isOutlineRed(crop.pixel(int(px.right()) + 4, cy)));
        CHECK(isOutlineRed(crop.pixel(cx, int(px.top()) - 4)));
        CHECK(isOutlineRed(crop.pixel(cx, int(px.bottom()) + 4)));
        // Nothing red far from the word.
        CHECK(!isOutlineRed(crop.pixel(int(px.left()) - 40, cy)));
    }
}
