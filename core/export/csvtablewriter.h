// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportTable → CSV that Excel and WPS open with Chinese intact: UTF-8 with BOM, CRLF rows,
// RFC 4180 quoting, ISO dates, plain decimal numbers, percents as "12.5%".
#include "exporttable.h"

#include <QByteArray>

namespace casereview {

namespace CsvTableWriter {
QByteArray toCsv(const ExportTable &table);
// Writes atomically (nothing is left behind on failure).
ExportResult write(const ExportTable &table, const QString &path);
// Splits CSV text (with or without BOM) back into rows of fields; for round-trip checks and imports.
std::vector<QStringList> parse(const QByteArray &csv);
} // namespace CsvTableWriter

} // namespace casereview
