// SPDX-License-Identifier: GPL-3.0-or-later
// Report content models for known inputs: the review opinion (rows, numbers, page references,
// draft marks), the campaign report and the rectification notice, and the fingerprint.
#include "analytics/campaignanalytics.h"
#include "campaignfixture.h"
#include "report/campaignreportbuilder.h"
#include "report/rectificationnoticebuilder.h"
#include "report/rectificationproblems.h"
#include "report/reportfingerprint.h"
#include "report/reviewopinionbuilder.h"

#include <doctest/doctest.h>

using namespace casereview;

using namespace CampaignFixture;

namespace {
template <typename T> std::vector<T> blocksOf(const ReportDocument &doc)
{
    std::vector<T> out;
    for (const ReportBlock &b : doc.blocks)
        if (const T *x = std::get_if<T>(&b))
            out.push_back(*x);
    return out;
}

QStringList texts(const ReportDocument &doc)
{
    QStringList out;
    for (const ReportBlock &b : doc.blocks) {
        if (const auto *h = std::get_if<HeadingBlock>(&b))
            out << h->text;
        if (const auto *p = std::get_if<ParagraphBlock>(&b))
            out << p->text;
    }
    return out;
}

// The table whose first column title is `first` and that has a column titled `other`.
TableBlock tableWith(const ReportDocument &doc, const QString &column)
{
    for (const TableBlock &t : blocksOf<TableBlock>(doc))
        for (const TableColumn &c : t.columns)
            if (c.title == column)
                return t;
    FAIL("no table with column " << column.toStdString());
    return {};
}
} // namespace

TEST_CASE("review opinion lists deductions with reason basis and pages and the final grade")
{
    CaseInput c = campaign()[0];
    c.summary.partyName = QStringLiteral("某某公司");
    c.summary.fineAmountYuan = 5000;
    c.summary.pages = 12;
    c.dates[QStringLiteral("filed")] = QDate(2024, 1, 5);
    const ReportDocument doc = ReviewOpinionBuilder::build(c);
    CHECK(doc.kind == ReportKind::ReviewOpinion);
    CHECK(doc.statusMark.isEmpty());
    CHECK(doc.caseIds == std::vector<qint64>{1});
    const KeyValueBlock header = blocksOf<KeyValueBlock>(doc).front();
    CHECK(header.pairs[0] == std::pair<QString, QString>{QStringLiteral("执法机关"), QStringLiteral("甲局")});
    CHECK(header.pairs[4].second == QStringLiteral("罚款 5000 元"));
    CHECK(header.pairs[5].second == QStringLiteral("12 页"));
    CHECK(header.pairs[6] == std::pair<QString, QString>{QStringLiteral("立案日期"), QStringLiteral("2024年1月5日")});

    const TableBlock deductions = tableWith(doc, QStringLiteral("扣分理由"));
    REQUIRE(deductions.rows.size() == 2);
    CHECK(deductions.rows[0].cells == QStringList{"B1", "立案审批", "5", "理由B1", "行政处罚法第40条", "3、5"});
    CHECK(deductions.rows[1].cells == QStringList{"C1", "裁量说明", "2", "理由C1", "行政处罚法第20条", "7"});

    const TableBlock items = tableWith(doc, QStringLiteral("得分"));
    QStringList ids;
    for (const TableRow &r : items.rows)
        ids << r.cells[0];
    CHECK(ids == QStringList{"B", "B1", "B2", "C", "C1", "D", "D1"});  // the veto-only section has its own table
    CHECK(items.rows[0].emphasis);
    CHECK(items.rows[0].cells == QStringList{"B", "程序", "60", "", "5", "55"});
    CHECK(items.rows[1].cells == QStringList{"B1", "立案审批", "40", "扣分", "5", "35"});

    const TableBlock dims = tableWith(doc, QStringLiteral("评查维度"));
    CHECK(dims.rows[0].cells == QStringList{"程序合规性", "55", "60", "91.7%"});
    CHECK(dims.rows[1].cells == QStringList{"裁量合理性", "18", "20", "90.0%"});
    CHECK(texts(doc).contains(QStringLiteral("总分：93 分（满分 100 分）    评定等级：优秀")));
    CHECK(texts(doc).contains(QStringLiteral("经评查，该案卷存在扣分事项 2 项，主要是：立案审批（扣5分，见第3、5页）；裁量说明（扣2分，见第7页）。请承办机关对照逐项整改。")));

    const auto crops = blocksOf<PageCropBlock>(doc);
    REQUIRE(crops.size() == 3);  // B1 p.5, B1 p.3 (twice in the answer, once here), C1 p.7
    CHECK(crops[0].page == 5);
    CHECK(crops[1].page == 3);
    CHECK(crops[2].page == 7);
    CHECK(crops[0].caption.startsWith(QStringLiteral("B1 立案审批（扣5分）— 第5页")));
    CHECK(blocksOf<SignatureBlock>(doc).size() == 1);
}

TEST_CASE("review opinion of a veto case shows the failed gate and grade zero")
{
    const ReportDocument doc = ReviewOpinionBuilder::build(campaign()[1]);
    const TableBlock veto = tableWith(doc, QStringLiteral("否决事项"));
    REQUIRE(veto.rows.size() == 1);
    CHECK(veto.rows[0].cells == QStringList{"V1", "超越职权", "不符合", "理由V1", "2"});
    CHECK(veto.rows[0].emphasis);
    CHECK(texts(doc).contains(QStringLiteral("触发一票否决事项 1 项（V1），总分计为 0 分，评定为最低等级。")));
    CHECK(texts(doc).contains(QStringLiteral("总分：0 分（满分 100 分）    评定等级：不合格")));
}

TEST_CASE("review opinion of a draft or incomplete review is marked and has no final grade")
{
    struct Row { ReviewStatus status; bool complete; const char *mark; };
    const Row table[] = {{ReviewStatus::Draft, true, "草稿"}, {ReviewStatus::Submitted, true, "草稿"},
                         {ReviewStatus::Signed, false, "未完成"}, {ReviewStatus::Draft, false, "草稿·未完成"},
                         {ReviewStatus::Signed, true, ""}};
    for (const Row &r : table) {
        CaseInput c = caseOf(9, "甲局", "行政处罚");
        c.review = review(r.complete ? allPass({}) : std::vector<Answer>{ans("B1", Verdict::Pass)}, r.status);
        const ReportDocument doc = ReviewOpinionBuilder::build(c);
        CAPTURE(r.mark);
        CHECK(doc.statusMark == QString::fromUtf8(r.mark));
        const QString all = texts(doc).join(u'\n');
        CHECK(all.contains(QStringLiteral("评定等级：优秀")) == (r.complete && r.status == ReviewStatus::Signed));
        CHECK(all.contains(QStringLiteral("不予评定")) == !QString::fromUtf8(r.mark).isEmpty());
    }
}

TEST_CASE("report fingerprint follows the content and nothing else")
{
    const ReportDocument a = ReviewOpinionBuilder::build(campaign()[0]);
    const ReportDocument b = ReviewOpinionBuilder::build(campaign()[0]);
    CHECK(ReportFingerprint::sha256(a) == ReportFingerprint::sha256(b));
    CHECK(ReportFingerprint::sha256(a).size() == 64);
    CaseInput changed = campaign()[0];
    changed.review = review(allPass({ans("B1", Verdict::Deduct, 4, {5, 3}), ans("C1", Verdict::Deduct, 2, {7})}), ReviewStatus::Signed);
    CHECK(ReportFingerprint::sha256(ReviewOpinionBuilder::build(changed)) != ReportFingerprint::sha256(a));
    CHECK(ReportFingerprint::shortForm(QStringLiteral("0123456789abcdef")) == QStringLiteral("0123-4567-89ab"));
    CHECK(ReportFingerprint::canonical(a).startsWith("{\"blocks\":[{\"c\":2,\"kv\":[[\"执法机关\",\"甲局\"]"));
}

TEST_CASE("campaign report has its chapters charts pareto and case list in order")
{
    const auto cases = campaign();
    const CampaignStats st = CampaignAnalytics::analyze(cases);
    const ReportDocument doc = CampaignReportBuilder::build(cases, st, {});
    CHECK(doc.caseIds == std::vector<qint64>{1, 2, 3, 4, 5});
    QStringList chapters;
    for (const HeadingBlock &h : blocksOf<HeadingBlock>(doc))
        if (h.level == 1)
            chapters << h.text;
    CHECK(chapters == QStringList{"一、评查范围和方法", "二、评查结果总体情况", "三、主要问题分析", "四、典型案例", "五、整改要求",
                                  "附表：案卷评查结果一览"});
    const auto charts = blocksOf<ChartBlock>(doc);
    REQUIRE(charts.size() == 5);  // agencies, grades, histogram, dimension pareto, item pareto
    CHECK(charts[1].kind == ChartKind::Donut);
    CHECK(charts[1].labels == QStringList{"优秀", "合格", "不合格"});
    CHECK(charts[1].values == std::vector<double>{1, 1, 1});
    CHECK(charts[2].values == std::vector<double>{1, 0, 0, 1, 1});
    CHECK(charts[4].kind == ChartKind::Pareto);
    CHECK(charts[4].values == std::vector<double>{3, 1, 1, 1, 1});
    CHECK(charts[4].cumulative.back() == doctest::Approx(1.0));
    const TableBlock pareto = tableWith(doc, QStringLiteral("问题（评查项目）"));
    CHECK(pareto.rows[0].cells == QStringList{"1", "立案审批", "3", "10", "42.9%", "42.9%"});
    const TableBlock list = tableWith(doc, QStringLiteral("状态"));
    REQUIRE(list.rows.size() == 5);
    CHECK(list.rows[0].cells == QStringList{"1", "案1", "甲局", "行政处罚", "93", "优秀", "已签署"});
    CHECK(list.rows[3].cells == QStringList{"4", "案4", "乙局", "行政检查", "90", "—", "草稿·未完成"});
    CHECK(list.rows[4].cells == QStringList{"5", "案5", "", "", "", "", "未评查"});
    CHECK(texts(doc).contains(QStringLiteral("1. 超越职权（一票否决）：理由V1〔见案卷第2页〕")));
}

TEST_CASE("campaign report of unreviewed cases numbers its chapters without gaps and counts pending findings")
{
    std::vector<CaseInput> cases{campaign()[4]};  // unreviewed
    cases[0].findings = {finding("LATE_DELIVERY", "B2", std::nullopt, {9}), finding("NO_FILING_APPROVAL", "B1", std::nullopt, {1}),
                         finding("USCC_INVALID", "D1", FindingVerdict::Dismiss, {1})};
    const ReportDocument doc = CampaignReportBuilder::build(cases, CampaignAnalytics::analyze(cases), {});
    QStringList chapters;
    for (const HeadingBlock &h : blocksOf<HeadingBlock>(doc))
        if (h.level == 1)
            chapters << h.text;
    // No signed review: no typical cases, and 整改要求 moves up to 四.
    CHECK(chapters == QStringList{"一、评查范围和方法", "二、评查结果总体情况", "三、主要问题分析", "四、整改要求", "附表：案卷评查结果一览"});
    CHECK(texts(doc).contains(QStringLiteral("另有自动诊断提示的疑似问题 2 个尚待评查人员核实，未计入本部分统计。")));
}

TEST_CASE("rectification notice lists the agency's problems with cases pages and deadline")
{
    const CampaignStats st = CampaignAnalytics::analyze(campaign());
    RectificationNoticeBuilder::Options o;
    o.bureau = QStringLiteral("某市司法局");
    o.issued = QDate(2025, 6, 1);
    o.deadline = QDate(2025, 7, 15);
    const ReportDocument doc = RectificationNoticeBuilder::build(st.agencies[0], o);
    CHECK(doc.kind == ReportKind::RectificationNotice);
    CHECK(doc.subtitle == QStringLiteral("乙局"));
    CHECK(doc.caseIds == std::vector<qint64>{3, 4});
    const TableBlock detail = tableWith(doc, QStringLiteral("具体情形"));
    REQUIRE(detail.rows.size() == 3);
    CHECK(detail.rows[0].cells == QStringList{"案3", "适用法律", "20", "理由D1", "行政处罚法第20条", ""});
    CHECK(detail.rows[1].cells == QStringList{"案3", "送达回证", "", "发现NO_SERVICE_PROOF", "", "9"});
    CHECK(detail.rows[2].cells == QStringList{"案4", "立案审批", "", "发现NO_FILING_APPROVAL", "", "1"});
    const QString all = texts(doc).join(u'\n');
    CHECK(all.contains(QStringLiteral("某市司法局对你单位 2 件行政执法案卷进行了评查，其中 2 件存在问题")));
    CHECK(all.contains(QStringLiteral("请于 2025年7月15日 前完成整改")));
    CHECK(all.contains(QStringLiteral("报送某市司法局")));
    o.deadline = {};
    CHECK(texts(RectificationNoticeBuilder::build(st.agencies[0], o)).join(u'\n').contains(QStringLiteral("请于 2025年7月1日 前")));
}

TEST_CASE("rectification items become the notice's problems one row per case")
{
    auto source = [](qint64 caseId, const char *item, double deduction, std::vector<int> pages) {
        RectificationSource s;
        s.key = QStringLiteral("k%1%2").arg(caseId).arg(QString::fromUtf8(item));
        s.caseId = caseId;
        s.standardItem = QString::fromUtf8(item);
        s.deduction = deduction;
        s.pages = std::move(pages);
        return s;
    };
    RectificationItem grouped;
    grouped.id = 1;
    grouped.caseId = 4;
    grouped.problem = QStringLiteral("立案审批：审批表无负责人签字");
    grouped.legalBasis = QStringLiteral("行政处罚法第54条");
    grouped.deadline = QDate(2025, 9, 30);
    grouped.sources = {source(4, "B1", 2, {1, 1}), source(3, "B1", 1, {2})};
    RectificationItem closed = grouped;
    closed.id = 2;
    closed.status = RectificationStatus::Closed;
    closed.deadline = QDate(2025, 1, 1);
    RectificationItem veto;
    veto.id = 3;
    veto.caseId = 3;
    veto.problem = QStringLiteral("超越职权");
    veto.veto = true;
    veto.deadline = QDate(2025, 8, 31);
    veto.sources = {source(3, "V1", 0, {5})};
    const std::vector<RectificationItem> items{grouped, closed, veto};

    const AgencyProblems a = RectificationProblems::fromItems(QStringLiteral("乙局"), items, {{3, "案3"}, {4, "案4"}}, 2);
    CHECK(a.cases == 2);
    REQUIRE(a.casesWithProblems.size() == 2);
    CHECK(a.casesWithProblems[0].caseNo == QStringLiteral("案3"));
    REQUIRE(a.casesWithProblems[0].problems.size() == 2);
    CHECK(a.casesWithProblems[0].problems[0].title == QStringLiteral("立案审批"));
    CHECK(a.casesWithProblems[0].problems[0].reason == QStringLiteral("审批表无负责人签字"));
    CHECK(a.casesWithProblems[0].problems[0].deduction == 1);
    CHECK(a.casesWithProblems[0].problems[0].pages == std::vector<int>{2});
    CHECK(a.casesWithProblems[0].problems[1].veto);
    CHECK(a.casesWithProblems[1].problems[0].pages == std::vector<int>{1});
    REQUIRE(a.byItem.size() == 2);
    CHECK(a.byItem[0].key == QStringLiteral("item:B1"));
    CHECK(a.byItem[0].occurrences == 2);
    CHECK(a.byItem[0].points == 3);
    CHECK(RectificationProblems::earliestDeadline(items) == QDate(2025, 8, 31));  // the closed item does not count
}
