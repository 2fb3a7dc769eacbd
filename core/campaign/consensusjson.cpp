// SPDX-License-Identifier: GPL-3.0-or-later
#include "consensusjson.h"

#include "review/answerjson.h"
#include "review/reviewerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

namespace ConsensusJson {
std::vector<ConsensusDecision> parseDecisions(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw ReviewError(ReviewError::Kind::Invalid,
                          QStringLiteral("the answers are not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isArray())
        throw ReviewError(ReviewError::Kind::Invalid,
                          QStringLiteral("the answers must be a JSON array of {\"item\", \"verdict\", …, \"reason\"}"));
    std::vector<ConsensusDecision> out;
    const QJsonArray a = doc.array();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isObject())
            throw ReviewError(ReviewError::Kind::Invalid, QStringLiteral("answer %1 must be an object").arg(i + 1));
        const QJsonObject o = a[i].toObject();
        ConsensusDecision d{AnswerJson::fromJson(o, i), {}};
        const QJsonValue reason = o.value(QStringLiteral("reason"));
        if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
            throw ReviewError(ReviewError::Kind::Invalid,
                              QStringLiteral("answer %1 (item %2): reason must be text").arg(i + 1).arg(d.answer.itemId));
        d.reason = reason.toString();
        out.push_back(std::move(d));
    }
    return out;
}

QJsonObject itemJson(const ConsensusItem &item)
{
    QJsonObject o = AnswerJson::toJson(item.answer);
    if (!o.contains(QStringLiteral("deduction")))
        o.insert(QStringLiteral("deduction"), 0);
    o.insert(QStringLiteral("disputed"), item.disputed);
    o.insert(QStringLiteral("reason"), item.reason);
    return o;
}

QJsonArray itemsJson(const std::vector<ConsensusItem> &items)
{
    QJsonArray a;
    for (const ConsensusItem &i : items)
        a.append(itemJson(i));
    return a;
}
} // namespace ConsensusJson

} // namespace casereview
