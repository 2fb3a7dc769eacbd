// SPDX-License-Identifier: GPL-3.0-or-later
// ChineseDate: the date forms printed in penalty dossiers, and what must not be read as a date.
#include "extraction/chinesedate.h"

#include <QString>

#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct DateCase {
    const char *text;
    QDate expected;  // invalid = no date
};
} // namespace

TEST_CASE("ChineseDate::parse reads the printed forms")
{
    const DateCase cases[] = {
        {"2025年3月5日", QDate(2025, 3, 5)},
        {"2025年03月05日", QDate(2025, 3, 5)},
        {"2025-03-05", QDate(2025, 3, 5)},
        {"2025.3.5", QDate(2025, 3, 5)},
        {"2025/3/5", QDate(2025, 3, 5)},
        {"二〇二五年三月五日", QDate(2025, 3, 5)},
        {"二零二五年三月五日", QDate(2025, 3, 5)},
        {"二O二五年十二月二十五日", QDate(2025, 12, 25)},
        {"二○二四年七月三十一日", QDate(2024, 7, 31)},
        {"二〇二四年七月廿二日", QDate(2024, 7, 22)},
        {"二〇二四年十月十日", QDate(2024, 10, 10)},
        {"二〇二四年十一月二十日", QDate(2024, 11, 20)},
        {"２０２５年３月５日", QDate(2025, 3, 5)},
        {"2025 年 3 月 5 日", QDate(2025, 3, 5)},
        {"2025\xc2\xa0年\xc2\xa0" "3\xc2\xa0月\xc2\xa0" "5\xc2\xa0日", QDate(2025, 3, 5)},  // no-break spaces
        {"二\xef\xbd\x8f二五年三月五日", QDate(2025, 3, 5)},                          // full-width o for 〇
        {"检查时间：2023.3.29 14:40至15时09分", QDate(2023, 3, 29)},
        {"送达时间 2024-07-22 12:40", QDate(2024, 7, 22)},
        {"签名：段松 2024年5月1日", QDate(2024, 5, 1)},
        {"2025年2月30日", QDate()},
        {"2023.2.29", QDate()},
        {"联系电话：0955-7116007", QDate()},
        {"金额 5,000.00", QDate()},
        {"第十五条", QDate()},
    };
    for (const auto &c : cases) {
        CAPTURE(c.text);
        const auto got = ChineseDate::parse(QString::fromUtf8(c.text));
        if (c.expected.isValid()) {
            REQUIRE(got.has_value());
            CHECK(*got == c.expected);
        } else {
            CHECK_FALSE(got.has_value());
        }
    }
}

TEST_CASE("ChineseDate::findAll gives every date with its position")
{
    const QString text = QStringLiteral("当事人于2023年9月30日至2024.2.13期间，二〇二四年七月一日告知");
    const auto all = ChineseDate::findAll(text);
    REQUIRE(all.size() == 3);
    CHECK(all[0].date == QDate(2023, 9, 30));
    CHECK(text.mid(all[0].start, all[0].length) == QStringLiteral("2023年9月30日"));
    CHECK(all[1].date == QDate(2024, 2, 13));
    CHECK(text.mid(all[1].start, all[1].length) == QStringLiteral("2024.2.13"));
    CHECK(all[2].date == QDate(2024, 7, 1));
    CHECK(text.mid(all[2].start, all[2].length) == QStringLiteral("二〇二四年七月一日"));
}

TEST_CASE("ChineseDate::damagedLine keeps the parts of a seal-damaged date line that still read")
{
    struct Damaged {
        const char *line;
        bool dateLine;
        ChineseDate::Parts parts;
    };
    const Damaged cases[] = {
        {"二mm二四年十月十盖`日", true, {0, 10, 0}},
        {"一中年人月十四|", true, {0, 0, 14}},
        {"二”一四年四月二翰友日", true, {0, 4, 0}},
        {"人二四年五月节术", true, {0, 5, 0}},
        {"二〇二四年五月十日", true, {2024, 5, 10}},
        {"“2024年13月5日", true, {2024, 0, 5}},
        {"二〇二四年九月", true, {2024, 9, 0}},
        {"武汉市交通运输局", false, {}},
        {"本局于2024年7月31日对你单位涉嫌车货总质量超过", false, {}},
        {"五月十日", false, {}},
        {"年份月", true, {0, 0, 0}},
    };
    for (const auto &c : cases) {
        CAPTURE(c.line);
        const auto got = ChineseDate::damagedLine(QString::fromUtf8(c.line));
        REQUIRE(got.has_value() == c.dateLine);
        if (got) {
            CHECK(got->year == c.parts.year);
            CHECK(got->month == c.parts.month);
            CHECK(got->day == c.parts.day);
        }
    }
}

TEST_CASE("ChineseDate::isDateLine is a line holding one date and little else")
{
    CHECK(ChineseDate::isDateLine(QStringLiteral("二〇二四年十月二十九日")));
    CHECK(ChineseDate::isDateLine(QStringLiteral("2024.10.29。")));
    CHECK_FALSE(ChineseDate::isDateLine(QStringLiteral("签名：段松2024年5月1日")));
    CHECK_FALSE(ChineseDate::isDateLine(QStringLiteral("2024年5月1日至2024年5月3日")));
    CHECK_FALSE(ChineseDate::isDateLine(QStringLiteral("二mm二四年十月十盖日")));
}
