// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a fact was read: a 1-based physical page and the text it was read from.
#include <QString>

namespace casereview {

struct Evidence {
    int page = 0;     // 1-based physical PDF page; 0 = unknown
    QString snippet;  // the source text, trimmed to one line or so

    bool operator==(const Evidence &) const = default;
};

} // namespace casereview
