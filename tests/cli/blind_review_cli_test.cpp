// SPDX-License-Identifier: GPL-3.0-or-later
// Blind double review (背靠背) through casereview-cli: while the reviewers a campaign assigned a
// file have not all submitted, `score` refuses another reviewer's sheet, `cases` shows the
// file's progress instead of anyone's grade, exports leave the sheets out, and a review under
// --campaign is taken only from an assigned reviewer under the campaign's standard. Once every
// assigned reviewer has submitted, all of it is shown.
#include "campaignclistore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <doctest/doctest.h>

using namespace casereview;

using CampaignCli::Run;
using CampaignCli::Store;

namespace {
struct Assigned {
    QString campaign;
    QString caseId;
    QString first, second; // its two reviewers
    QString outsider; // a pool reviewer not assigned this file
};

// One file per agency drawn, two of three pool reviewers (all of 丙局) on each.
Assigned assign(const Store &s)
{
    Assigned a;
    a.campaign = QString::number(s.create());
    REQUIRE(s.cli({"campaign", "population", a.campaign, "--cases", "all"}).code == 0);
    REQUIRE(s.cli({"campaign", "draw", a.campaign, "--seed", "blind", "--count", "1", "--strata", "机关"}).code == 0);
    const QStringList pool{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张")};
    for (const QString &name : pool)
        REQUIRE(s.cli({"campaign", "reviewers", "add", a.campaign, "--name", name, "--unit", "丙局"}).code == 0);
    const Run r = s.cli({"campaign", "assign", a.campaign, "--per-case", "2", "--seed", "blind", "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject first = r.json().object().value(QStringLiteral("assignments")).toArray().at(0).toObject();
    a.caseId = QString::number(first.value(QStringLiteral("case_id")).toInteger());
    const QJsonArray names = first.value(QStringLiteral("reviewers")).toArray();
    REQUIRE(names.size() == 2);
    a.first = names[0].toString();
    a.second = names[1].toString();
    for (const QString &name : pool)
        if (name != a.first && name != a.second)
            a.outsider = name;
    return a;
}

QJsonObject caseRow(const Store &s, const QString &caseId)
{
    const Run r = s.cli({"cases", "--json"});
    REQUIRE(r.code == 0);
    for (const QJsonValue &v : r.json().array())
        if (QString::number(v.toObject().value(QStringLiteral("case_id")).toInteger()) == caseId)
            return v.toObject();
    FAIL("case not listed");
    return {};
}
} // namespace

TEST_CASE("cli blind review: another reviewer's sheet stays hidden until every assigned reviewer has submitted")
{
    Store s;
    const Assigned a = assign(s);
    const QString deduct = s.write(QStringLiteral("d.json"), R"([{"item":"P-B01","verdict":"deduct","deduction":2}])");
    const QString pass = s.write(QStringLiteral("p.json"), R"([{"item":"P-B01","verdict":"pass"}])");

    // The first reviewer submits under the campaign, without naming the standard.
    Run r = s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--answers", deduct, "--submit",
                   "--allow-incomplete", "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("standard")).toString() == QLatin1String("penalty-general"));

    // The second reviewer, or anybody else, may not see it; its reviewer may.
    r = s.cli({"score", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--by", a.second});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("blind review (2 assigned, 1 submitted)")));
    CHECK(r.err.contains(QStringLiteral("--by ") + a.first));
    CHECK_FALSE(r.out.contains(QStringLiteral("total")));
    CHECK(s.cli({"score", a.caseId, "--reviewer", a.first}).code == 1); // nobody in particular
    r = s.cli({"score", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--by", a.first, "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("total")).toDouble() < 100);

    // The case list shows the progress, not the submitted grade.
    QJsonObject row = caseRow(s, a.caseId);
    CHECK(row.value(QStringLiteral("review")).isNull());
    CHECK(row.value(QStringLiteral("blind")).toObject() == QJsonObject{{"assigned", 2}, {"submitted", 1}});
    CHECK(s.cli({"cases"}).out.contains(QStringLiteral("blind review: 2 assigned, 1 submitted")));

    // The second submits: both sheets are open to everyone.
    REQUIRE(
        s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.second, "--answers", pass, "--submit", "--allow-incomplete"})
            .code == 0);
    r = s.cli({"score", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--by", a.second, "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("reviewer")).toString() == a.first);
    row = caseRow(s, a.caseId);
    CHECK_FALSE(row.contains(QStringLiteral("blind")));
    CHECK(row.value(QStringLiteral("review")).isObject());
}

TEST_CASE("cli blind review: an export leaves out sheets still blind and a reopened review makes the file blind again")
{
    Store s;
    const Assigned a = assign(s);
    const QString deduct = s.write(QStringLiteral("d.json"), R"([{"item":"P-B01","verdict":"deduct","deduction":2}])");
    REQUIRE(
        s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--answers", deduct, "--submit", "--allow-incomplete"})
            .code == 0);
    const QString csv = s.dir.filePath(QStringLiteral("scores.csv"));
    REQUIRE(s.cli({"export", "--format", "csv", "--what", "scores", "--out", csv}).code == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(f.readAll()).contains(a.first));
    f.close();
    // The review opinion is printed for its own reviewer only.
    const QString pdf = s.dir.filePath(QStringLiteral("opinion.pdf"));
    Run r = s.cli({"report", a.caseId, "--reviewer", a.first, "--by", a.second, "--out", pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("under blind review (2 assigned, 1 submitted)")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(s.cli({"report", a.caseId, "--out", pdf}).code == 1);
    CHECK(s.cli({"report", a.caseId, "--reviewer", a.first, "--by", a.first, "--out", pdf}).code == 0);
    CHECK(QFileInfo::exists(pdf));

    REQUIRE(
        s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.second, "--answers", deduct, "--sign", "--allow-incomplete"})
            .code == 0);
    CHECK(s.cli({"score", a.caseId, "--reviewer", a.second}).code == 0);
    REQUIRE(s.cli({"reopen", a.caseId, "--reviewer", a.first, "--by", a.first, "--reason", "复核"}).code == 0);
    r = s.cli({"score", a.caseId, "--reviewer", a.second, "--by", a.first});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("2 assigned, 1 submitted")));
}

TEST_CASE("cli blind review: a campaign review is refused from a reviewer not assigned, under another standard, or for a file not drawn")
{
    Store s;
    const Assigned a = assign(s);
    const QString answers = s.write(QStringLiteral("a.json"), R"([{"item":"P-B01","verdict":"pass"}])");
    Run r = s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.outsider, "--answers", answers});
    CHECK(r.code == 1);
    CHECK(r.err.contains(a.outsider + QStringLiteral(" is not assigned case ") + a.caseId));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    r = s.cli({"review", a.caseId, "--campaign", a.campaign, "--reviewer", a.first, "--standard", "permit", "--answers", answers});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("reviews under penalty-general")));
    r = s.cli({"review", a.caseId, "--campaign", "99", "--reviewer", a.first, "--answers", answers});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("there is no campaign 99")));
    CHECK(s.cli({"review", a.caseId, "--campaign", "x", "--reviewer", a.first, "--answers", answers}).code == 2);
    // Nothing of the refused reviews was stored.
    CHECK(caseRow(s, a.caseId).value(QStringLiteral("review")).isNull());
    CHECK(s.cli({"score", a.caseId, "--reviewer", a.first, "--by", a.first}).code == 1);
}
