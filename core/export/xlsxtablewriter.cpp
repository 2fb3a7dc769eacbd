// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxtablewriter.h"
#include "tablecell.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <xlsxwriter.h>

namespace casereview {

namespace {
std::optional<QDate> dateOf(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDate && v.toDate().isValid())
        return v.toDate();
    if (v.metaType().id() == QMetaType::QDateTime && v.toDateTime().isValid())
        return v.toDateTime().date();
    if (v.metaType().id() == QMetaType::QString) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<double> numberOf(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString || v.metaType().id() == QMetaType::QDate)
        return std::nullopt;  // "12" typed as text stays text; Qt would convert it silently
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

struct Formats {
    lxw_format *header = nullptr, *integer = nullptr, *decimal = nullptr, *date = nullptr, *percent = nullptr,
               *text = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "0");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.00");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.text = workbook_add_format(wb);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

lxw_format *formatFor(const Formats &f, ColumnType t)
{
    switch (t) {
    case ColumnType::Integer: return f.integer;
    case ColumnType::Decimal: return f.decimal;
    case ColumnType::Date: return f.date;
    case ColumnType::Percent: return f.percent;
    case ColumnType::Text: return nullptr;
    }
    return nullptr;
}

void writeCell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QVariant &v, ColumnType type, const Formats &f)
{
    if (!v.isValid() || v.isNull())
        return;
    if (type == ColumnType::Date) {
        if (const auto d = dateOf(v)) {
            lxw_datetime dt{d->year(), d->month(), d->day(), 0, 0, 0};
            worksheet_write_datetime(ws, r, c, &dt, f.date);
            return;
        }
    } else if (type != ColumnType::Text) {
        if (const auto n = numberOf(v)) {
            worksheet_write_number(ws, r, c, *n, formatFor(f, type));
            return;
        }
    }
    worksheet_write_string(ws, r, c, TableCell::text(v, type).toUtf8().constData(), nullptr);
}
} // namespace

namespace XlsxTableWriter {
QString sheetName(const QString &wanted)
{
    QString s = wanted;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        s.replace(bad, u'_');
    s = s.trimmed().left(31);
    return s.isEmpty() ? QStringLiteral("Sheet1") : s;
}

ExportResult write(const ExportTable &table, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {ExportError::Unwritable, QStringLiteral("%1: %2").arg(path, out.errorString())};
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return {ExportError::WriteFailed, QStringLiteral("cannot create a temporary directory")};
    const QByteArray tmpFile = tmp.filePath(QStringLiteral("table.xlsx")).toLocal8Bit();
    const QByteArray tmpDir = tmp.path().toLocal8Bit();

    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *wb = workbook_new_opt(tmpFile.constData(), &options);
    if (!wb)
        return {ExportError::WriteFailed, QStringLiteral("libxlsxwriter could not start a workbook")};
    const Formats f = makeFormats(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(table.sheetName).toUtf8().constData());

    const auto cols = lxw_col_t(table.columns.size());
    std::vector<int> widths(cols, 4);
    for (lxw_col_t c = 0; c < cols; ++c) {
        worksheet_write_string(ws, 0, c, table.columns[c].title.toUtf8().constData(), f.header);
        widths[c] = std::max(widths[c], TableCell::displayWidth(table.columns[c].title) + 3);  // room for the filter button
    }
    lxw_row_t r = 1;
    for (const auto &row : table.rows) {
        for (lxw_col_t c = 0; c < cols; ++c) {
            const QVariant v = c < row.size() ? row[c] : QVariant();
            writeCell(ws, r, c, v, table.columns[c].type, f);
            widths[c] = std::max(widths[c], TableCell::displayWidth(TableCell::text(v, table.columns[c].type)) + 1);
        }
        ++r;
    }
    for (lxw_col_t c = 0; c < cols; ++c) {
        const ColumnType t = table.columns[c].type;
        const int w = std::min(widths[c], 60);  // long texts wrap instead of making a 200-wide column
        worksheet_set_column(ws, c, c, t == ColumnType::Date ? std::max(w, 12) : w,
                             t == ColumnType::Text && widths[c] > 60 ? f.text : nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (cols > 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(table.rows.size()), cols - 1);

    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR)
        return {ExportError::WriteFailed, QString::fromUtf8(lxw_strerror(rc))};
    QFile built(QString::fromLocal8Bit(tmpFile));
    if (!built.open(QIODevice::ReadOnly))
        return {ExportError::WriteFailed, built.errorString()};
    out.write(built.readAll());
    if (!out.commit())
        return {ExportError::WriteFailed, QStringLiteral("%1: %2").arg(path, out.errorString())};
    return {};
}
} // namespace XlsxTableWriter

} // namespace casereview
