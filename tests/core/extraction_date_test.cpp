// SPDX-License-Identifier: GPL-3.0-or-later
// ChineseDate: the date forms printed in penalty dossiers, and what must not be read as a date.
#include "extraction/chinesedate.h"

#include <QString>

#include <doctest/doctest.h>

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
