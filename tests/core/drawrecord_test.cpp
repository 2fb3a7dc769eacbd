// SPDX-License-Identifier: GPL-3.0-or-later
// The printed 抽取记录 (DrawRecordBuilder): what a third party needs to re-run a draw is on it —
// seed, algorithm, population hash and size, quota rule, strata with their counts, the drawn
// list with each file's way in and rank, warnings and witnesses — and a population changed
// since the draw is said plainly instead of printing counts that cannot be checked.
#include "campaign/drawrecordbuilder.h"
#include "documenttext.h"

#include <QJsonArray>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
const auto textOf = DocumentText::of;

struct Fixture {
    CampaignRecord campaign;
    DrawRecord draw;
    std::vector<StratumSummary> strata;
    Fixture()
    {
        campaign.id = 3;
        campaign.name = QStringLiteral("2024年度行政处罚案卷评查");
        campaign.standardId = QStringLiteral("penalty-general");
        campaign.standardVersion = 2;
        draw.id = 5;
        draw.campaignId = 3;
        draw.algorithm = QStringLiteral("sha256-rank-v1");
        draw.spec = QJsonObject{{QStringLiteral("seed"), QStringLiteral("2024-抽签-7")},
                                {QStringLiteral("strata"), QJsonArray{QStringLiteral("agency")}},
                                {QStringLiteral("ratio"), QStringLiteral("0.1")},
                                {QStringLiteral("min"), 1},
                                {QStringLiteral("must_include"), QJsonArray{QStringLiteral("败诉")}},
                                {QStringLiteral("exclude"), QJsonArray{}}};
        draw.populationSha256 = QString(64, u'a');
        draw.populationSize = 31;
        draw.witnesses = {QStringLiteral("赵见证"), QStringLiteral("钱监督")};
        draw.warnings = {QStringLiteral("stratum 乙局 (6 members): the ratio gives 1")};
        draw.drawnAt = QStringLiteral("2024-05-06T02:03:04.000Z");
        draw.drawnBy = QStringLiteral("孙组织");
        draw.drawn = {{QStringLiteral("甲罚7号"), 7, std::nullopt, QStringLiteral("甲罚7号"), QStringLiteral("甲局"), true, {}},
                      {QStringLiteral("甲罚2号"), 2, std::nullopt, QStringLiteral("甲罚2号"), QStringLiteral("甲局"), false,
                       QStringLiteral("0123456789abcdef99")},
                      {QStringLiteral("乙罚3号"), std::nullopt, 4, QStringLiteral("乙罚3号"), QStringLiteral("乙局"), false,
                       QStringLiteral("00ff00ff00ff00ff11")}};
        strata = {{QStringLiteral("甲局"), 25, 0, 1, 3, 1}, {QStringLiteral("乙局"), 6, 0, 0, 1, 1}};
    }
};
} // namespace

TEST_CASE("draw record: seed, algorithm, population hash, strata, drawn list, witnesses and signatures are printed")
{
    const Fixture f;
    const ReportDocument doc = DrawRecordBuilder::build(f.campaign, f.draw, f.strata);
    CHECK(doc.kind == ReportKind::DrawRecord);
    CHECK(doc.caseIds == std::vector<qint64>{7, 2}); // the catalogue row has no case yet
    const QString text = textOf(doc);
    CAPTURE(text);
    const QString expected[] = {
        QStringLiteral("评查标准\tpenalty-general 第 2 版"),
        QStringLiteral("随机种子\t2024-抽签-7"),
        QStringLiteral("算法\tsha256-rank-v1"),
        QStringLiteral("分层依据\tagency"),
        QStringLiteral("抽取数量\t每层按比例 0.1 抽取（四舍五入），每层至少 1 件"),
        QStringLiteral("必抽标记\t败诉"),
        QStringLiteral("排除标记\t无"),
        QStringLiteral("见证人\t赵见证、钱监督"),
        QStringLiteral("抽取人\t孙组织"),
        QStringLiteral("（31 件，按案号规范排列），其 SHA-256 为 ") + QString(64, u'a'),
        QStringLiteral("campaign verify-draw 3 --draw 5"),
        QStringLiteral("甲局\t25\t0\t3\t1\t1\t2"), // size, excluded, quota, random, must-include, total
        QStringLiteral("乙局\t6\t0\t1\t1\t0\t1"),
        QStringLiteral("合计\t31\t0\t4\t2\t1\t3"),
        QStringLiteral("· stratum 乙局 (6 members): the ratio gives 1"),
        QStringLiteral("1\t甲罚7号\t甲局\t必抽\t"),
        QStringLiteral("2\t甲罚2号\t甲局\t随机\t0123456789abcdef"),
        QStringLiteral("3\t乙罚3号\t乙局\t随机\t00ff00ff00ff00ff"),
        QStringLiteral("抽取人\t见证人\t监督人"),
    };
    for (const QString &line : expected) {
        CAPTURE(line);
        CHECK(text.contains(line));
    }
    CHECK_FALSE(text.contains(QStringLiteral("已变动")));
}

TEST_CASE("draw record: a count quota is worded as a count, and a changed population is said instead of unverifiable counts")
{
    Fixture f;
    f.draw.spec.remove(QStringLiteral("ratio"));
    f.draw.spec.insert(QStringLiteral("count"), 2);
    f.draw.spec.insert(QStringLiteral("strata"), QJsonArray{});
    f.draw.witnesses.clear();
    const QString text = textOf(DrawRecordBuilder::build(f.campaign, f.draw, std::nullopt));
    CAPTURE(text);
    CHECK(text.contains(QStringLiteral("抽取数量\t每层抽取 2 件")));
    CHECK(text.contains(QStringLiteral("分层依据\t不分层（全部）")));
    CHECK(text.contains(QStringLiteral("见证人\t无")));
    CHECK(text.contains(QStringLiteral("活动总体清单在抽取后已变动")));
    // From the drawn list alone: the sizes and quotas are not known.
    CHECK(text.contains(QStringLiteral("甲局\t—\t—\t—\t1\t1\t2")));
    CHECK(text.contains(QStringLiteral("合计\t—\t—\t—\t2\t1\t3")));
}
