// SPDX-License-Identifier: GPL-3.0-or-later
#include "rescorediff.h"

#include "scoringengine.h"

#include <QHash>
#include <cmath>

namespace casereview {

namespace {
QString num(double v) { return QString::number(v, 'g', 10); }
bool differs(double a, double b) { return std::abs(a - b) > 1e-9; }

QHash<QString, QString> sectionOf(const ReviewStandard &s)
{
    QHash<QString, QString> out;
    for (const StandardSection &sec : s.sections)
        for (const StandardItem &i : sec.items)
            out.insert(i.id, sec.id);
    return out;
}

QString gradesText(const std::vector<GradeBand> &grades)
{
    QStringList parts;
    for (const GradeBand &g : grades)
        parts << QStringLiteral("%1≥%2").arg(g.name, num(g.minScore));
    return parts.join(QLatin1Char(' '));
}

void compareItem(QStringList &out, const StandardItem &a, const StandardItem &b, const ScoreCard &before,
                 const ScoreCard &after)
{
    const QString id = a.id;
    if (differs(a.points, b.points)) {
        const ItemScore *x = before.item(id);
        const ItemScore *y = after.item(id);
        out << QStringLiteral("%1: points %2 → %3 (item score %4 → %5)")
                   .arg(id, num(a.points), num(b.points), num(x ? x->score : 0), num(y ? y->score : 0));
    }
    if (a.veto != b.veto)
        out << (b.veto ? QStringLiteral("%1: is now a veto gate (一票否决)").arg(id)
                       : QStringLiteral("%1: is no longer a veto gate").arg(id));
    if (a.kind != b.kind)
        out << QStringLiteral("%1: kind %2 → %3").arg(id, StandardKeys::kind(a.kind), StandardKeys::kind(b.kind));
    if (a.titleZh != b.titleZh)
        out << QStringLiteral("%1: title changed to 「%2」").arg(id, b.titleZh);
    if (a.legalBasis != b.legalBasis)
        out << QStringLiteral("%1: legal basis now %2").arg(id, b.legalBasis.join(QStringLiteral("、")));
}
} // namespace

RescoreDiff RescoreDiff::compare(const ReviewStandard &from, const ReviewStandard &to, const std::vector<Answer> &answers)
{
    RescoreDiff d;
    d.before = ScoringEngine::score(from, answers);
    d.after = ScoringEngine::score(to, answers);
    QStringList &out = d.changes;
    out << QStringLiteral("%1 v%2 → v%3: total %4 → %5, grade %6 → %7")
               .arg(to.id)
               .arg(from.version)
               .arg(to.version)
               .arg(num(d.before.total), num(d.after.total), d.before.grade, d.after.grade);
    for (const QString &v : d.after.vetoHits)
        if (!d.before.vetoHits.contains(v))
            out << QStringLiteral("veto hit added: %1").arg(v);
    for (const QString &v : d.before.vetoHits)
        if (!d.after.vetoHits.contains(v))
            out << QStringLiteral("veto hit removed: %1").arg(v);

    if (differs(from.totalPoints, to.totalPoints))
        out << QStringLiteral("total points %1 → %2").arg(num(from.totalPoints), num(to.totalPoints));
    if (from.naPolicy != to.naPolicy)
        out << QStringLiteral("n/a policy %1 → %2").arg(StandardKeys::naPolicy(from.naPolicy), StandardKeys::naPolicy(to.naPolicy));
    if (from.grades != to.grades)
        out << QStringLiteral("grade bands %1 → %2").arg(gradesText(from.grades), gradesText(to.grades));
    if (from.evidenceDimension != to.evidenceDimension)
        out << QStringLiteral("evidence items now count under %1").arg(StandardKeys::dimension(to.evidenceDimension));
    if (from.documentDimension != to.documentDimension)
        out << QStringLiteral("document items now count under %1").arg(StandardKeys::dimension(to.documentDimension));

    const QHash<QString, QString> oldSections = sectionOf(from);
    const QHash<QString, QString> newSections = sectionOf(to);
    for (const StandardSection &sec : from.sections)
        for (const StandardItem &item : sec.items) {
            const StandardItem *now = to.findItem(item.id);
            if (!now) {
                const bool answered = std::any_of(answers.begin(), answers.end(),
                                                  [&](const Answer &a) { return a.itemId == item.id; });
                out << QStringLiteral("%1: removed (was %2 points in section %3%4)")
                           .arg(item.id, num(item.points), sec.id,
                                answered ? QStringLiteral("; its answer no longer counts") : QString());
                continue;
            }
            if (newSections.value(item.id) != sec.id)
                out << QStringLiteral("%1: moved from section %2 to %3").arg(item.id, sec.id, newSections.value(item.id));
            compareItem(out, item, *now, d.before, d.after);
        }
    for (const StandardSection &sec : to.sections)
        for (const StandardItem &item : sec.items)
            if (!oldSections.contains(item.id))
                out << QStringLiteral("%1: added to section %2 (%3 points%4; unanswered, counted as pass)")
                           .arg(item.id, sec.id, num(item.points), item.veto ? QStringLiteral(", veto gate") : QString());
    return d;
}

} // namespace casereview
