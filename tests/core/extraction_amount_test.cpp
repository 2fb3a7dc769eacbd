// SPDX-License-Identifier: GPL-3.0-or-later
// ChineseAmount: Arabic, 万-scaled and capital-numeral sums of money.
#include "extraction/chineseamount.h"

#include <QString>

#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct AmountCase {
    const char *text;
    double expected;  // < 0 = no amount
};
} // namespace

TEST_CASE("ChineseAmount::parse reads the printed forms")
{
    const AmountCase cases[] = {
        {"罚款50000元", 50000},
        {"罚款50,000元", 50000},
        {"罚款5万元", 50000},
        {"罚款1.5万元", 15000},
        {"罚款人民币伍万元整", 50000},
        {"贰拾壹万伍仟元整", 215000},
        {"壹佰元", 100},
        {"叁仟伍佰元", 3500},
        {"壹万零伍佰元整", 10500},
        {"壹拾万元整", 100000},
        {"拾万元", 100000},
        {"壹佰元伍角", 100.5},
        {"壹佰元零伍分", 100.05},
        {"叁佰元伍角贰分", 300.52},
        {"人民币50000.00元", 50000},
        {"￥50000", 50000},
        {"¥ 1,234.50", 1234.5},
        {"罚款５００００元", 50000},
        {"罚款贰万圆整", 20000},
        {"罚款二万元", 20000},
        {"金额（元） 5,000.00", -1},
        {"第十五条", -1},
        {"三十日内", -1},
    };
    for (const auto &c : cases) {
        CAPTURE(c.text);
        const auto got = ChineseAmount::parse(QString::fromUtf8(c.text));
        if (c.expected >= 0) {
            REQUIRE(got.has_value());
            CHECK(*got == doctest::Approx(c.expected));
        } else {
            CHECK_FALSE(got.has_value());
        }
    }
}

TEST_CASE("ChineseAmount::findAll gives every amount with its position")
{
    const QString text = QStringLiteral("处5000元以上5万元以下罚款；罚款人民币贰万元整（20,000元）");
    const auto all = ChineseAmount::findAll(text);
    REQUIRE(all.size() == 4);
    CHECK(all[0].yuan == 5000);
    CHECK(all[1].yuan == 50000);
    CHECK(all[2].yuan == 20000);
    CHECK(text.mid(all[2].start, all[2].length) == QStringLiteral("人民币贰万元整"));
    CHECK(all[3].yuan == 20000);
    CHECK(text.mid(all[3].start, all[3].length) == QStringLiteral("20,000元"));
}
