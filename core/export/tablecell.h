// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one typed cell reads as text (CSV, and XLSX cells whose value does not fit the column
// type), and how wide it is in Excel's character units (CJK counts double).
#include "exporttable.h"

namespace casereview {

namespace TableCell {
QString text(const QVariant &value, ColumnType type);
int displayWidth(const QString &text);
} // namespace TableCell

} // namespace casereview
