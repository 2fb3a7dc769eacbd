// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace casereview {

namespace {
struct NumberKey {
    const char *key;
    double ParameterProfile::*yuan;
    int ParameterProfile::*count;
};

const NumberKey kNumbers[] = {
    {"hearing_threshold_org", &ParameterProfile::hearingThresholdOrg, nullptr},
    {"hearing_threshold_person", &ParameterProfile::hearingThresholdPerson, nullptr},
    {"major_threshold_org", &ParameterProfile::majorThresholdOrg, nullptr},
    {"major_threshold_person", &ParameterProfile::majorThresholdPerson, nullptr},
    {"handling_period_days", nullptr, &ParameterProfile::handlingPeriodDays},
    {"service_days", nullptr, &ParameterProfile::serviceDays},
    {"hearing_request_days", nullptr, &ParameterProfile::hearingRequestDays},
    {"limitation_years", nullptr, &ParameterProfile::limitationYears},
    {"limitation_years_extended", nullptr, &ParameterProfile::limitationYearsExtended},
    {"reconsideration_days", nullptr, &ParameterProfile::reconsiderationDays},
    {"litigation_months", nullptr, &ParameterProfile::litigationMonths},
};

struct BoolKey {
    const char *key;
    bool ParameterProfile::*flag;
};

const BoolKey kBools[] = {
    {"service_working_days", &ParameterProfile::serviceWorkingDays},
    {"hearing_request_working_days", &ParameterProfile::hearingRequestWorkingDays},
};

const char *const kFreeText[] = {"name", "description", "note", "source"};

ParameterProfile loadHenan()
{
    QFile f(QStringLiteral(":/diagnosis/profile-henan.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return ParameterProfile::fromJson(f.readAll(), ParameterProfile{}, &error).value_or(ParameterProfile{});
}
} // namespace

QStringList ParameterProfile::keys()
{
    QStringList out;
    for (const NumberKey &k : kNumbers)
        out << QString::fromLatin1(k.key);
    for (const BoolKey &k : kBools)
        out << QString::fromLatin1(k.key);
    return out;
}

const ParameterProfile &ParameterProfile::henan()
{
    static const ParameterProfile profile = loadHenan();
    return profile;
}

std::optional<ParameterProfile> ParameterProfile::fromJson(const QByteArray &json, const ParameterProfile &base,
                                                           QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                     : QStringLiteral("a parameter profile must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject obj = doc.object();
    ParameterProfile p = base;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool known = false;
        for (const NumberKey &k : kNumbers) {
            if (key != QLatin1String(k.key))
                continue;
            known = true;
            if (!v.isDouble() || v.toDouble() < 0 || (k.count && v.toDouble() != double(int(v.toDouble())))) {
                *error = QStringLiteral("'%1' must be a non-negative %2").arg(key, k.count ? QStringLiteral("whole number")
                                                                                           : QStringLiteral("number"));
                return std::nullopt;
            }
            if (k.yuan)
                p.*(k.yuan) = v.toDouble();
            else
                p.*(k.count) = int(v.toDouble());
        }
        for (const BoolKey &k : kBools) {
            if (key != QLatin1String(k.key))
                continue;
            known = true;
            if (!v.isBool()) {
                *error = QStringLiteral("'%1' must be true or false").arg(key);
                return std::nullopt;
            }
            p.*(k.flag) = v.toBool();
        }
        for (const char *k : kFreeText)
            known = known || key == QLatin1String(k);
        if (!known) {
            *error = QStringLiteral("unknown key '%1' (known keys: %2)").arg(key, keys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (key == QLatin1String("name"))
            p.name = v.toString();
    }
    return p;
}

std::optional<ParameterProfile> ParameterProfile::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString inner;
    auto p = fromJson(f.readAll(), henan(), &inner);
    if (!p)
        *error = QStringLiteral("%1: %2").arg(path, inner);
    return p;
}

} // namespace casereview
