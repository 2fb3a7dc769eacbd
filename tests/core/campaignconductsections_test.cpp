// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign report of a review campaign (CampaignReportBuilder with a CampaignConduct): how
// the campaign was run comes after the scope, numbered on from it; the draw, reviewers,
// progress, agreement and each file's consensus print as given, figures that cannot be
// computed as "—", and a campaign without a draw says so instead of printing empty tables.
#include "analytics/campaignanalytics.h"
#include "documenttext.h"
#include "report/campaignreportbuilder.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
CampaignConduct drawn()
{
    CampaignConduct c;
    c.name = QStringLiteral("2024年度行政处罚案卷评查");
    c.organiser = QStringLiteral("某市司法局");
    c.standard = QStringLiteral("《行政处罚案卷评查标准》（第 2 版）");
    c.phases = {QStringLiteral("评查：2024-11-01 至 2024-11-30")};
    c.draws = 1;
    c.populationSize = 40;
    c.populationSha256 = QStringLiteral("ab12").repeated(16);
    c.seed = QStringLiteral("2024-评查-甲");
    c.algorithm = QStringLiteral("sha256-rank-v1");
    c.drawn = 4;
    c.strata = {{QStringLiteral("甲局"), 30, 3, 0, 3}, {QStringLiteral("乙局"), 10, 1, 0, 1}};
    c.perCase = 2;
    c.reviewers = {{QStringLiteral("王"), QStringLiteral("丙局"), 4, 4, 0.25},
                   {QStringLiteral("李"), QStringLiteral("丁局"), 4, 3, std::nullopt}};
    c.assigned = 4;
    c.reviewed = 3;
    c.disputed = 2;
    c.reconciled = 2;
    c.signedFiles = 1;
    c.units = 60;
    c.percent = 0.95;
    c.alphaNominal = 0.8123;
    c.pairs = {{QStringLiteral("李"), QStringLiteral("王"), 60, 0.7}, {QStringLiteral("王"), QStringLiteral("赵"), 5, std::nullopt}};
    using K = CampaignConduct::Consensus;
    c.files = {{QStringLiteral("甲罚1号"),
                QStringLiteral("甲局"),
                2,
                1,
                false,
                {QStringLiteral("P-B01")},
                K::Final,
                {QStringLiteral("王"), QStringLiteral("李")},
                {}},
               {QStringLiteral("甲罚2号"),
                QStringLiteral("甲局"),
                2,
                10,
                true,
                {QStringLiteral("P-A03"), QStringLiteral("P-B02")},
                K::Draft,
                {QStringLiteral("王")},
                {QStringLiteral("李")}},
               {QStringLiteral("甲罚3号"), QStringLiteral("甲局"), 2, 0, false, {}, K::None, {}, {}},
               {QStringLiteral("乙罚1号"), QStringLiteral("乙局"), 1, 0, false, {}, K::None, {}, {}}};
    return c;
}

ReportDocument report(const CampaignConduct &conduct)
{
    CampaignReportBuilder::Options o;
    o.conduct = conduct;
    const std::vector<CaseInput> none;
    return CampaignReportBuilder::build(none, CampaignAnalytics::analyze(none), o);
}
} // namespace

TEST_CASE("campaign report: the conduct sections follow the scope, numbered on")
{
    const ReportDocument doc = report(drawn());
    CHECK(doc.kind == ReportKind::CampaignResults);
    CHECK(reportKindKey(doc.kind) == QLatin1String("campaign_results"));
    CHECK(doc.subtitle == QStringLiteral("2024年度行政处罚案卷评查"));
    QStringList chapters;
    for (const ReportBlock &b : doc.blocks)
        if (const auto *h = std::get_if<HeadingBlock>(&b); h && h->level == 1)
            chapters << h->text;
    REQUIRE(chapters.size() >= 5);
    CHECK(chapters[0] == QStringLiteral("一、评查范围和方法"));
    CHECK(chapters[1] == QStringLiteral("二、评查活动和案卷抽取"));
    CHECK(chapters[2] == QStringLiteral("三、交叉评查和评查进度"));
    CHECK(chapters[3] == QStringLiteral("四、评查一致性和合议"));
    CHECK(chapters[4] == QStringLiteral("五、评查结果总体情况"));
}

TEST_CASE("campaign report: each conduct figure prints as given")
{
    const QString t = DocumentText::of(report(drawn()));
    struct Row {
        const char *what;
        QString expected;
    };
    const Row rows[] = {
        {"seed", QStringLiteral("随机种子\t2024-评查-甲")},
        {"algorithm", QStringLiteral("抽取算法\tsha256-rank-v1")},
        {"population hash", QStringLiteral("总体清单 SHA-256\t") + QStringLiteral("ab12").repeated(16)},
        {"stratum", QStringLiteral("甲局\t30\t3\t3\t0")},
        {"reviewer with drift", QStringLiteral("王\t丙局\t4\t4\t+0.25")},
        {"reviewer without drift", QStringLiteral("李\t丁局\t4\t3\t—")},
        {"progress", QStringLiteral("4\t4\t3\t2\t2\t1\t0")},
        {"percent", QStringLiteral("结论一致率\t95.0%")},
        {"alpha nominal", QStringLiteral("α（结论）\t0.812")},
        {"alpha interval missing", QStringLiteral("α（扣分）\t—")},
        {"pair with kappa", QStringLiteral("李、王\t60\t0.700")},
        {"final file", QStringLiteral("甲罚1号\t甲局\t1\t一致\tP-B01\t已联合署名")},
        {"file awaiting a signature", QStringLiteral("甲罚2号\t甲局\t10\t不一致\tP-A03、P-B02\t待李署名")},
        {"agreed file without a sheet", QStringLiteral("甲罚3号\t甲局\t0\t一致\t无\t未合议")},
        {"file reviewed once", QStringLiteral("乙罚1号\t乙局\t—\t—\t（评查未完成）\t未合议")},
    };
    for (const Row &r : rows)
        CHECK_MESSAGE(t.contains(r.expected), (QString::fromUtf8(r.what) + QStringLiteral(": ") + r.expected).toStdString());
    CHECK_FALSE(t.contains(QStringLiteral("王、赵"))); // a pair below the kappa minimum is not listed
    // The scope counts joint results, not reviews.
    CHECK(t.contains(QStringLiteral("其中经合议并由全部评查人员联合署名 0 件，纳入得分和等级统计；尚未形成联合署名结果 0 件")));
    CHECK_FALSE(t.contains(QStringLiteral("已完成并签署评查")));
    CHECK_FALSE(t.contains(QStringLiteral("共记录抽取")));
}

TEST_CASE("campaign report: several draws, a changed population, dossiers not yet in, no draw")
{
    CampaignConduct c = drawn();
    c.draws = 2;
    c.strata.clear();
    c.drawnWithoutDossier = 1;
    c.warnings = {QStringLiteral("乙局 has 2 members, fewer than the minimum 3")};
    QString t = DocumentText::of(report(c));
    CHECK(t.contains(QStringLiteral("本活动共记录抽取 2 次")));
    CHECK(t.contains(QStringLiteral("抽取后总体清单已有变化")));
    CHECK(t.contains(QStringLiteral("有 1 件尚未调取卷宗入库")));
    CHECK(t.contains(QStringLiteral("抽取提示：乙局 has 2 members")));

    // High agreement with a low α: the report says why.
    CampaignConduct skewed = drawn();
    skewed.percent = 0.99;
    skewed.alphaNominal = 0.0;
    CHECK(DocumentText::of(report(skewed)).contains(QStringLiteral("本次结论一致率高而 α 偏低")));
    CHECK_FALSE(DocumentText::of(report(drawn())).contains(QStringLiteral("本次结论一致率高而 α 偏低"))); // 95%, α 0.81

    CampaignConduct none;
    none.name = QStringLiteral("新活动");
    t = DocumentText::of(report(none));
    CHECK(t.contains(QStringLiteral("本次评查活动尚未抽取案卷。")));
    CHECK_FALSE(t.contains(QStringLiteral("随机种子")));
    CHECK(t.contains(QStringLiteral("评查依据\t—")));
    CHECK(t.contains(QStringLiteral("尚无两名以上评查人员评查的同一事项")));
}
