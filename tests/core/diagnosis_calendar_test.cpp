// SPDX-License-Identifier: GPL-3.0-or-later
// Day counting the way the law counts, on the official holiday calendar, and parameter
// profiles that override only some keys.
#include "diagnosis/holidaycalendar.h"
#include "diagnosis/parameterprofile.h"
#include "diagnosis/textscan.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct PeriodCase {
    const char *name;
    QDate from;
    int days;
    bool working;
    QDate end;
};

const PeriodCase kPeriods[] = {
    {"ordinary week", QDate(2024, 3, 1), 7, false, QDate(2024, 3, 8)},
    {"ends on a Saturday, runs to Monday", QDate(2024, 3, 2), 7, false, QDate(2024, 3, 11)},
    {"ends on National Day, runs past the holiday", QDate(2024, 9, 24), 7, false, QDate(2024, 10, 8)},
    {"ends on the 调休 Sunday, which is a working day", QDate(2024, 9, 22), 7, false, QDate(2024, 9, 29)},
    {"working days count the 调休 Sunday and skip the holiday", QDate(2024, 9, 27), 3, true, QDate(2024, 10, 8)},
    {"five working days over a weekend", QDate(2024, 3, 1), 5, true, QDate(2024, 3, 8)},
    {"year end: ends on New Year's Day", QDate(2024, 12, 27), 5, false, QDate(2025, 1, 2)},
    {"year end in working days", QDate(2024, 12, 30), 2, true, QDate(2025, 1, 2)},
    {"the 调休 Saturday after Spring Festival 2025 counts", QDate(2025, 2, 5), 3, true, QDate(2025, 2, 8)},
    {"90 days ending on 清明 run to the 调休 Sunday", QDate(2024, 1, 5), 90, false, QDate(2024, 4, 7)},
};
} // namespace

TEST_CASE("holiday calendar: periods end the way the law counts them")
{
    const HolidayCalendar &cal = HolidayCalendar::official();
    REQUIRE(cal.covers(QDate(2020, 1, 1)));
    REQUIRE(cal.covers(QDate(2026, 12, 31)));
    for (const PeriodCase &c : kPeriods) {
        const std::string name = c.name;
        CAPTURE(name);
        CHECK(cal.periodEnd(c.from, c.days, c.working) == c.end);
    }
}

TEST_CASE("holiday calendar: holidays and make-up working days")
{
    const HolidayCalendar &cal = HolidayCalendar::official();
    CHECK(cal.isHoliday(QDate(2024, 10, 1)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2024, 10, 7)));
    CHECK(cal.isMakeUpWorkday(QDate(2024, 10, 12)));
    CHECK(cal.isWorkingDay(QDate(2024, 10, 12)));  // a Saturday
    CHECK(cal.isWorkingDay(QDate(2025, 2, 8)));    // a Saturday after Spring Festival
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 2, 9)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2020, 2, 1)));  // the cancelled make-up day of the extended 2020 Spring Festival
    CHECK_FALSE(cal.isWorkingDay(QDate(2023, 1, 2)));
    CHECK(cal.isWorkingDay(QDate(2023, 1, 3)));
    CHECK(cal.isHoliday(QDate(2026, 2, 23)));
}

TEST_CASE("parameter profile: Henan default and partial files inherit the rest")
{
    const ParameterProfile &henan = ParameterProfile::henan();
    CHECK(henan.hearingThresholdOrg == 50000);
    CHECK(henan.hearingThresholdPerson == 5000);
    CHECK(henan.handlingPeriodDays == 90);
    CHECK(henan.serviceDays == 7);
    CHECK(henan.hearingRequestDays == 5);

    QString error;
    const auto p = ParameterProfile::fromJson(R"({"hearing_threshold_org": 100000, "hearing_request_working_days": true})", henan, &error);
    REQUIRE(p);
    CHECK(p->hearingThresholdOrg == 100000);
    CHECK(p->hearingRequestWorkingDays);
    CHECK(p->hearingThresholdPerson == 5000);
    CHECK(p->majorThresholdOrg == 50000);
    CHECK(p->handlingPeriodDays == 90);
}

TEST_CASE("parameter profile: bad files are refused with a reason")
{
    const ParameterProfile &henan = ParameterProfile::henan();
    QString error;
    CHECK_FALSE(ParameterProfile::fromJson("{not json", henan, &error));
    CHECK(error.contains(QStringLiteral("JSON")));
    CHECK_FALSE(ParameterProfile::fromJson("[1]", henan, &error));
    CHECK_FALSE(ParameterProfile::fromJson(R"({"hearing_threshold_orgg": 1})", henan, &error));
    CHECK(error.contains(QStringLiteral("hearing_threshold_orgg")));
    CHECK_FALSE(ParameterProfile::fromJson(R"({"handling_period_days": "90"})", henan, &error));
    CHECK_FALSE(ParameterProfile::fromJson(R"({"handling_period_days": 90.5})", henan, &error));
    CHECK_FALSE(ParameterProfile::fromJson(R"({"hearing_request_working_days": 1})", henan, &error));
    CHECK_FALSE(ParameterProfile::fromFile(QStringLiteral("/nonexistent/profile.json"), &error));
}

TEST_CASE("text scan: numbers, dates, amounts and periods in their usual spellings")
{
    CHECK(TextScan::number(u"三") == 3);
    CHECK(TextScan::number(u"十五") == 15);
    CHECK(TextScan::number(u"六十") == 60);
    CHECK(TextScan::number(u"60") == 60);
    CHECK(TextScan::amount(u"人民币贰拾壹万伍仟元整") == 215000.0);
    CHECK(TextScan::amount(u"5万元") == 50000.0);
    CHECK(TextScan::amount(u"52.8万元") == 528000.0);
    CHECK(TextScan::amount(u"215,000.00元") == 215000.0);
    CHECK(TextScan::amount(u"十万元") == 100000.0);
    const auto dates = TextScan::dates(u"2025年3月5日、2025-03-06、2025.3.7 14:30、二〇二五年三月八日");
    REQUIRE(dates.size() == 4);
    CHECK(dates[0].date == QDate(2025, 3, 5));
    CHECK(dates[2].date == QDate(2025, 3, 7));
    CHECK(dates[3].date == QDate(2025, 3, 8));
    const auto periods = TextScan::periods(u"五个工作日内；六十日内；6个月内；3月5日");
    REQUIRE(periods.size() == 3);
    CHECK(periods[0].workingDays);
    CHECK(periods[1].days == 60);
    CHECK(periods[2].months);
}
