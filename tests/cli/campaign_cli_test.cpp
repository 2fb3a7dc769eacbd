// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign contract of casereview-cli: create, population (store cases or a catalogue,
// UTF-8 or GBK), draw and verify-draw, reviewers, assign, double reviews through `review`,
// agreement and status — and each bad input refused with the row or rule named, exit 1 or 2,
// and nothing written.
#include "campaignclistore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

using CampaignCli::Run;
using CampaignCli::Store;

TEST_CASE("cli campaign: create, catalogue population, draw, verify-draw and a second draw")
{
    Store s;
    const QString id = QString::number(s.create());
    Run r = s.cli({"campaign", "population", id, "--catalogue", s.catalogue(), "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("population")).toInt() == 8);
    CHECK(r.json().object().value(QStringLiteral("linked")).toInt() == 6);
    CHECK(r.json().object().value(QStringLiteral("population_sha256")).toString().size() == 64);

    r = s.cli({"campaign", "draw", id, "--seed", "2024-05-01", "--ratio", "0.5", "--strata", "agency", "--must-include", "重大",
               "--witness", "公证员甲", "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject draw = r.json().object();
    CHECK(draw.value(QStringLiteral("algorithm")).toString() == QLatin1String("sha256-rank-v1"));
    CHECK(draw.value(QStringLiteral("seed")).toString() == QLatin1String("2024-05-01"));
    const QJsonArray drawn = draw.value(QStringLiteral("drawn")).toArray();
    // 丙局: 1 × 0.5 = 0.5 → 1 (the must-include member is on top, no one is left to draw);
    // 乙局: 3 × 0.5 = 1.5 → 2; 甲局: 4 × 0.5 = 2.
    REQUIRE(drawn.size() == 5);
    CHECK(drawn[0].toObject().value(QStringLiteral("stratum")).toString() == QStringLiteral("丙局"));
    CHECK(drawn[0].toObject().value(QStringLiteral("reason")).toString() == QLatin1String("must_include"));
    CHECK(drawn[0].toObject().value(QStringLiteral("catalogue_row")).toInt() == 9);
    CHECK_FALSE(drawn[0].toObject().contains(QStringLiteral("case_id")));
    CHECK(drawn[1].toObject().value(QStringLiteral("reason")).toString() == QLatin1String("random"));
    CHECK(s.cli({"campaign", "verify-draw", id}).code == 0);

    // A second draw is a new record; the first one still verifies.
    r = s.cli({"campaign", "draw", id, "--seed", "other", "--count", "1", "--json"});
    REQUIRE(r.code == 0);
    const qint64 second = r.json().object().value(QStringLiteral("draw_id")).toInteger();
    CHECK(second != draw.value(QStringLiteral("draw_id")).toInteger());
    CHECK(r.json().object().value(QStringLiteral("drawn")).toArray().size() == 1);
    r = s.cli({"campaign", "verify-draw", id, "--draw", QString::number(draw.value(QStringLiteral("draw_id")).toInteger()), "--json"});
    CHECK(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("equal")).toBool());
    CHECK(s.show(id.toLongLong()).value(QStringLiteral("draw")).toObject().value(QStringLiteral("draw_id")).toInteger() == second);

    // The canonical list `show` writes hashes to the recorded SHA-256.
    const QString list = s.dir.filePath(QStringLiteral("population.txt"));
    REQUIRE(s.cli({"campaign", "show", id, "--population-out", list}).code == 0);
    QFile f(list);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()) ==
          draw.value(QStringLiteral("population_sha256")).toString());

    // The population is frozen now, and a changed one is what verify-draw reports.
    r = s.cli({"campaign", "population", id, "--cases", "all"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("cannot change")));
    {
        Database db(s.path);
        db.exec("UPDATE campaign_population SET flags = '' WHERE member_key = '丙罚1号'");
    }
    r = s.cli({"campaign", "verify-draw", id, "--draw", "1"});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("NOT identical")));
}

TEST_CASE("cli campaign: population from the store's cases and a GBK catalogue")
{
    Store s;
    const QString a = QString::number(s.create());
    Run r = s.cli({"campaign", "population", a, "--cases", "all", "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("population")).toInt() == 6);
    const QString b = QString::number(s.create());
    r = s.cli({"campaign", "population", b, "--cases", "1,3", "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("population")).toInt() == 2);
    r = s.cli({"campaign", "population", b, "--cases", "1,99"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no case 99")));
    CHECK(s.cli({"campaign", "population", b, "--cases", "x"}).code == 2);

    // 机关,案号,案件类型,决定日期 / 甲局,甲罚1号,行政处罚,2024-01-01 in GBK (iconv -t gbk).
    const QByteArray gbk = "\xbb\xfa\xb9\xd8,\xb0\xb8\xba\xc5,\xb0\xb8\xbc\xfe\xc0\xe0\xd0\xcd,\xbe\xf6\xb6\xa8\xc8\xd5\xc6\xda\r\n"
                           "\xbc\xd7\xbe\xd6,\xbc\xd7\xb7\xa3" "1\xba\xc5,\xd0\xd0\xd5\xfe\xb4\xa6\xb7\xa3,2024-01-01\r\n";
    const QString c = QString::number(s.create());
    r = s.cli({"campaign", "population", c, "--catalogue", s.write(QStringLiteral("gbk.csv"), gbk), "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("encoding")).toString() == QLatin1String("GB18030"));
    CHECK(r.json().object().value(QStringLiteral("linked")).toInt() == 1);  // 甲罚1号 is stored
}

TEST_CASE("cli campaign: bad input is refused with the row or rule named and nothing written")
{
    Store s;
    const qint64 n = s.create();
    const QString id = QString::number(n);
    struct Row {
        const char *name;
        QByteArray csv;
        const char *says;
    };
    const std::vector<Row> rows{
        {"missing columns", "机关,案号\n甲局,甲罚1号\n", "no column case_type/案件类型"},
        {"duplicate case numbers", "机关,案号,案件类型,决定日期\n甲局,甲罚1号,行政处罚,2024-01-01\n甲局,甲罚1号,行政处罚,2024-01-02\n",
         "rows 2 and 3 have the same case number 甲罚1号"},
        {"bad date", "机关,案号,案件类型,决定日期\n甲局,甲罚1号,行政处罚,2024-13-01\n", "row 2 (甲罚1号): decision date"},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const Run run = s.cli({"campaign", "population", id, "--catalogue", s.write(QStringLiteral("bad.csv"), r.csv)});
        CHECK(run.code == 1);
        CHECK(run.err.contains(QString::fromUtf8(r.says)));
        CHECK(s.show(n).value(QStringLiteral("population_sha256")).toString().isEmpty());
    }
    REQUIRE(s.cli({"campaign", "population", id, "--catalogue", s.catalogue()}).code == 0);

    Run r = s.cli({"campaign", "draw", id, "--seed", "x", "--ratio", "1.2"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("at most 1")));
    r = s.cli({"campaign", "draw", id, "--seed", "x", "--ratio", "0.1", "--strata", "agency", "--exclude", "重大"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("stratum '丙局' has no files left")));
    CHECK(s.show(n).value(QStringLiteral("draw")).isNull());
    r = s.cli({"campaign", "draw", id, "--seed", "x", "--ratio", "0.1", "--strata", "colour"});
    CHECK(r.code == 2);
    CHECK(s.cli({"campaign", "draw", id, "--ratio", "0.1"}).code == 2);  // no seed
    CHECK(s.cli({"campaign", "draw", "99", "--seed", "x", "--ratio", "0.1"}).code == 1);
    r = s.cli({"campaign", "draw", id, "--seed", "x", "--ratio", "0.1", "--strata", "agency"});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("warning: stratum '丙局' is too small for the ratio")));
    r = s.cli({"campaign", "draw", id, "--seed", "x", "--ratio", "0.1", "--strata", "agency", "--min", "1"});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("warning: stratum '甲局' is small for the ratio: 4 × 0.1 = 0.4 rounds to 0, raised to the minimum 1")));

    // Every reviewer is of 甲局 or lists 乙局 and 丙局 as conflicts: 甲局's files have no one left.
    REQUIRE(s.cli({"campaign", "reviewers", "add", id, "--name", "王", "--unit", "甲局"}).code == 0);
    REQUIRE(s.cli({"campaign", "reviewers", "add", id, "--name", "李", "--unit", "丁局", "--conflict", "甲局"}).code == 0);
    r = s.cli({"campaign", "reviewers", "add", id, "--name", "王", "--unit", "戊局"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already")));
    r = s.cli({"campaign", "assign", id, "--per-case", "1", "--seed", "s"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("(甲局) needs 1 reviewers but only 0 of 2")));
    CHECK(s.cli({"campaign", "status", id, "--json"}).json().object().value(QStringLiteral("assigned")).toInt() == 0);
    CHECK(s.cli({"campaign", "assign", id, "--per-case", "0", "--seed", "s"}).code == 2);
    CHECK(s.cli({"campaign", "frobnicate", id}).code == 2);
}

TEST_CASE("cli campaign: two reviewers each, their reviews, agreement and status")
{
    Store s;
    const QString id = QString::number(s.create());
    REQUIRE(s.cli({"campaign", "population", id, "--cases", "all"}).code == 0);
    REQUIRE(s.cli({"campaign", "draw", id, "--seed", "s", "--count", "1", "--strata", "机关"}).code == 0);
    for (const char *name : {"王", "李", "张"})
        REQUIRE(s.cli({"campaign", "reviewers", "add", id, "--name", name, "--unit", "丙局", "--specialty", "市场监管"}).code == 0);
    Run r = s.cli({"campaign", "assign", id, "--per-case", "2", "--seed", "s", "--json"});
    REQUIRE(r.code == 0);
    const QJsonArray assignments = r.json().object().value(QStringLiteral("assignments")).toArray();
    REQUIRE(assignments.size() == 2);  // one file of 甲局, one of 乙局
    const QJsonObject first = assignments[0].toObject();
    const QString caseId = QString::number(first.value(QStringLiteral("case_id")).toInteger());
    const QJsonArray names = first.value(QStringLiteral("reviewers")).toArray();
    REQUIRE(names.size() == 2);

    const QString pass = s.write(QStringLiteral("a.json"), R"([{"item":"P-A01","verdict":"pass"},{"item":"P-B01","verdict":"pass"}])");
    const QString deduct = s.write(QStringLiteral("b.json"), R"([{"item":"P-A01","verdict":"pass"},{"item":"P-B01","verdict":"deduct","deduction":2}])");
    REQUIRE(s.cli({"review", caseId, "--standard", "penalty-general", "--reviewer", names[0].toString(), "--answers", pass, "--submit",
                   "--allow-incomplete"}).code == 0);
    r = s.cli({"campaign", "status", id, "--json"});
    CHECK(r.json().object().value(QStringLiteral("reviewed")).toInt() == 0);  // one of two reviews
    REQUIRE(s.cli({"review", caseId, "--standard", "penalty-general", "--reviewer", names[1].toString(), "--answers", deduct, "--sign",
                   "--allow-incomplete"}).code == 0);

    r = s.cli({"campaign", "agreement", id, "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject ag = r.json().object();
    CHECK(ag.value(QStringLiteral("units")).toInt() == 2);
    CHECK(ag.value(QStringLiteral("percent")).toDouble() == doctest::Approx(0.5));
    CHECK(ag.value(QStringLiteral("alpha_nominal")).isDouble());
    const QJsonArray cases = ag.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(QString::number(cases[0].toObject().value(QStringLiteral("case_id")).toInteger()) == caseId);
    CHECK(cases[0].toObject().value(QStringLiteral("score_gap")).toDouble() == doctest::Approx(2));
    CHECK(cases[0].toObject().value(QStringLiteral("disputed_items")).toArray() == QJsonArray{QStringLiteral("P-B01")});
    const QJsonArray pairs = ag.value(QStringLiteral("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].toObject().value(QStringLiteral("items")).toInt() == 2);
    CHECK(pairs[0].toObject().value(QStringLiteral("kappa")).isNull());  // 2 shared items < 20

    r = s.cli({"campaign", "status", id, "--json"});
    const QJsonObject st = r.json().object();
    CHECK(st.value(QStringLiteral("drawn")).toInt() == 2);
    CHECK(st.value(QStringLiteral("assigned")).toInt() == 2);
    CHECK(st.value(QStringLiteral("reviewed")).toInt() == 1);
    CHECK(st.value(QStringLiteral("disputed")).toInt() == 1);
    CHECK(st.value(QStringLiteral("signed")).toInt() == 0);  // one review is only submitted
    for (const char *key : {"reconciled", "contested"})
        CHECK(st.contains(QLatin1String(key)));
    CHECK(s.cli({"audit", "verify"}).code == 0);
}
