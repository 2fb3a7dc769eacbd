// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign report`: the campaign's 评查报告 prints how the campaign was run — its draw with seed
// and population hash, the reviewers, where the files stand, agreement and each file's
// consensus — and grades a file only by its jointly signed consensus sheet: a file one reviewer
// scored alone, or whose sheet is not signed by all, is listed but not graded.
#include "campaignclistore.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <doctest/doctest.h>

using CampaignCli::Run;
using CampaignCli::Store;

namespace {
QString reportText(const Store &s, const QString &campaign, const QString &name, QJsonObject *json = nullptr)
{
    const QString out = s.dir.filePath(name);
    const Run r = s.cli({"campaign", "report", campaign, "--out", out, "--bureau", "测试司法局", "--json"});
    REQUIRE(r.code == 0);
    if (json)
        *json = r.json().object();
    int pages = 0;
    const QString text = Fixtures::pdfText(out, &pages);
    CHECK(pages >= 2);
    return QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("cli campaign report: the draw, the cross review, agreement and grades from joint results only")
{
    Store s;
    const CampaignCli::File f = CampaignCli::assigned(s);
    const QString deduct =
        s.write(QStringLiteral("d.json"), CampaignCli::fullSheet(s, R"({"item":"P-B01","verdict":"deduct","deduction":2})"));
    const QString pass = s.write(QStringLiteral("p.json"), CampaignCli::fullSheet(s, R"({"item":"P-B01","verdict":"pass"})"));
    const QString decided =
        s.write(QStringLiteral("c.json"), R"([{"item":"P-B01","verdict":"deduct","deduction":1,"reason":"审批表缺负责人签字"}])");
    const QJsonObject shown = s.show(f.campaign.toLongLong());
    const QString sha = shown.value(QStringLiteral("population_sha256")).toString();

    // Only one reviewer has scored: nothing is graded, the file is still 未合议.
    REQUIRE(s.cli({"review", f.caseId, "--campaign", f.campaign, "--reviewer", f.first, "--answers", deduct, "--submit"}).code == 0);
    QJsonObject json;
    QString t = reportText(s, f.campaign, QStringLiteral("before.pdf"), &json);
    CHECK(json.value(QStringLiteral("kind")).toString() == QLatin1String("campaign_results"));
    CHECK(t.contains(QStringLiteral("二、评查活动和案卷抽取")));
    CHECK(t.contains(QStringLiteral("2024年度评查")));
    CHECK(t.contains(QStringLiteral("合议"))); // the seed
    if (!sha.isEmpty())
        CHECK(t.contains(sha.left(16)));
    CHECK(t.contains(QStringLiteral("交叉评查和评查进度")));
    CHECK(t.contains(QStringLiteral("未合议")));
    CHECK(t.contains(QStringLiteral("联合署名0件")));
    CHECK(t.count(QStringLiteral("已联合署名")) == 1); // the note on what counts; no file is

    // Both reviewed (they disagree on P-B01), reconciled, signed by one: still not graded.
    REQUIRE(s.cli({"review", f.caseId, "--campaign", f.campaign, "--reviewer", f.second, "--answers", pass, "--submit"}).code == 0);
    REQUIRE(s.cli({"campaign", "reconcile", f.campaign, f.caseId, "--by", f.first, "--answers", decided}).code == 0);
    REQUIRE(s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", f.first}).code == 0);
    t = reportText(s, f.campaign, QStringLiteral("half.pdf"));
    CHECK(t.contains(QStringLiteral("待%1署名").arg(f.second)));
    CHECK(t.contains(QStringLiteral("P-B01"))); // the disputed item of the file
    CHECK(t.contains(QStringLiteral("联合署名0件")));

    // Signed by both: the joint result (one point off P-B01, not the first reviewer's two) counts.
    REQUIRE(s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", f.second}).code == 0);
    t = reportText(s, f.campaign, QStringLiteral("after.pdf"), &json);
    CHECK(t.count(QStringLiteral("已联合署名")) == 2); // the note, and the file
    CHECK(t.contains(QStringLiteral("全部评查人员联合署名1件")));
    CHECK(t.contains(QStringLiteral("尚未形成联合署名结果1件")));
    CHECK(t.contains(QStringLiteral("审批表缺负责人签字")));
    CHECK(t.contains(QStringLiteral("扣1分")));
    CHECK_FALSE(t.contains(QStringLiteral("扣2分")));
    CHECK(json.value(QStringLiteral("case_ids")).toArray().contains(f.caseId.toLongLong()));
    CHECK(t.contains(QStringLiteral("测试司法局")));
}

TEST_CASE("cli campaign report: an unknown campaign, a campaign without a draw and a missing --out")
{
    Store s;
    const QString out = s.dir.filePath(QStringLiteral("r.pdf"));
    Run r = s.cli({"campaign", "report", "99", "--out", out});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no campaign 99")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(s.cli({"campaign", "report", "1"}).code == 2);
    const QString id = QString::number(s.create());
    r = s.cli({"campaign", "report", id, "--out", out});
    REQUIRE(r.code == 0);
    int pages = 0;
    CHECK(Fixtures::pdfText(out, &pages).remove(QLatin1Char(' ')).contains(QStringLiteral("尚未抽取案卷")));
}
