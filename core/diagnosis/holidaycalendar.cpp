// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaycalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

HolidayCalendar HolidayCalendar::fromJson(const QByteArray &json)
{
    HolidayCalendar cal;
    const QJsonObject years = QJsonDocument::fromJson(json).object().value(QLatin1String("years")).toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok)
            continue;
        cal.m_firstYear = cal.m_lastYear < cal.m_firstYear ? year : std::min(cal.m_firstYear, year);
        cal.m_lastYear = std::max(cal.m_lastYear, year);
        const QJsonObject y = it.value().toObject();
        for (const QJsonValue v : y.value(QLatin1String("holidays")).toArray())
            cal.m_holidays.insert(QDate::fromString(v.toString(), Qt::ISODate));
        for (const QJsonValue v : y.value(QLatin1String("workdays")).toArray())
            cal.m_workdays.insert(QDate::fromString(v.toString(), Qt::ISODate));
    }
    return cal;
}

const HolidayCalendar &HolidayCalendar::official()
{
    static const HolidayCalendar cal = [] {
        QFile f(QStringLiteral(":/diagnosis/holidays.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : HolidayCalendar{};
    }();
    return cal;
}

bool HolidayCalendar::isWorkingDay(QDate d) const
{
    if (m_workdays.contains(d))
        return true;
    if (m_holidays.contains(d))
        return false;
    return d.dayOfWeek() <= 5;
}

QDate HolidayCalendar::nextWorkingDay(QDate d) const
{
    for (int guard = 0; guard < 30 && !isWorkingDay(d); ++guard)
        d = d.addDays(1);
    return d;
}

QDate HolidayCalendar::periodEnd(QDate from, int days) const
{
    return nextWorkingDay(from.addDays(days));
}

QDate HolidayCalendar::workingPeriodEnd(QDate from, int days) const
{
    QDate d = from;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

} // namespace casereview
