// SPDX-License-Identifier: GPL-3.0-or-later
// Table exports: CSV that survives a round trip with Chinese, quotes and line breaks; XLSX with
// typed cells, a frozen bold header and an auto-filter, checked in the sheet XML itself.
#include "export/csvtablewriter.h"
#include "export/tableexporter.h"
#include "export/xlsxtablewriter.h"
#include "fixtures.h"
#include "zipentries.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
ExportTable sample()
{
    ExportTable t;
    t.sheetName = QStringLiteral("案卷/列表[2024]");
    t.columns = {{QStringLiteral("案号"), ColumnType::Text},
                 {QStringLiteral("页数"), ColumnType::Integer},
                 {QStringLiteral("罚款（元）"), ColumnType::Decimal},
                 {QStringLiteral("决定日期"), ColumnType::Date},
                 {QStringLiteral("扣分率"), ColumnType::Percent}};
    t.rows = {{QStringLiteral("郑金罚〔2024〕12号"), 14, 5000.5, QDate(2024, 3, 7), 0.125},
              {QStringLiteral("含,逗号\"引号\"\n换行"), QVariant(), QVariant(), QVariant(), QVariant()},
              {QStringLiteral("007"), QStringLiteral("n/a"), 0.0, QDate(2023, 12, 31), 1.0}};
    return t;
}

QString sheetXml(const QString &path)
{
    const auto members = ZipEntries::read(Fixtures::readFile(path));
    REQUIRE(members.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    return QString::fromUtf8(members.value(QStringLiteral("xl/worksheets/sheet1.xml")));
}
} // namespace

TEST_CASE("csv export round trip keeps Chinese text quotes and line breaks")
{
    const QByteArray csv = CsvTableWriter::toCsv(sample());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    const auto rows = CsvTableWriter::parse(csv);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{QStringLiteral("案号"), QStringLiteral("页数"), QStringLiteral("罚款（元）"),
                                 QStringLiteral("决定日期"), QStringLiteral("扣分率")});
    CHECK(rows[1] == QStringList{QStringLiteral("郑金罚〔2024〕12号"), QStringLiteral("14"), QStringLiteral("5000.5"),
                                 QStringLiteral("2024-03-07"), QStringLiteral("12.5%")});
    CHECK(rows[2] == QStringList{QStringLiteral("含,逗号\"引号\"\n换行"), QString(), QString(), QString(), QString()});
    CHECK(rows[3][0] == QStringLiteral("007"));
    CHECK(rows[3][1] == QStringLiteral("n/a"));
    CHECK(rows[3][4] == QStringLiteral("100.0%"));
    CHECK(csv.contains("\"含,逗号\"\"引号\"\"\n换行\""));
}

TEST_CASE("csv export writes the file and reports an unwritable path")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    REQUIRE(TableExporter::write(sample(), ExportFormat::Csv, path).ok());
    CHECK(Fixtures::readFile(path) == CsvTableWriter::toCsv(sample()));
    const ExportResult bad = CsvTableWriter::write(sample(), dir.filePath(QStringLiteral("no/such/dir/t.csv")));
    CHECK(bad.error == ExportError::Unwritable);
    CHECK(bad.detail.contains(QStringLiteral("no/such/dir")));
}

TEST_CASE("xlsx export has typed cells a frozen header and an autofilter")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    const ExportResult r = XlsxTableWriter::write(sample(), path);
    REQUIRE_MESSAGE(r.ok(), r.detail.toStdString());
    const QString xml = sheetXml(path);
    // Header and text cells are shared strings; numbers and dates are numeric <v> values.
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"A1\"[^>]*t=\"s\""))));
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"A2\"[^>]*t=\"s\""))));
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"B2\"( s=\"\\d+\")?><v>14</v>"))));
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"C2\"( s=\"\\d+\")?><v>5000.5</v>"))));
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>45358</v>"))));  // 2024-03-07 serial
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"E2\" s=\"\\d+\"><v>0.125</v>"))));
    CHECK(!xml.contains(QStringLiteral("r=\"B3\"")));                                              // empty cell
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"B4\"[^>]*t=\"s\""))));           // "n/a" stays text
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"/>"))));
    CHECK(xml.contains(QStringLiteral("<autoFilter ref=\"A1:E4\"/>")));
    CHECK(xml.contains(QStringLiteral("<cols>")));

    const auto members = ZipEntries::read(Fixtures::readFile(path));
    const QString strings = QString::fromUtf8(members.value(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(strings.contains(QStringLiteral("郑金罚〔2024〕12号")));
    const QString styles = QString::fromUtf8(members.value(QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    CHECK(styles.contains(QStringLiteral("<b/>")));
    const QString workbook = QString::fromUtf8(members.value(QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("name=\"案卷_列表_2024_\"")));
}

TEST_CASE("xlsx export reports an unwritable path and leaves an existing file alone")
{
    QTemporaryDir dir;
    const ExportResult bad = XlsxTableWriter::write(sample(), dir.filePath(QStringLiteral("missing/t.xlsx")));
    CHECK(bad.error == ExportError::Unwritable);
    CHECK(!QFile::exists(dir.filePath(QStringLiteral("missing/t.xlsx"))));
    CHECK(TableExporter::formatFrom(QStringLiteral("XLSX")) == ExportFormat::Xlsx);
    CHECK(TableExporter::formatFrom(QStringLiteral("csv")) == ExportFormat::Csv);
    CHECK(!TableExporter::formatFrom(QStringLiteral("ods")));
    CHECK(XlsxTableWriter::sheetName(QString(40, u'表')).size() == 31);
    CHECK(XlsxTableWriter::sheetName(QStringLiteral("  ")) == QStringLiteral("Sheet1"));
}
