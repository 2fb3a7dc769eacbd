// SPDX-License-Identifier: GPL-3.0-or-later
// Stratum columns of a population member, by their English or Chinese names.
#include "populationmember.h"

namespace casereview {

QString PopulationMember::canonicalColumn(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("agency") || n == QStringLiteral("机关"))
        return QStringLiteral("agency");
    if (n == QLatin1String("case_type") || n == QStringLiteral("案件类型"))
        return QStringLiteral("case_type");
    if (n == QLatin1String("decision_date") || n == QStringLiteral("决定日期"))
        return QStringLiteral("decision_date");
    if (n == QLatin1String("decision_year") || n == QStringLiteral("决定年份"))
        return QStringLiteral("decision_year");
    if (n == QLatin1String("amount") || n == QStringLiteral("罚款"))
        return QStringLiteral("amount");
    if (n == QLatin1String("flags") || n == QStringLiteral("标记"))
        return QStringLiteral("flags");
    return {};
}

std::optional<QString> PopulationMember::column(const QString &name) const
{
    const QString c = canonicalColumn(name);
    if (c == QLatin1String("agency"))
        return agency;
    if (c == QLatin1String("case_type"))
        return caseType;
    if (c == QLatin1String("decision_date"))
        return decisionDate;
    if (c == QLatin1String("decision_year"))
        return decisionDate.left(4);
    if (c == QLatin1String("amount"))
        return amount;
    if (c == QLatin1String("flags"))
        return flags.join(QLatin1Char(';'));
    return std::nullopt;
}

} // namespace casereview
