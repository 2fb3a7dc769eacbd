// SPDX-License-Identifier: GPL-3.0-or-later
// Catalogue CSV: UTF-8 with and without a BOM, GBK from Excel, Chinese or English headers,
// quoted fields, canonical dates and amounts, and every refusal naming the row at fault.
#include "campaign/campaignerror.h"
#include "campaign/cataloguecsv.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString refusal(const QByteArray &csv)
{
    try {
        CatalogueCsv::parse(csv);
    } catch (const CampaignError &e) {
        CHECK(e.kind() == CampaignError::Kind::BadCatalogue);
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("campaign catalogue: English header, UTF-8 with BOM, quoted fields and flags")
{
    const QByteArray csv = "\xEF\xBB\xBF" "agency,case_no,case_type,decision_date,amount,flags,remark\r\n"
                           "甲局,\"甲罚〔2024〕1号\",行政处罚,2024-03-05,\"2,000.50\",\"重大; 听证\",\"多行\n备注\"\r\n"
                           "\r\n"
                           "乙局,乙罚〔2024〕7号,行政检查,2024/3/6,,,\r\n";
    const auto rows = CatalogueCsv::parse(QByteArray(csv));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].key == QStringLiteral("甲罚〔2024〕1号"));
    CHECK(rows[0].catalogueRow == 2);
    CHECK(rows[0].amount == QLatin1String("2000.5"));
    CHECK(rows[0].flags == QStringList{QStringLiteral("听证"), QStringLiteral("重大")});
    CHECK(rows[1].catalogueRow == 4);  // spreadsheet rows: a blank line is a row, a quoted line break is not
    CHECK(rows[1].decisionDate == QLatin1String("2024-03-06"));
    CHECK(rows[1].caseType == QStringLiteral("行政检查"));
}

TEST_CASE("campaign catalogue: GBK saved by Excel is detected and decoded")
{
    // iconv -t gbk of: 机关,案号,案件类型,决定日期,罚款,标记 / 郑州市市场监督管理局,郑市监罚〔2024〕1号,行政处罚,2024年3月5日,"2,000",重大;听证
    const QByteArray gbk =
        "\xbb\xfa\xb9\xd8\x2c\xb0\xb8\xba\xc5\x2c\xb0\xb8\xbc\xfe\xc0\xe0\xd0\xcd\x2c\xbe\xf6\xb6\xa8\xc8\xd5\xc6\xda\x2c\xb7\xa3\xbf\xee\x2c"
        "\xb1\xea\xbc\xc7\x0d\x0a\xd6\xa3\xd6\xdd\xca\xd0\xca\xd0\xb3\xa1\xbc\xe0\xb6\xbd\xb9\xdc\xc0\xed\xbe\xd6\x2c\xd6\xa3\xca\xd0\xbc\xe0"
        "\xb7\xa3\xa1\xb2\x32\x30\x32\x34\xa1\xb3\x31\xba\xc5\x2c\xd0\xd0\xd5\xfe\xb4\xa6\xb7\xa3\x2c\x32\x30\x32\x34\xc4\xea\x33\xd4\xc2\x35"
        "\xc8\xd5\x2c\x22\x32\x2c\x30\x30\x30\x22\x2c\xd6\xd8\xb4\xf3\x3b\xcc\xfd\xd6\xa4\x0d\x0a";
    CHECK(CatalogueCsv::decode(gbk).encoding == QLatin1String("GB18030"));
    const auto rows = CatalogueCsv::parse(gbk);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].agency == QStringLiteral("郑州市市场监督管理局"));
    CHECK(rows[0].caseNo == QStringLiteral("郑市监罚〔2024〕1号"));
    CHECK(rows[0].decisionDate == QLatin1String("2024-03-05"));
    CHECK(rows[0].amount == QLatin1String("2000"));
    CHECK(rows[0].flags == QStringList{QStringLiteral("听证"), QStringLiteral("重大")});
}

TEST_CASE("campaign catalogue: bad files are refused with the row named")
{
    struct Row {
        const char *name;
        QByteArray csv;
        const char *says;
    };
    const QByteArray head = "机关,案号,案件类型,决定日期\n";
    const std::vector<Row> rows{
        {"missing columns", "机关,案号\n甲局,1号\n", "case_type/案件类型, decision_date/决定日期"},
        {"duplicate case numbers", head + "甲局,1号,行政处罚,2024-01-02\n甲局,2号,行政处罚,2024-01-02\n乙局,1号,行政处罚,2024-01-03\n",
         "rows 2 and 4 have the same case number 1号"},
        {"no case number", head + "甲局,,行政处罚,2024-01-02\n", "row 2: no case number"},
        {"no agency", head + "甲局,1号,行政处罚,2024-01-02\n,2号,行政处罚,2024-01-02\n", "row 3 (2号): no agency"},
        {"bad date", head + "甲局,1号,行政处罚,2024-02-30\n", "row 2 (1号): decision date '2024-02-30'"},
        {"bad amount", "机关,案号,案件类型,决定日期,罚款\n甲局,1号,行政处罚,2024-01-02,两千\n", "amount '两千'"},
        {"header only", head, "no rows"},
        {"empty", "", "empty"},
        {"not text", QByteArray("\xff\xfe\x00\x01\x80\x81", 6), "neither UTF-8 nor GBK"},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const QString message = refusal(r.csv);
        CAPTURE(message);
        CHECK(message.contains(QString::fromUtf8(r.says)));
    }
}

TEST_CASE("campaign catalogue: dates and amounts in their canonical form")
{
    CHECK(CatalogueCsv::canonicalDate(QStringLiteral("2024年3月5日")) == QStringLiteral("2024-03-05"));
    CHECK(CatalogueCsv::canonicalDate(QStringLiteral("2024.12.31")) == QStringLiteral("2024-12-31"));
    CHECK_FALSE(CatalogueCsv::canonicalDate(QStringLiteral("3/5/2024")));
    CHECK(CatalogueCsv::canonicalAmount(QStringLiteral("003,000.00元")) == QStringLiteral("3000"));
    CHECK(CatalogueCsv::canonicalAmount(QStringLiteral("0")) == QStringLiteral("0"));
    CHECK_FALSE(CatalogueCsv::canonicalAmount(QStringLiteral("-5")));
}
