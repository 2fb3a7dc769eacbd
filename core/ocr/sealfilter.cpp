// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealfilter.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace casereview {

namespace {
constexpr int kInk = 128;  // darker than this is ink
constexpr int kSamples = 180;

class InkMask {
public:
    explicit InkMask(const QImage &img) : w(img.width()), h(img.height()), ink(size_t(w) * h)
    {
        for (int y = 0; y < h; ++y) {
            const uchar *row = img.constScanLine(y);
            for (int x = 0; x < w; ++x)
                ink[size_t(y) * w + x] = row[x] < kInk;
        }
    }
    bool at(int x, int y) const { return x >= 0 && y >= 0 && x < w && y < h && ink[size_t(y) * w + x]; }
    const int w, h;
    std::vector<char> ink;
};

// Share of points on the circle that have ink within `band` pixels across the ring.
double ringScore(const InkMask &m, double cx, double cy, double r, int band = 2)
{
    int hits = 0;
    for (int i = 0; i < kSamples; ++i) {
        const double a = 2 * M_PI * i / kSamples;
        const double c = std::cos(a), s = std::sin(a);
        for (int d = -band; d <= band; ++d)
            if (m.at(int(std::lround(cx + (r + d) * c)), int(std::lround(cy + (r + d) * s)))) {
                ++hits;
                break;
            }
    }
    return double(hits) / kSamples;
}

std::optional<SealFilter::Circle> findRing(const InkMask &m, double minR, double maxR)
{
    std::vector<std::pair<int, int>> points;
    for (int y = 0; y < m.h; ++y)
        for (int x = 0; x < m.w; ++x)
            if (m.ink[size_t(y) * m.w + x])
                points.emplace_back(x, y);
    if (points.size() < 100)
        return std::nullopt;
    std::mt19937 rng(7);  // fixed: the same scan always reads the same
    std::uniform_int_distribution<size_t> pick(0, points.size() - 1);
    SealFilter::Circle best;
    double bestScore = 0;
    for (int iter = 0; iter < 1500; ++iter) {
        const auto [x1, y1] = points[pick(rng)];
        const auto [x2, y2] = points[pick(rng)];
        const auto [x3, y3] = points[pick(rng)];
        const double d = 2.0 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2));
        if (std::abs(d) < 1e-6)
            continue;
        const double s1 = x1 * x1 + y1 * y1, s2 = x2 * x2 + y2 * y2, s3 = x3 * x3 + y3 * y3;
        const double cx = (s1 * (y2 - y3) + s2 * (y3 - y1) + s3 * (y1 - y2)) / d;
        const double cy = (s1 * (x3 - x2) + s2 * (x1 - x3) + s3 * (x2 - x1)) / d;
        const double r = std::hypot(x1 - cx, y1 - cy);
        if (r < minR || r > maxR)
            continue;
        const double score = ringScore(m, cx, cy, r);
        if (score > bestScore)
            bestScore = score, best = {cx, cy, r};
    }
    if (bestScore < 0.5)
        return std::nullopt;
    // Settle on the circle the ink lies on most tightly.
    for (int step : {4, 2, 1}) {
        for (bool moved = true; moved;) {
            moved = false;
            for (const auto &[dx, dy, dr] : {std::tuple{step, 0, 0}, {-step, 0, 0}, {0, step, 0}, {0, -step, 0},
                                             {0, 0, step}, {0, 0, -step}}) {
                const SealFilter::Circle c{best.cx + dx, best.cy + dy, best.r + dr};
                if (ringScore(m, c.cx, c.cy, c.r, 1) > ringScore(m, best.cx, best.cy, best.r, 1) + 1e-9)
                    best = c, moved = true;
            }
        }
    }
    // A real seal ring is drawn almost all the way round.
    if (ringScore(m, best.cx, best.cy, best.r) < 0.75)
        return std::nullopt;
    return best;
}

// Half the ring's width: the median radial run of ink through the circle.
double ringHalfWidth(const InkMask &m, const SealFilter::Circle &c)
{
    std::vector<int> widths;
    for (int i = 0; i < kSamples; ++i) {
        const double a = 2 * M_PI * i / kSamples;
        const double co = std::cos(a), si = std::sin(a);
        auto inkAt = [&](double r) { return m.at(int(std::lround(c.cx + r * co)), int(std::lround(c.cy + r * si))); };
        if (!inkAt(c.r) && !inkAt(c.r - 1) && !inkAt(c.r + 1))
            continue;
        int in = 0, out = 0;
        while (in < 40 && inkAt(c.r - in - 1))
            ++in;
        while (out < 40 && inkAt(c.r + out + 1))
            ++out;
        widths.push_back(in + out + 1);
    }
    if (widths.empty())
        return 2;
    std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
    return std::min(widths[widths.size() / 2], 30) / 2.0;
}

// Ink thicker than `k` pixels in both directions (a solid star or emblem; text strokes are
// thinner) inside the disc, found by a k×k opening, painted white.
void eraseSolidInk(QImage &img, const InkMask &m, const SealFilter::Circle &c, int k)
{
    const int w = m.w, h = m.h;
    std::vector<int> sum(size_t(w + 1) * (h + 1), 0);
    auto S = [&](int x, int y) -> int & { return sum[size_t(y) * (w + 1) + x]; };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            S(x + 1, y + 1) = m.ink[size_t(y) * w + x] + S(x, y + 1) + S(x + 1, y) - S(x, y);
    auto box = [&](std::vector<int> &s, int x0, int y0, int x1, int y1) {  // inclusive-exclusive
        auto at = [&](int x, int y) { return s[size_t(y) * (w + 1) + x]; };
        return at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0);
    };
    // Top-left corners of k×k squares that are all ink.
    std::vector<int> solid(size_t(w + 1) * (h + 1), 0);
    for (int y = 0; y + k <= h; ++y)
        for (int x = 0; x + k <= w; ++x)
            if (std::hypot(x + k / 2.0 - c.cx, y + k / 2.0 - c.cy) < c.r * 0.7 && box(sum, x, y, x + k, y + k) == k * k)
                solid[size_t(y + 1) * (w + 1) + x + 1] = 1;
    for (int y = 1; y <= h; ++y)
        for (int x = 1; x <= w; ++x)
            solid[size_t(y) * (w + 1) + x] += solid[size_t(y - 1) * (w + 1) + x] + solid[size_t(y) * (w + 1) + x - 1]
                - solid[size_t(y - 1) * (w + 1) + x - 1];
    for (int y = 0; y < h; ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            // Covered by a solid square (grown by one pixel to take the blob's rim too). Growing
            // it further to take the star's thin points as well erased more of the date beside it
            // than it helped on the sample scans.
            const int x0 = std::max(0, x - k), y0 = std::max(0, y - k);
            const int x1 = std::min(w, x + 2), y1 = std::min(h, y + 2);
            if (m.ink[size_t(y) * w + x] && box(solid, x0, y0, x1, y1) > 0)
                row[x] = 255;
        }
    }
}
} // namespace

namespace SealFilter {
bool isSealRed(QRgb pixel)
{
    // Seal ink is saturated red, also where it is thin or faded; black text over it is dark in
    // every channel and stays.
    const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
    return r >= 110 && r - std::max(g, b) >= 50;
}

QImage withoutRedInk(const QImage &image)
{
    if (image.isNull() || image.isGrayscale())
        return image;
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x)
            if (isSealRed(row[x]))
                row[x] = qRgb(255, 255, 255);
    }
    return out;
}

std::optional<Circle> eraseSeal(QImage &region, double dpi)
{
    if (region.isNull() || region.format() != QImage::Format_Grayscale8 || dpi <= 0)
        return std::nullopt;
    const double mm = dpi / 25.4;
    const InkMask mask(region);
    const auto ring = findRing(mask, 13 * mm, 25 * mm);
    if (!ring)
        return std::nullopt;
    // The star first, while the mask still describes the whole seal.
    eraseSolidInk(region, mask, *ring, std::max(5, int(std::lround(1.2 * mm))));
    const double half = ringHalfWidth(mask, *ring) + 1.5;
    const int x0 = std::max(0, int(ring->cx - ring->r - half)), x1 = std::min(region.width() - 1, int(ring->cx + ring->r + half));
    const int y0 = std::max(0, int(ring->cy - ring->r - half)), y1 = std::min(region.height() - 1, int(ring->cy + ring->r + half));
    for (int y = y0; y <= y1; ++y) {
        uchar *row = region.scanLine(y);
        for (int x = x0; x <= x1; ++x)
            if (std::abs(std::hypot(x - ring->cx, y - ring->cy) - ring->r) <= half)
                row[x] = 255;
    }
    return ring;
}

std::vector<std::pair<int, int>> textBands(const QImage &region, double dpi)
{
    std::vector<std::pair<int, int>> bands;
    if (region.isNull() || region.format() != QImage::Format_Grayscale8 || dpi <= 0)
        return bands;
    const double mm = dpi / 25.4;
    const int cell = std::max(4, int(std::lround(1.7 * mm)));
    const int minCells = 10;
    const int minHeight = int(2.0 * mm), maxHeight = int(12 * mm);
    const int cells = (region.width() + cell - 1) / cell;
    // A line of print spreads its ink over many cells of the row. (Asking for one long run of
    // cells instead, to leave out rows through the seal's curved text, lost date lines that
    // the seal's remains break up: worse on the sample scans.)
    auto isLine = [&](int y) {
        const uchar *row = region.constScanLine(y);
        int n = 0, dark = 0;
        for (int c = 0; c < cells; ++c) {
            bool any = false;
            for (int x = c * cell; x < std::min(region.width(), (c + 1) * cell); ++x)
                if (row[x] < kInk)
                    any = true, ++dark;
            n += any;
        }
        // Mostly ink across the row is a photo, not a line of print.
        return n >= minCells && dark < region.width() / 2;
    };
    int start = -1, lastLine = -1;
    const int gap = std::max(2, int(0.4 * mm));
    for (int y = 0; y <= region.height(); ++y) {
        const bool line = y < region.height() && isLine(y);
        if (line) {
            if (start < 0)
                start = y;
            lastLine = y;
        } else if (start >= 0 && (y - lastLine > gap || y == region.height())) {
            if (lastLine - start + 1 >= minHeight && lastLine - start + 1 <= maxHeight)
                bands.emplace_back(start, lastLine);
            start = -1;
        }
    }
    return bands;
}
} // namespace SealFilter

} // namespace casereview
