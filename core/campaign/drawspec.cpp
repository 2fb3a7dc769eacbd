// SPDX-License-Identifier: GPL-3.0-or-later
// Exact reading of a draw ratio, so that round-half-up(R × size) does not depend on floating point.
#include "drawspec.h"

#include "campaignerror.h"

#include <QJsonArray>

#include <QRegularExpression>

namespace casereview {

std::optional<std::pair<qint64, qint64>> DrawSpec::parseRatio(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d*)(?:\\.(\\d{0,9}))?(%?)$"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    if (t.isEmpty() || !m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()) || m.captured(1).size() > 9) {
        if (error)
            *error = QStringLiteral("the ratio must be a decimal number such as 0.1 or 10%, not '%1'").arg(text);
        return std::nullopt;
    }
    const QString frac = m.captured(2);
    qint64 den = 1;
    for (int i = 0; i < frac.size(); ++i)
        den *= 10;
    qint64 num = m.captured(1).toLongLong() * den + (frac.isEmpty() ? 0 : frac.toLongLong());
    if (!m.captured(3).isEmpty())
        den *= 100;
    if (num <= 0 || num > den) {
        if (error)
            *error = num <= 0 ? QStringLiteral("the ratio must be above 0, not '%1'").arg(text)
                              : QStringLiteral("the ratio must be at most 1 (100%), not '%1'").arg(text);
        return std::nullopt;
    }
    return std::pair(num, den);
}

QJsonObject DrawSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("seed"), seed},
                  {QStringLiteral("strata"), QJsonArray::fromStringList(strata)},
                  {QStringLiteral("min"), minimum},
                  {QStringLiteral("must_include"), QJsonArray::fromStringList(mustInclude)},
                  {QStringLiteral("exclude"), QJsonArray::fromStringList(exclude)}};
    if (byRatio)
        o.insert(QStringLiteral("ratio"), ratioText);
    else
        o.insert(QStringLiteral("count"), count);
    return o;
}

DrawSpec DrawSpec::fromJson(const QJsonObject &o)
{
    auto strings = [&](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    DrawSpec s;
    s.seed = o.value(QStringLiteral("seed")).toString();
    s.strata = strings("strata");
    s.minimum = o.value(QStringLiteral("min")).toInt();
    s.mustInclude = strings("must_include");
    s.exclude = strings("exclude");
    if (o.contains(QStringLiteral("ratio"))) {
        s.byRatio = true;
        s.ratioText = o.value(QStringLiteral("ratio")).toString();
        QString error;
        const auto r = parseRatio(s.ratioText, &error);
        if (!r)
            throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the recorded draw spec is unreadable: %1").arg(error));
        s.ratioNumerator = r->first;
        s.ratioDenominator = r->second;
    } else {
        s.byRatio = false;
        s.count = o.value(QStringLiteral("count")).toInt();
    }
    return s;
}

} // namespace casereview
