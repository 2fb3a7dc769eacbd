// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringengine.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace casereview {

namespace {
constexpr double kEpsilon = 1e-9;

double round2(double v) { return std::round(v * 100.0) / 100.0; }
QString num(double v) { return QString::number(v, 'g', 10); }

// The score of one answered item and, when the answer had to be adjusted, why.
struct Earned {
    double score = 0;
    double max = 0;
    bool vetoHit = false;
    QString note;
};

Earned earn(const ReviewStandard &standard, const StandardItem &item, const Answer *answer)
{
    const double full = item.points;
    if (!answer)
        return {full, full, false, {}};
    switch (answer->verdict) {
    case Verdict::Pass:
        return {full, full, false, {}};
    case Verdict::NotApplicable:
        return standard.naPolicy == NaPolicy::FullPoints ? Earned{full, full, false, {}} : Earned{0, 0, false, {}};
    case Verdict::Fail:
        if (item.veto)
            return {0, 0, true, {}};
        return {0, full, false,
                QStringLiteral("%1 is not a veto gate; its 'fail' answer was scored as losing all %2 points")
                    .arg(item.id, num(full))};
    case Verdict::Deduct: {
        if (item.veto)
            return {0, 0, false,
                    QStringLiteral("%1 is a veto gate; its deduction answer does not count as a veto hit").arg(item.id)};
        const double asked = std::max(0.0, answer->deduction);
        const double taken = std::min(asked, full);
        QString note;
        if (asked > full + kEpsilon)
            note = QStringLiteral("%1: deduction %2 capped at the item's %3 points").arg(item.id, num(asked), num(full));
        return {full - taken, full, false, note};
    }
    }
    return {full, full, false, {}};
}
} // namespace

namespace ScoringEngine {
QString gradeFor(const ReviewStandard &standard, double total)
{
    for (const GradeBand &g : standard.grades)
        if (total + kEpsilon >= g.minScore)
            return g.name;
    return standard.grades.empty() ? QString() : standard.grades.back().name;
}

ScoreCard score(const ReviewStandard &standard, const std::vector<Answer> &answers)
{
    QHash<QString, const Answer *> byItem;
    for (const Answer &a : answers)
        byItem.insert(a.itemId, &a);

    ScoreCard card;
    card.standardId = standard.id;
    card.version = standard.version;
    double earned = 0;
    double applicable = 0;
    for (const StandardSection &sec : standard.sections) {
        SectionScore ss{sec.id, sec.titleZh, 0, 0};
        for (const StandardItem &item : sec.items) {
            const Answer *answer = byItem.value(item.id, nullptr);
            const Earned e = earn(standard, item, answer);
            if (!answer)
                card.unanswered << item.id;
            if (e.vetoHit)
                card.vetoHits << item.id;
            if (!e.note.isEmpty())
                card.notes << e.note;
            card.items.push_back({item.id, sec.id, answer ? std::optional(answer->verdict) : std::nullopt,
                                  round2(e.score), e.max});
            ss.score += e.score;
            ss.max += e.max;
            SubScore &dim = card.dimensions[size_t(standard.dimensionOf(item.kind))];
            dim.score += e.score;
            dim.max += e.max;
            earned += e.score;
            applicable += e.max;
        }
        ss.score = round2(std::max(0.0, ss.score));
        ss.max = round2(ss.max);
        card.sections.push_back(ss);
    }
    for (SubScore &d : card.dimensions) {
        d.score = round2(std::max(0.0, d.score));
        d.max = round2(d.max);
    }
    const QSet<QString> known = [&] {
        QSet<QString> ids;
        for (const ItemScore &i : card.items)
            ids.insert(i.itemId);
        return ids;
    }();
    for (const Answer &a : answers)
        if (!known.contains(a.itemId))
            card.notes << QStringLiteral("%1 is not an item of %2 v%3; its answer was ignored")
                              .arg(a.itemId, standard.id)
                              .arg(standard.version);

    card.maxTotal = standard.totalPoints;
    double total = standard.naPolicy == NaPolicy::Rescale
                       ? (applicable > kEpsilon ? earned / applicable * standard.totalPoints : standard.totalPoints)
                       : earned;
    total = std::clamp(round2(total), 0.0, standard.totalPoints);
    if (!card.vetoHits.isEmpty()) {
        card.total = 0;
        card.grade = standard.grades.empty() ? QString() : standard.grades.back().name;
    } else {
        card.total = total;
        card.grade = gradeFor(standard, total);
    }
    return card;
}

QStringList answerProblems(const ReviewStandard &standard, const std::vector<Answer> &answers)
{
    QStringList out;
    QSet<QString> seen;
    for (const Answer &a : answers) {
        const StandardItem *item = standard.findItem(a.itemId);
        if (!item) {
            out << QStringLiteral("item '%1' is not in standard %2 version %3")
                       .arg(a.itemId, standard.id)
                       .arg(standard.version);
            continue;
        }
        if (seen.contains(a.itemId))
            out << QStringLiteral("item %1 is answered more than once").arg(a.itemId);
        seen.insert(a.itemId);
        const QString verdict = VerdictKeys::key(a.verdict);
        if (item->veto && a.verdict == Verdict::Deduct)
            out << QStringLiteral("item %1 is a veto gate (一票否决): answer pass, na or fail, not deduct").arg(a.itemId);
        if (!item->veto && a.verdict == Verdict::Fail)
            out << QStringLiteral("item %1 is a scored item: answer pass, deduct or na; fail is only for veto gates")
                       .arg(a.itemId);
        if (a.deduction < 0)
            out << QStringLiteral("item %1: deduction %2 is negative").arg(a.itemId, num(a.deduction));
        else if (a.deduction > item->points + kEpsilon && !item->veto)
            out << QStringLiteral("item %1: deduction %2 is more than the item's %3 points")
                       .arg(a.itemId, num(a.deduction), num(item->points));
        if (a.verdict == Verdict::Deduct && !item->veto && !(a.deduction > 0))
            out << QStringLiteral("item %1: verdict deduct needs a deduction above 0").arg(a.itemId);
        if (a.verdict != Verdict::Deduct && a.deduction > 0)
            out << QStringLiteral("item %1: a deduction of %2 does not fit verdict %3").arg(a.itemId, num(a.deduction), verdict);
        for (const EvidenceAnchor &e : a.evidence) {
            if (e.page < 1)
                out << QStringLiteral("item %1: evidence page %2 must be 1 or more").arg(a.itemId).arg(e.page);
            if (e.rect && (e.rect->width() <= 0 || e.rect->height() <= 0))
                out << QStringLiteral("item %1: evidence rectangle on page %2 has no area").arg(a.itemId).arg(e.page);
        }
    }
    return out;
}
} // namespace ScoringEngine

} // namespace casereview
