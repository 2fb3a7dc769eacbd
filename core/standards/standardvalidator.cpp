// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardvalidator.h"

#include "standarderror.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace casereview {

namespace {
bool near(double a, double b) { return std::abs(a - b) < 1e-6; }
QString num(double v) { return QString::number(v, 'g', 10); }
} // namespace

namespace StandardValidator {
QStringList problems(const ReviewStandard &s)
{
    QStringList out;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!idPattern.match(s.id).hasMatch())
        out << QStringLiteral("id '%1' must be letters, digits, '.', '_' or '-'").arg(s.id);
    if (s.nameZh.trimmed().isEmpty())
        out << QStringLiteral("name_zh is empty");
    if (!(s.totalPoints > 0))
        out << QStringLiteral("total_points must be above 0, not %1").arg(num(s.totalPoints));
    if (s.sections.empty())
        out << QStringLiteral("the standard has no sections");

    QSet<QString> sectionIds;
    QSet<QString> itemIds;
    for (const StandardSection &sec : s.sections) {
        const QString where = QStringLiteral("section '%1'").arg(sec.id);
        if (sec.id.trimmed().isEmpty())
            out << QStringLiteral("a section has no id (title '%1')").arg(sec.titleZh);
        else if (sectionIds.contains(sec.id))
            out << QStringLiteral("%1 appears twice").arg(where);
        sectionIds.insert(sec.id);
        if (sec.items.empty())
            out << QStringLiteral("%1 has no items").arg(where);
        for (const StandardItem &it : sec.items) {
            const QString item = QStringLiteral("item '%1' (section '%2')").arg(it.id, sec.id);
            if (it.id.trimmed().isEmpty()) {
                out << QStringLiteral("an item in %1 has no id").arg(where);
                continue;
            }
            if (itemIds.contains(it.id))
                out << QStringLiteral("item id '%1' is used twice").arg(it.id);
            itemIds.insert(it.id);
            if (it.titleZh.trimmed().isEmpty())
                out << QStringLiteral("%1 has no title_zh").arg(item);
            if (it.veto && !near(it.points, 0))
                out << QStringLiteral("%1 is a veto gate and must carry 0 points, not %2").arg(item, num(it.points));
            if (!it.veto && !(it.points > 0))
                out << QStringLiteral("%1 is a scored item and needs points above 0, not %2").arg(item, num(it.points));
        }
    }
    if (!s.sections.empty() && !near(s.itemPoints(), s.totalPoints))
        out << QStringLiteral("the items add up to %1 points but total_points is %2")
                   .arg(num(s.itemPoints()), num(s.totalPoints));

    if (s.grades.empty())
        out << QStringLiteral("grades are empty; give at least one band with min_score 0");
    QSet<QString> gradeNames;
    for (size_t i = 0; i < s.grades.size(); ++i) {
        const GradeBand &g = s.grades[i];
        if (g.name.trimmed().isEmpty())
            out << QStringLiteral("grade band %1 has no name").arg(i + 1);
        else if (gradeNames.contains(g.name))
            out << QStringLiteral("grade '%1' appears twice").arg(g.name);
        gradeNames.insert(g.name);
        if (g.minScore < 0 || g.minScore > s.totalPoints)
            out << QStringLiteral("grade '%1' starts at %2, outside 0..%3").arg(g.name, num(g.minScore), num(s.totalPoints));
        if (i > 0 && !(g.minScore < s.grades[i - 1].minScore))
            out << QStringLiteral("grades must be listed highest first: '%1' (%2) is not below '%3' (%4)")
                       .arg(g.name, num(g.minScore), s.grades[i - 1].name, num(s.grades[i - 1].minScore));
    }
    if (!s.grades.empty() && !near(s.grades.back().minScore, 0))
        out << QStringLiteral("the lowest grade '%1' must start at 0, not %2")
                   .arg(s.grades.back().name, num(s.grades.back().minScore));
    return out;
}

void require(const ReviewStandard &standard)
{
    const QStringList list = problems(standard);
    if (!list.isEmpty())
        throw StandardError(QStringLiteral("standard '%1' is not valid: %2").arg(standard.id, list.join(QStringLiteral("; "))));
}
} // namespace StandardValidator

} // namespace casereview
