// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The province- and sector-dependent numbers the rules use. The Henan profile ships as the
// default (resource :/diagnosis/profile-henan.json); a JSON file may override any subset of keys.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace casereview {

struct ParameterProfile {
    QString name = QStringLiteral("henan");
    double hearingThresholdOrg = 50000;    // 较大数额, 法人/其他组织/个体工商户
    double hearingThresholdPerson = 5000;  // 较大数额, 自然人
    double majorThresholdOrg = 50000;      // 重大案件 (legal review, collective discussion)
    double majorThresholdPerson = 5000;
    int handlingPeriodDays = 90;
    int serviceDays = 7;
    bool serviceWorkingDays = false;
    int hearingRequestDays = 5;
    bool hearingRequestWorkingDays = false;
    int limitationYears = 2;
    int limitationYearsExtended = 5;  // life, health, financial security with harm
    int reconsiderationDays = 60;
    int litigationMonths = 6;

    static QStringList keys();
    // The shipped Henan default.
    static const ParameterProfile &henan();
    // `base` overridden by the keys present in `json`; nullopt and `error` set when the file is
    // not a JSON object, has an unknown key or a value of the wrong type or range.
    static std::optional<ParameterProfile> fromJson(const QByteArray &json, const ParameterProfile &base,
                                                    QString *error);
    static std::optional<ParameterProfile> fromFile(const QString &path, QString *error);
};

} // namespace casereview
