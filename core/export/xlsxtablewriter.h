// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportTable → XLSX through libxlsxwriter: numbers and dates as real typed cells (dates with a
// yyyy-mm-dd format, percents as 0.0%), a bold frozen header row, an auto-filter over the table
// and column widths fitted to the content. (Not named xlsxwriter.h: that is the library's header.)
#include "exporttable.h"

namespace casereview {

namespace XlsxTableWriter {
// Builds the workbook in a temporary directory and replaces `path` only when it is complete.
ExportResult write(const ExportTable &table, const QString &path);
// Excel's sheet-name rules: at most 31 characters, none of []:*?/\ , not empty.
QString sheetName(const QString &wanted);
} // namespace XlsxTableWriter

} // namespace casereview
