// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Public holidays and 调休 make-up working days (resource :/diagnosis/holidays.json), and the
// law's way of counting periods: the start day is not counted; a period in days that ends on a
// rest day runs to the next working day; a period in working days skips rest days.
#include <QByteArray>
#include <QDate>
#include <QSet>

namespace casereview {

class HolidayCalendar {
public:
    HolidayCalendar() = default;
    // Reads the {"years":{"2024":{"holidays":[...],"workdays":[...]}}} format.
    static HolidayCalendar fromJson(const QByteArray &json);
    static const HolidayCalendar &official();  // the shipped 2020–2026 calendar

    bool isHoliday(QDate d) const { return m_holidays.contains(d); }
    bool isMakeUpWorkday(QDate d) const { return m_workdays.contains(d); }
    bool isWorkingDay(QDate d) const;
    bool covers(QDate d) const { return d.year() >= m_firstYear && d.year() <= m_lastYear; }

    // Last day of a period of `days` starting after `from` (calendar days, extended past rest days).
    QDate periodEnd(QDate from, int days) const;
    // Last day of a period of `days` working days starting after `from`.
    QDate workingPeriodEnd(QDate from, int days) const;
    QDate periodEnd(QDate from, int days, bool workingDays) const
    {
        return workingDays ? workingPeriodEnd(from, days) : periodEnd(from, days);
    }
    QDate nextWorkingDay(QDate d) const;  // d itself when it is a working day

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    int m_firstYear = 0;
    int m_lastYear = -1;
};

} // namespace casereview
