// SPDX-License-Identifier: GPL-3.0-or-later
// The remedy-notice reader on the ways decisions write it: the statute's own words (行政复议法
// 第20条, 行政诉讼法第46条), practice phrasings in other orders, numerals and verbs, split over
// sentences, and the mentions that grant nothing.
#include "clauses/remedyclause.h"

#include <doctest/doctest.h>

using namespace casereview;

using PeriodReader::Unit;

namespace {
struct Row {
    const char *name;
    const char16_t *text;
    // expected: -1 = not granted; 0 = granted without a period; else the value in `unit`
    int review;
    Unit reviewUnit;
    int suit;
    Unit suitUnit;
};

const Row kRows[] = {
    {"statute order, 六十日 / 六个月",
     u"如不服本处罚决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议，也可以在六个月内依法向某区人民法院提起行政诉讼。",
     60, Unit::Day, 6, Unit::Month},
    {"Arabic numerals and 起诉",
     u"当事人对本决定不服的，可自收到本决定书之日起60日内申请行政复议，或者自收到之日起6个月内直接向人民法院起诉。", 60, Unit::Day, 6,
     Unit::Month},
    {"litigation first, 天",
     u"如对本决定不服，可以在接到本决定书之日起六个月内向某区人民法院提起行政诉讼，或者在六十天内向某县人民政府申请复议。", 60, Unit::Day,
     6, Unit::Month},
    {"split over two sentences with 知道或者应当知道",
     u"你单位如不服本决定，可以自知道或者应当知道该行政行为之日起六十日内依法申请行政复议。你单位也可以自收到本决定书之日起六个月内依法提起行政诉讼。",
     60, Unit::Day, 6, Unit::Month},
    {"period after the remedy",
     u"当事人可以向某市人民政府申请行政复议，申请期限为收到本决定书之日起六十日内；也可以向某区人民法院提起行政诉讼，起诉期限为六个月。",
     60, Unit::Day, 6, Unit::Month},
    {"full-width digits and spaces", u"如不服本决定，可于收到本决定书之日起６０ 日内申请行政复议，也可于 6 个月内提起行政诉讼。", 60, Unit::Day, 6,
     Unit::Month},
    {"period in the clause before the body",
     u"如不服本决定，可以自收到本决定书之日起六十日内，向某市人民政府申请行政复议；或者自收到本决定书之日起六个月内，向某区人民法院提起行政诉讼。",
     60, Unit::Day, 6, Unit::Month},
    {"heading, payment period and suspension clause around it",
     u"三、履行方式和期限。当事人应当自收到本决定书之日起十五日内缴纳罚款。四、申请行政复议或者提起行政诉讼的途径和期限如不服本决定，可以自收到本决定书之日起六十日内向某市人民政府申请行政复议，或者自收到本决定书之日起六个月内向某区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行。",
     60, Unit::Day, 6, Unit::Month},
    {"suit after the reconsideration decision is not the direct-suit period",
     u"如不服本决定，可在收到本决定书之日起六十日内申请行政复议；对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼；也可以在收到本决定书之日起六个月内直接向人民法院提起诉讼。",
     60, Unit::Day, 6, Unit::Month},
    {"wrong periods are read as written", u"如不服本决定，可在十五日内申请行政复议，也可以在三个月内向人民法院起诉。", 15, Unit::Day, 3, Unit::Month},
    {"two months and one year", u"如不服本决定，可以在两个月内申请复议，或者在一年内向法院提起诉讼。", 2, Unit::Month, 1, Unit::Year},
    {"half a year", u"对本决定不服的，可在六十日内申请行政复议或者在半年内提起行政诉讼。", 60, Unit::Day, 6, Unit::Month},
    {"no periods at all", u"如不服本决定，可以依法申请行政复议或者提起行政诉讼。", 0, Unit::Day, 0, Unit::Day},
    {"no litigation", u"如不服本决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议。", 60, Unit::Day, -1, Unit::Day},
    {"enforcement clause grants nothing",
     u"当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本局将依法申请人民法院强制执行。",
     -1, Unit::Day, -1, Unit::Day},
    {"body named in brackets after the remedy",
     u"如不服本决定，可在收到本决定书之日起六十日内申请行政复议（复议机关：某市人民政府），或在六个月内向某区人民法院提起行政诉讼。", 60,
     Unit::Day, 6, Unit::Month},
    {"working days are read as working days", u"如不服本决定，可在六十个工作日内申请行政复议，也可以在六个月内提起行政诉讼。", 60, Unit::WorkingDay, 6,
     Unit::Month},
};

void check(const RemedyClause::Remedy &r, int expected, Unit unit, const char *what)
{
    const std::string whatName = what;
    INFO(whatName);
    if (expected < 0) {
        CHECK_FALSE(r.granted);
        return;
    }
    REQUIRE(r.granted);
    if (expected == 0) {
        CHECK_FALSE(r.period.has_value());
        return;
    }
    REQUIRE(r.period.has_value());
    CHECK(r.period->value == expected);
    CHECK(r.period->unit == unit);
}
} // namespace

TEST_CASE("remedy clause: each phrasing reads into the same values")
{
    for (const Row &row : kRows) {
        const std::string rowName = row.name;
        CAPTURE(rowName);
        const auto r = RemedyClause::read(QString::fromUtf16(row.text));
        check(r.reconsideration, row.review, row.reviewUnit, "复议");
        check(r.litigation, row.suit, row.suitUnit, "诉讼");
    }
}

TEST_CASE("remedy clause: offsets point into the text as given, body and start event are read")
{
    const QString t = QStringLiteral("如不服本决定，可以在收到本决定书之日起６０日内向某市人民政府申请行政复议，也可以在六个月内向某区人民法院提起行政诉讼。");
    const auto r = RemedyClause::read(t);
    REQUIRE(r.reconsideration.period);
    CHECK(t.mid(r.reconsideration.period->start, r.reconsideration.period->length) == QStringLiteral("６０日"));
    CHECK(r.reconsideration.body == QStringLiteral("某市人民政府"));
    CHECK(r.reconsideration.startEvent.contains(QStringLiteral("收到本决定书之日起")));
    CHECK(r.litigation.body == QStringLiteral("某区人民法院"));
}

TEST_CASE("remedy clause: a suit told only after reconsideration is flagged as such")
{
    const auto r = RemedyClause::read(QStringLiteral("如不服本决定，可在六十日内申请行政复议，对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。"));
    CHECK_FALSE(r.litigation.granted);
    CHECK(r.onlyAfterReconsideration);
}
