// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexporter.h"
#include "csvtablewriter.h"
#include "xlsxtablewriter.h"

namespace casereview {

namespace TableExporter {
std::optional<ExportFormat> formatFrom(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

ExportResult write(const ExportTable &table, ExportFormat format, const QString &path)
{
    ExportResult r = format == ExportFormat::Csv ? CsvTableWriter::write(table, path) : XlsxTableWriter::write(table, path);
    if (r.ok())
        r.rows = qint64(table.rows.size());
    return r;
}
} // namespace TableExporter

} // namespace casereview
