// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result of scoring one review: total and grade, veto hits, per-item, per-section and
// per-dimension scores, plus notes on answers the standard could not use as given.
#include "domain/reviewanswer.h"
#include "standards/reviewstandard.h"

#include <QStringList>
#include <array>
#include <vector>

namespace casereview {

struct SubScore {
    double score = 0;
    double max = 0;
    bool operator==(const SubScore &) const = default;
};

struct ItemScore {
    QString itemId;
    QString sectionId;
    std::optional<Verdict> verdict;  // nullopt: not answered (provisionally full marks)
    double score = 0;
    double max = 0;  // 0 for veto gates, and for n/a items under the rescale policy
};

struct SectionScore {
    QString id;
    QString titleZh;
    double score = 0;
    double max = 0;
};

struct ScoreCard {
    QString standardId;
    int version = 0;
    double total = 0;
    double maxTotal = 0;
    QString grade;
    QStringList vetoHits;    // item ids of failed veto gates, in standard order
    QStringList unanswered;  // item ids without an answer
    QStringList notes;       // answers adjusted or ignored (unknown item, capped deduction …)
    std::vector<ItemScore> items;
    std::vector<SectionScore> sections;
    std::array<SubScore, 3> dimensions;  // indexed by Dimension

    // An incomplete card counts unanswered items as full marks: its total is provisional and
    // its grade is not final, unless a failed veto gate has already decided it.
    bool complete() const { return unanswered.isEmpty(); }
    bool gradeIsFinal() const { return complete() || !vetoHits.isEmpty(); }
    const SubScore &dimension(Dimension d) const { return dimensions[size_t(d)]; }
    const ItemScore *item(const QString &itemId) const;
};

inline const ItemScore *ScoreCard::item(const QString &itemId) const
{
    for (const ItemScore &i : items)
        if (i.itemId == itemId)
            return &i;
    return nullptr;
}

} // namespace casereview
