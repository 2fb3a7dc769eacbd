// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/chinesedate.h"
#include "ocr/ocrengine.h"
#include "ocr/sealfilter.h"
#include "qtprinters.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
constexpr double kDpi = 300;
double mm(double v) { return v / 25.4 * kDpi; }

// A five-pointed star, filled, as in the middle of an official seal.
QPainterPath star(QPointF c, double r)
{
    QPainterPath p;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double rr = i % 2 ? r * 0.38 : r;
        const QPointF pt(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        i ? p.lineTo(pt) : p.moveTo(pt);
    }
    p.closeSubpath();
    return p;
}

// An official seal, 42 mm across with a 0.6 mm ring as on the sample scans, stamped in `ink` over the signature block: the agency on one
// line and the date on the next, with curved text along the top of the ring.
void stampSeal(QPainter &p, QPointF centre, const QColor &ink)
{
    const double r = mm(21);
    p.save();
    p.setPen(QPen(ink, mm(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, r, r);
    p.fillPath(star(centre, mm(7)), ink);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(int(mm(4.5)));
    p.setFont(font);
    const QString curved = QStringLiteral("某某市市场监督管理局");
    for (int i = 0; i < curved.size(); ++i) {
        const double a = -M_PI * 0.95 + i * (M_PI * 0.9 / (curved.size() - 1));
        p.save();
        p.translate(centre.x() + (r - mm(5)) * std::cos(a), centre.y() + (r - mm(5)) * std::sin(a));
        p.rotate(a * 180 / M_PI + 90);
        p.setPen(ink);
        p.drawText(QPointF(-mm(2.2), mm(2.2)), curved.mid(i, 1));
        p.restore();
    }
    p.restore();
}

// An A4-wide strip at 300 dpi: a body line, then the signature block under a seal.
QImage signaturePage(const QColor &sealInk, QImage::Format format)
{
    QImage page(int(mm(210)), int(mm(110)), format);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(int(12 / 72.0 * kDpi));
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(mm(25), mm(20)), QStringLiteral("本处罚决定自送达之日起生效。"));
    p.drawText(QPointF(mm(120), mm(60)), QStringLiteral("某某市市场监督管理局"));
    p.drawText(QPointF(mm(128), mm(70)), QStringLiteral("2025年3月28日"));
    stampSeal(p, QPointF(mm(150), mm(62)), sealInk);
    return page;
}

std::vector<QDate> datesIn(const QString &text)
{
    std::vector<QDate> out;
    for (const auto &m : ChineseDate::findAll(text))
        out.push_back(m.date);
    return out;
}

bool contains(const std::vector<QDate> &v, QDate d) { return std::find(v.begin(), v.end(), d) != v.end(); }
} // namespace

TEST_CASE("strongly red seal ink is dropped and black print over it kept")
{
    CHECK(SealFilter::isSealRed(qRgb(220, 30, 40)));
    CHECK(SealFilter::isSealRed(qRgb(200, 120, 120)));  // thin or faded stamp
    CHECK_FALSE(SealFilter::isSealRed(qRgb(20, 20, 20)));
    CHECK_FALSE(SealFilter::isSealRed(qRgb(128, 128, 128)));
    CHECK_FALSE(SealFilter::isSealRed(qRgb(255, 255, 255)));
    CHECK_FALSE(SealFilter::isSealRed(qRgb(90, 20, 20)));  // dark: text printed over the seal

    const QImage page = signaturePage(QColor(215, 35, 45), QImage::Format_RGB32);
    const QImage clean = SealFilter::withoutRedInk(page);
    int red = 0, black = 0;
    for (int y = 0; y < clean.height(); ++y)
        for (int x = 0; x < clean.width(); ++x) {
            const QRgb c = clean.pixel(x, y);
            red += SealFilter::isSealRed(c);
            black += qRed(c) < 80 && qGreen(c) < 80;
        }
    CHECK(red == 0);
    CHECK(black > 1000);
    const QImage gray(10, 10, QImage::Format_Grayscale8);
    CHECK(SealFilter::withoutRedInk(gray).constBits() == gray.constBits());  // untouched, not copied
}

TEST_CASE("a seal ring in the text's own ink is found by its shape and erased with its star")
{
    QImage page = signaturePage(Qt::black, QImage::Format_Grayscale8);
    const auto ring = SealFilter::eraseSeal(page, kDpi);
    
    REQUIRE(ring.has_value());
    INFO(ring->cx << " " << ring->cy << " " << ring->r);
    CHECK(ring->cx == doctest::Approx(mm(150)).epsilon(0.02));
    CHECK(ring->cy == doctest::Approx(mm(62)).epsilon(0.02));
    CHECK(ring->r == doctest::Approx(mm(21)).epsilon(0.05));
    // Ring and star gone; the date line under the seal keeps most of its ink.
    auto inkIn = [&](QRect r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += qGray(page.pixel(x, y)) < 128;
        return n;
    };
    CHECK(inkIn(QRect(int(mm(150) - 3), int(mm(62 + 21) - 6), 6, 12)) == 0);   // bottom of the ring
    CHECK(inkIn(QRect(int(mm(150) - 8), int(mm(62) - mm(5)), 16, int(mm(3)))) == 0);  // star's middle
    QImage untouched = signaturePage(Qt::white, QImage::Format_Grayscale8);
    const QRect dateLine(int(mm(128)), int(mm(66)), int(mm(40)), int(mm(5)));
    const int before = [&] {
        int n = 0;
        for (int y = dateLine.top(); y <= dateLine.bottom(); ++y)
            for (int x = dateLine.left(); x <= dateLine.right(); ++x)
                n += qGray(untouched.pixel(x, y)) < 128;
        return n;
    }();
    CHECK(inkIn(dateLine) > before * 0.85);

    // No ring, nothing erased: plain text is left alone.
    QImage plain = signaturePage(Qt::white, QImage::Format_Grayscale8);
    const QImage copy = plain.copy();
    CHECK_FALSE(SealFilter::eraseSeal(plain, kDpi).has_value());
    CHECK(plain == copy);
}

TEST_CASE("lines of print crossing a seal are found as bands and the curved seal text is not")
{
    QImage page = signaturePage(Qt::black, QImage::Format_Grayscale8);
    SealFilter::eraseSeal(page, kDpi);
    const auto bands = SealFilter::textBands(page, kDpi);
    
    auto covers = [&](double yMm) {
        return std::any_of(bands.begin(), bands.end(), [&](const auto &b) { return b.first <= mm(yMm) && mm(yMm) <= b.second; });
    };
    CHECK(covers(19));  // body line
    CHECK(covers(59));  // agency
    CHECK(covers(69));  // date
    CHECK_FALSE(covers(53));  // only the sides of the seal's curved text
    auto bandOf = [&](double yMm) {
        return std::find_if(bands.begin(), bands.end(), [&](const auto &b) { return b.first <= mm(yMm) && mm(yMm) <= b.second; });
    };
    CHECK(bandOf(59) != bandOf(69));
    for (const auto &b : bands)
        CHECK(b.second - b.first < mm(6));
}

TEST_CASE("the signature date under a seal is read by OCR in black-and-white and in colour scans")
{
    OcrEngine engine;
    REQUIRE_MESSAGE(engine.isReady(), engine.errorString().toStdString());
    for (const QColor ink : {QColor(Qt::black), QColor(215, 35, 45)}) {
        CAPTURE(ink.name().toStdString());
        const QImage page = signaturePage(ink, ink == Qt::black ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
        const OcrPage result = engine.recognize(page, kDpi);
        INFO("OCR text: " << result.text.toStdString());
        CHECK(contains(datesIn(result.text), QDate(2025, 3, 28)));
        CHECK(result.text.contains(QStringLiteral("本处罚决定自送达之日起生效")));
    }
}
