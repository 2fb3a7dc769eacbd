// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtablewriter.h"
#include "tablecell.h"

#include <QSaveFile>
#include <QStringList>

namespace casereview {

namespace {
QString quoted(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}
} // namespace

namespace CsvTableWriter {
QByteArray toCsv(const ExportTable &table)
{
    QString out = QStringLiteral("\uFEFF");
    QStringList header;
    for (const ExportColumn &c : table.columns)
        header << quoted(c.title);
    out += header.join(u',') + QStringLiteral("\r\n");
    for (const auto &row : table.rows) {
        QStringList fields;
        for (size_t i = 0; i < table.columns.size(); ++i)
            fields << quoted(TableCell::text(i < row.size() ? row[i] : QVariant(), table.columns[i].type));
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

ExportResult write(const ExportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ExportError::Unwritable, QStringLiteral("%1: %2").arg(path, file.errorString())};
    file.write(toCsv(table));
    if (!file.commit())
        return {ExportError::WriteFailed, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return {};
}

std::vector<QStringList> parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        any = true;
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (any) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}
} // namespace CsvTableWriter

} // namespace casereview
