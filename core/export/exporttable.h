// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A typed table to hand to bureau staff as CSV or XLSX: column titles and types, rows of values.
// Cell values are QVariant: QString, int/qint64, double, QDate; a null QVariant is an empty cell.
// Percent cells hold a fraction (0.25 is 25 %).
#include <QString>
#include <QVariant>
#include <vector>

namespace casereview {

enum class ColumnType { Text, Integer, Decimal, Date, Percent };

struct ExportColumn {
    QString title;
    ColumnType type = ColumnType::Text;
};

struct ExportTable {
    QString sheetName;  // XLSX sheet name; sanitised to Excel's rules when written
    std::vector<ExportColumn> columns;
    std::vector<std::vector<QVariant>> rows;  // each row has columns.size() cells (missing ones are empty)
};

enum class ExportError {
    None,
    Unwritable,  // the target directory is missing or not writable, or the file cannot be created
    WriteFailed, // the writer failed while writing (disk full …)
    BadFormat,   // an unknown format name
};

struct ExportResult {
    ExportError error = ExportError::None;
    QString detail;  // the path or the library's message, for logs and the CLI
    qint64 rows = 0; // rows written, when ok
    bool ok() const { return error == ExportError::None; }
};

enum class ExportFormat { Csv, Xlsx };

} // namespace casereview
