// SPDX-License-Identifier: GPL-3.0-or-later
// Periods in every numeral form, and the dates and ordinals that are not periods.
#include "clauses/periodreader.h"

#include <doctest/doctest.h>

using namespace casereview;

using PeriodReader::Unit;

TEST_CASE("period reader: numeral forms give one value")
{
    struct Row {
        const char16_t *text;
        int value;
        Unit unit;
    };
    const Row rows[] = {
        {u"六十日内", 60, Unit::Day},   {u"60日内", 60, Unit::Day},     {u"60 日内", 60, Unit::Day},
        {u"六十天内", 60, Unit::Day},   {u"陆拾日内", 60, Unit::Day},   {u"六 十 日内", 60, Unit::Day},
        {u"五个工作日内", 5, Unit::WorkingDay}, {u"5个工作日", 5, Unit::WorkingDay}, {u"五工作日内", 5, Unit::WorkingDay},
        {u"六个月内", 6, Unit::Month},  {u"6个月", 6, Unit::Month},     {u"半年内", 6, Unit::Month},
        {u"一年内", 1, Unit::Year},     {u"两个月内", 2, Unit::Month},  {u"十五日以内", 15, Unit::Day},
        {u"三月内", 3, Unit::Month},    {u"一百二十日", 120, Unit::Day}, {u"05日内", 5, Unit::Day},
        // the figures restated in brackets
        {u"十五（15）日内", 15, Unit::Day}, {u"六十（60）日内", 60, Unit::Day}, {u"六（6）个月内", 6, Unit::Month},
        {u"五（5）个工作日内", 5, Unit::WorkingDay}, {u"三 （ ３ ） 日内", 3, Unit::Day},
    };
    for (const Row &r : rows) {
        const QString t = QString::fromUtf16(r.text);
        CAPTURE(t);
        const auto found = PeriodReader::find(t);
        REQUIRE(found.size() == 1);
        CHECK(found.front().value == r.value);
        CHECK(found.front().unit == r.unit);
    }
}

TEST_CASE("period reader: dates, months of the year and ordinals are no periods")
{
    for (const char16_t *t : {u"2024年3月5日", u"二〇二四年三月五日", u"于3月", u"第五日", u"2024年", u"2024.3.5日", u"5日9时", u"2024 年 3 月 5 日", u"２０２４年３月５日"}) {
        CAPTURE(QString::fromUtf16(t));
        CHECK(PeriodReader::find(QString::fromUtf16(t)).empty());
    }
}

TEST_CASE("period reader: number forms")
{
    CHECK(PeriodReader::number(u"六十") == 60);
    CHECK(PeriodReader::number(u"十五") == 15);
    CHECK(PeriodReader::number(u"一百二十") == 120);
    CHECK(PeriodReader::number(u"陆拾") == 60);
    CHECK(PeriodReader::number(u"６０") == 60);
    CHECK(PeriodReader::number(u"两") == 2);
    CHECK(PeriodReader::number(u"abc") == -1);
}
