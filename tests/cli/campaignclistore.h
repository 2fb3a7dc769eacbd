// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The store the campaign CLI tests share: six stored cases, 甲罚1–4号 of 甲局 and 乙罚1–2号 of
// 乙局, a catalogue that names them and two more, and a campaign under penalty-general.
#include "campaigncase.h"
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

namespace CampaignCli {
using Run = CliResult;

// Six stored cases, 甲罚1–4号 of 甲局 and 乙罚1–2号 of 乙局, and a catalogue of eight rows
// naming them plus 乙罚3号 (not in the store yet) and 丙罚1号 (flagged 重大).
class Store {
public:
    Store()
    {
        path = dir.filePath(QStringLiteral("s.crstore"));
        casereview::Database db(path);
        for (int i = 1; i <= 4; ++i)
            CampaignCase::add(db, QStringLiteral("甲罚%1号").arg(i), QStringLiteral("甲局"));
        for (int i = 1; i <= 2; ++i)
            CampaignCase::add(db, QStringLiteral("乙罚%1号").arg(i), QStringLiteral("乙局"));
    }
    Run cli(QStringList args) const { return CliRunner::onStore(path, std::move(args)); }
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return file;
    }
    QString catalogue() const
    {
        QByteArray csv = "机关,案号,案件类型,决定日期,罚款,标记\n";
        for (int i = 1; i <= 4; ++i)
            csv += QStringLiteral("甲局,甲罚%1号,行政处罚,2024-01-0%1,1000,\n").arg(i).toUtf8();
        for (int i = 1; i <= 3; ++i)
            csv += QStringLiteral("乙局,乙罚%1号,行政处罚,2024-02-0%1,,\n").arg(i).toUtf8();
        csv += QStringLiteral("丙局,丙罚1号,行政处罚,2024-03-01,50000,重大\n").toUtf8();
        return write(QStringLiteral("目录.csv"), csv);
    }
    qint64 create() const
    {
        const Run r = cli({"campaign", "create", "--name", "2024年度评查", "--standard", "penalty-general", "--json"});
        REQUIRE(r.code == 0);
        return r.json().object().value(QStringLiteral("campaign_id")).toInteger();
    }
    QJsonObject show(qint64 id) const { return cli({"campaign", "show", QString::number(id), "--json"}).json().object(); }

    QTemporaryDir dir;
    QString path;
};

struct File {
    QString campaign, caseId, first, second;
};

// One file drawn per agency; 王 and 李 (丙局) assigned to each.
inline File assigned(const Store &s)
{
    File f;
    f.campaign = QString::number(s.create());
    REQUIRE(s.cli({"campaign", "population", f.campaign, "--cases", "all"}).code == 0);
    REQUIRE(s.cli({"campaign", "draw", f.campaign, "--seed", "合议", "--count", "1", "--strata", "机关"}).code == 0);
    for (const char *name : {"王", "李"})
        REQUIRE(s.cli({"campaign", "reviewers", "add", f.campaign, "--name", name, "--unit", "丙局"}).code == 0);
    const Run r = s.cli({"campaign", "assign", f.campaign, "--per-case", "2", "--seed", "合议", "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject first = r.json().object().value(QStringLiteral("assignments")).toArray().at(0).toObject();
    f.caseId = QString::number(first.value(QStringLiteral("case_id")).toInteger());
    f.first = first.value(QStringLiteral("reviewers")).toArray().at(0).toString();
    f.second = first.value(QStringLiteral("reviewers")).toArray().at(1).toString();
    return f;
}

// Every item of penalty-general answered pass, except P-B01 as given.
inline QByteArray fullSheet(const Store &s, const char *b01)
{
    const QString standard = s.dir.filePath(QStringLiteral("standard.json"));
    REQUIRE(s.cli({"standards", "export", "penalty-general", "--out", standard}).code == 0);
    QFile f(standard);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList answers;
    for (const QJsonValue &section : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("sections")).toArray())
        for (const QJsonValue &item : section.toObject().value(QStringLiteral("items")).toArray()) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            answers << (id == QLatin1String("P-B01") ? QString::fromUtf8(b01)
                                                     : QStringLiteral(R"({"item":"%1","verdict":"pass"})").arg(id));
        }
    return ('[' + answers.join(QLatin1Char(',')) + ']').toUtf8();
}
} // namespace CampaignCli
