// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Removes an official seal from a scan before OCR. The seal is stamped over the signature
// block (agency and date): in colour its red ink is dropped; in grey or black-and-white scans
// its ring and solid centre star are found by shape and erased, so the date line under it
// can be read.
#include <QImage>
#include <optional>
#include <vector>

namespace casereview {

namespace SealFilter {
bool isSealRed(QRgb pixel);
// Strongly red pixels become white; grey and black ink stay. Grey images come back unchanged.
QImage withoutRedInk(const QImage &image);

struct Circle {
    double cx = 0, cy = 0, r = 0;
};
// `region` (Format_Grayscale8, ink dark) is searched for a seal ring of a typical size
// (26–50 mm across at `dpi`); when one is found its ring and any solid blob inside it are
// painted white and the ring is returned.
std::optional<Circle> eraseSeal(QImage &region, double dpi);

// Bands of rows (top, bottom pixel, inclusive) where ink spreads over at least 17 mm of a
// row: the printed lines that cross a seal (and the top of its curved text).
std::vector<std::pair<int, int>> textBands(const QImage &region, double dpi);
}

} // namespace casereview
