// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerjson.h"

#include "reviewerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace casereview {

namespace {
[[noreturn]] void invalid(const QString &message) { throw ReviewError(ReviewError::Kind::Invalid, message); }
} // namespace

namespace AnswerJson {
QJsonObject toJson(const Answer &a)
{
    QJsonObject o{{QStringLiteral("item"), a.itemId}, {QStringLiteral("verdict"), VerdictKeys::key(a.verdict)}};
    if (a.verdict == Verdict::Deduct || a.deduction != 0)
        o.insert(QStringLiteral("deduction"), a.deduction);
    if (!a.note.isEmpty())
        o.insert(QStringLiteral("note"), a.note);
    if (!a.evidence.empty()) {
        QJsonArray ev;
        for (const EvidenceAnchor &e : a.evidence) {
            QJsonObject eo{{QStringLiteral("page"), e.page}};
            if (!e.quote.isEmpty())
                eo.insert(QStringLiteral("quote"), e.quote);
            if (e.rect)
                eo.insert(QStringLiteral("rect"), QJsonArray{e.rect->x(), e.rect->y(), e.rect->width(), e.rect->height()});
            ev.append(eo);
        }
        o.insert(QStringLiteral("evidence"), ev);
    }
    return o;
}

Answer fromJson(const QJsonObject &o, int index)
{
    Answer a;
    const QJsonValue item = o.value(QStringLiteral("item"));
    if (!item.isString() || item.toString().trimmed().isEmpty())
        invalid(QStringLiteral("answer %1: \"item\" must name a standard item").arg(index + 1));
    a.itemId = item.toString().trimmed();
    const QString where = QStringLiteral("answer %1 (item %2)").arg(index + 1).arg(a.itemId);
    const QString verdict = o.value(QStringLiteral("verdict")).toString();
    const auto v = VerdictKeys::from(verdict);
    if (!v)
        invalid(QStringLiteral("%1: verdict '%2' is not pass, deduct, na or fail").arg(where, verdict));
    a.verdict = *v;
    const QJsonValue deduction = o.value(QStringLiteral("deduction"));
    if (!deduction.isUndefined() && !deduction.isNull()) {
        if (!deduction.isDouble() || !std::isfinite(deduction.toDouble()))
            invalid(QStringLiteral("%1: deduction must be a number").arg(where));
        a.deduction = deduction.toDouble();
    }
    const QJsonValue note = o.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        invalid(QStringLiteral("%1: note must be text").arg(where));
    a.note = note.toString();
    const QJsonValue evidence = o.value(QStringLiteral("evidence"));
    if (!evidence.isUndefined() && !evidence.isNull() && !evidence.isArray())
        invalid(QStringLiteral("%1: evidence must be an array of {\"page\", \"quote\"}").arg(where));
    for (const QJsonValue &ev : evidence.toArray()) {
        const QJsonObject eo = ev.toObject();
        const QJsonValue page = eo.value(QStringLiteral("page"));
        if (!ev.isObject() || !page.isDouble() || page.toDouble() != std::floor(page.toDouble()))
            invalid(QStringLiteral("%1: each evidence anchor needs a whole page number").arg(where));
        EvidenceAnchor anchor;
        anchor.page = page.toInt();
        anchor.quote = eo.value(QStringLiteral("quote")).toString();
        const QJsonValue rect = eo.value(QStringLiteral("rect"));
        if (!rect.isUndefined() && !rect.isNull()) {
            const QJsonArray r = rect.toArray();
            if (r.size() != 4 || !r[0].isDouble() || !r[1].isDouble() || !r[2].isDouble() || !r[3].isDouble())
                invalid(QStringLiteral("%1: rect must be [x, y, width, height] in PDF points").arg(where));
            anchor.rect = QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
        }
        a.evidence.push_back(anchor);
    }
    return a;
}

std::vector<Answer> parse(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        invalid(QStringLiteral("the answers are not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isArray())
        invalid(QStringLiteral("the answers must be a JSON array of {\"item\", \"verdict\", …}"));
    std::vector<Answer> out;
    const QJsonArray a = doc.array();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isObject())
            invalid(QStringLiteral("answer %1 must be an object").arg(i + 1));
        out.push_back(fromJson(a[i].toObject(), i));
    }
    return out;
}
} // namespace AnswerJson

} // namespace casereview
