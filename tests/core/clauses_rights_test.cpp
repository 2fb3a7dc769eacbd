// SPDX-License-Identifier: GPL-3.0-or-later
// The rights reader on notices written many ways (行政处罚法第44、45、63、64条): separate and combined
// notices, rights granted in other words, periods in other sentences, and the mentions that tell
// no right (what the party said, a hearing's record, a right denied).
#include "clauses/rightsclause.h"

#include <doctest/doctest.h>

using namespace casereview;

using PeriodReader::Unit;

namespace {
struct Row {
    const char *name;
    const char16_t *text;
    int statement;  // -1 not granted, 0 granted without period, else days / working days
    Unit statementUnit;
    int hearing;
    Unit hearingUnit;
};

const Row kRows[] = {
    {"statute words: 陈述、申辩 with a period",
     u"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位享有陈述、申辩的权利。请于收到本告知书之日起五日内向本局提出，逾期视为放弃。",
     5, Unit::Day, -1, Unit::Day},
    {"有权进行陈述和申辩, working days",
     u"你公司有权进行陈述和申辩，可在收到本告知书之日起3个工作日内提出陈述、申辩意见。", 3, Unit::WorkingDay, -1, Unit::Day},
    {"combined notice, one period shared",
     u"你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩意见或者要求举行听证，逾期未提出的，视为放弃上述权利。", 5,
     Unit::WorkingDay, 5, Unit::WorkingDay},
    {"combined notice, own periods",
     u"你有陈述、申辩的权利，可在收到本告知书之日起三日内提出；如要求听证，应当在收到本告知书之日起五日内向本局提出申请。", 3, Unit::Day, 5,
     Unit::Day},
    {"hearing first, Arabic and 天",
     u"依据行政处罚法第六十三条、第六十四条，你单位有要求举行听证的权利，要求听证的，应于收到本通知书之日起5天内提出。你单位同时享有陈述权和申辩权。",
     0, Unit::Day, 5, Unit::Day},
    {"only a warning that silence waives", u"逾期未提出陈述、申辩意见的，视为放弃陈述、申辩权利。", 0, Unit::Day, -1, Unit::Day},
    {"a statement as evidence is no right told",
     u"经查，据当事人陈述，其于2024年1月起销售上述产品。当事人陈述称不知情。以上事实有询问笔录为证。", -1, Unit::Day, -1, Unit::Day},
    {"hearing denied", u"你单位享有陈述、申辩的权利，可于收到本告知书之日起五日内提出。本案不适用听证程序。", 5, Unit::Day, -1, Unit::Day},
    {"a hearing's record is no right told", u"听证会于2024年3月8日举行，听证笔录附卷。", -1, Unit::Day, -1, Unit::Day},
    {"decision narrating its notice",
     u"本局于2024年3月1日向你公司送达了《行政处罚告知书》，告知其可以自收到告知书之日起五个工作日内提出陈述、申辩意见，五个工作日内要求举行听证。你公司在规定期限内未提出陈述、申辩意见，也未要求举行听证。",
     5, Unit::WorkingDay, 5, Unit::WorkingDay},
    {"辩解 and 异议 as the same right",
     u"如你对上述拟处罚内容有异议，可以在收到本告知书之日起七日内进行陈述和辩解。", 7, Unit::Day, -1, Unit::Day},
    {"rights listed after the facts, reasons and basis",
     u"本案已履行事先告知程序，告知了拟处罚的事实、理由、依据和陈述、申辩的权利。当事人在规定期限内未提出陈述、申辩意见。", 0, Unit::Day, -1,
     Unit::Day},
    {"short hearing window read as written",
     u"你单位享有陈述、申辩和要求听证的权利。如要求听证，请在收到本告知书之日起3日内提出。", 0, Unit::Day, 3, Unit::Day},
};

void check(const RightsClause::Right &r, int expected, Unit unit, const char *what)
{
    const std::string whatName = what;
    INFO(whatName);
    if (expected < 0) {
        CHECK_FALSE(r.granted);
        return;
    }
    REQUIRE(r.granted);
    if (expected == 0)
        return;
    REQUIRE(r.period.has_value());
    CHECK(r.period->value == expected);
    CHECK(r.period->unit == unit);
}
} // namespace

TEST_CASE("rights clause: each phrasing reads into the same values")
{
    for (const Row &row : kRows) {
        const std::string rowName = row.name;
        CAPTURE(rowName);
        const auto r = RightsClause::read(QString::fromUtf16(row.text));
        check(r.statement, row.statement, row.statementUnit, "陈述申辩");
        check(r.hearing, row.hearing, row.hearingUnit, "听证");
    }
}

TEST_CASE("rights clause: denial and waiver")
{
    CHECK(RightsClause::read(QStringLiteral("本案不属于听证范围，你单位不享有要求听证的权利。")).hearing.denied);
    CHECK(RightsClause::read(QStringLiteral("本人自愿放弃陈述、申辩的权利。")).waiver);
    CHECK_FALSE(RightsClause::read(QStringLiteral("逾期未提出的，视为放弃陈述、申辩权利。")).waiver);
}
