// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiontable.h"

#include "textscan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace casereview {

namespace {
const QJsonArray &provisions()
{
    static const QJsonArray list = [] {
        QFile f(QStringLiteral(":/diagnosis/penalty-provisions.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("provisions")).toArray()
                                           : QJsonArray{};
    }();
    return list;
}

QString normaliseLaw(QString law)
{
    law.remove(QStringLiteral("中华人民共和国"));
    return law.trimmed();
}

std::optional<double> baseAmount(QStringView text, const QString &base)
{
    static const QString amount = QStringLiteral("((?:\\d[\\d,，]*(?:\\.\\d+)?\\s*万?)|[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)元");
    const QRegularExpression re(QRegularExpression::escape(base) + QStringLiteral("[^。；，]{0,8}?") + amount);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return TextScan::amount(m.captured(1) + u'元');
}
} // namespace

namespace ProvisionTable {
std::optional<ProvisionRange> range(const QString &law, const QString &article, QStringView text, bool person)
{
    const QString wanted = normaliseLaw(law);
    const QJsonObject *best = nullptr;
    QJsonObject found;
    for (const QJsonValue v : provisions()) {
        const QJsonObject p = v.toObject();
        const QString a = p.value(QLatin1String("article")).toString();
        if (p.value(QLatin1String("law")).toString() != wanted || !article.startsWith(a))
            continue;
        if (!best || a.size() > found.value(QLatin1String("article")).toString().size()) {
            found = p;
            best = &found;
        }
    }
    if (!best)
        return std::nullopt;
    const QJsonObject &p = found;
    const QString escalation = p.value(QLatin1String("escalation")).toString();
    const bool escalated = !escalation.isEmpty() && QRegularExpression(escalation).match(text).hasMatch();
    ProvisionRange r;
    r.citation = QStringLiteral("《%1》%2").arg(wanted, p.value(QLatin1String("article")).toString());
    if (p.contains(QLatin1String("scaled"))) {
        const QJsonObject s = p.value(QLatin1String("scaled")).toObject();
        const auto base = baseAmount(text, s.value(QLatin1String("base")).toString());
        if (!base)
            return std::nullopt;
        const double unit = s.value(QLatin1String("percent")).toBool() ? *base / 100 : *base;
        r.min = unit * s.value(QLatin1String("lo")).toDouble();
        r.max = unit * (escalated && p.contains(QLatin1String("escalated_scaled_hi")) ? p.value(QLatin1String("escalated_scaled_hi")).toDouble()
                                                                                      : s.value(QLatin1String("hi")).toDouble());
        return r;
    }
    if (person && p.contains(QLatin1String("person_max"))) {
        r.min = 0;
        r.max = p.value(QLatin1String("person_max")).toDouble();
        return r;
    }
    r.min = p.value(QLatin1String("min")).toDouble();
    if (escalated && p.contains(QLatin1String("escalated_max")))
        r.max = p.value(QLatin1String("escalated_max")).toDouble();
    else if (p.contains(QLatin1String("max")))
        r.max = p.value(QLatin1String("max")).toDouble();
    return r;
}
} // namespace ProvisionTable

} // namespace casereview
