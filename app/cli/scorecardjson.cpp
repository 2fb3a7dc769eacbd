// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardjson.h"

#include <QJsonArray>
#include <cmath>

using namespace casereview;

namespace ScoreCardJson {
QJsonValue number(double v)
{
    return std::floor(v) == v && std::abs(v) < 1e15 ? QJsonValue(qint64(v)) : QJsonValue(v);
}

QJsonObject toJson(const ScoreCard &card)
{
    auto sub = [](const SubScore &s) {
        return QJsonObject{{QStringLiteral("score"), number(s.score)}, {QStringLiteral("max"), number(s.max)}};
    };
    QJsonArray sections;
    for (const SectionScore &s : card.sections)
        sections.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.titleZh},
                                    {QStringLiteral("score"), number(s.score)},
                                    {QStringLiteral("max"), number(s.max)}});
    return {{QStringLiteral("standard"), card.standardId},
            {QStringLiteral("version"), card.version},
            {QStringLiteral("total"), number(card.total)},
            {QStringLiteral("max_total"), number(card.maxTotal)},
            {QStringLiteral("grade"), card.grade},
            {QStringLiteral("veto_hits"), QJsonArray::fromStringList(card.vetoHits)},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("dimensions"),
             QJsonObject{{QStringLiteral("procedure"), sub(card.dimension(Dimension::Procedure))},
                         {QStringLiteral("discretion"), sub(card.dimension(Dimension::Discretion))},
                         {QStringLiteral("legality"), sub(card.dimension(Dimension::Legality))}}},
            {QStringLiteral("unanswered"), QJsonArray::fromStringList(card.unanswered)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(card.notes)}};
}

GradeStanding standing(const ScoreCard &card, ReviewStatus status)
{
    return gradeStanding(status, card.unanswered.size(), !card.vetoHits.isEmpty());
}

QString gradeText(const ScoreCard &card, ReviewStatus status)
{
    switch (standing(card, status)) {
    case GradeStanding::Final: return card.grade;
    case GradeStanding::Provisional:
        return card.grade + (status == ReviewStatus::Signed ? QStringLiteral(", incomplete") : QStringLiteral(", unsigned"));
    case GradeStanding::None: break;
    }
    return QStringLiteral("no grade yet");
}
} // namespace ScoreCardJson
