// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportbuilder.h"
#include "analytics/campaignanalytics.h"
#include "campaignconductsections.h"
#include "reporttext.h"
#include "reviewopinionbuilder.h"
#include "sectionnumbers.h"

#include <QSet>

namespace casereview {

namespace {
using namespace ReportText;

TableBlock countTable(const QString &what, const std::vector<CountRow> &rows, int total)
{
    TableBlock t;
    t.columns = {{what, 5}, {QStringLiteral("案卷数"), 1.2, CellAlign::Right}, {QStringLiteral("占比"), 1.2, CellAlign::Right}};
    for (const CountRow &r : rows)
        t.rows.push_back({{r.label, QString::number(r.count), total ? percent(double(r.count) / total) : QString()}});
    t.rows.push_back({{QStringLiteral("合计"), QString::number(total), total ? percent(1) : QString()}, true});
    return t;
}

ChartBlock barOf(const QString &title, const std::vector<CountRow> &rows, const QString &unit)
{
    ChartBlock c;
    c.kind = ChartKind::Bar;
    c.title = title;
    c.unit = unit;
    for (const CountRow &r : rows) {
        c.labels << r.label;
        c.values.push_back(r.count);
    }
    return c;
}

TableBlock paretoTable(const QString &what, const std::vector<ParetoRow> &rows, size_t limit)
{
    TableBlock t;
    t.columns = {{QStringLiteral("序号"), 0.8, CellAlign::Center}, {what, 5}, {QStringLiteral("次数"), 1, CellAlign::Right},
                 {QStringLiteral("扣分合计"), 1.3, CellAlign::Right}, {QStringLiteral("占比"), 1.1, CellAlign::Right},
                 {QStringLiteral("累计占比"), 1.3, CellAlign::Right}};
    for (size_t i = 0; i < rows.size() && i < limit; ++i) {
        const ParetoRow &r = rows[i];
        t.rows.push_back({{QString::number(i + 1), r.label, QString::number(r.occurrences), number(r.points), percent(r.share),
                           percent(r.cumulative)}});
    }
    return t;
}

ChartBlock paretoChart(const QString &title, const std::vector<ParetoRow> &rows, size_t limit)
{
    ChartBlock c;
    c.kind = ChartKind::Pareto;
    c.title = title;
    c.unit = QStringLiteral("次");
    for (size_t i = 0; i < rows.size() && i < limit; ++i) {
        c.labels << rows[i].label;
        c.values.push_back(rows[i].occurrences);
        c.cumulative.push_back(rows[i].cumulative);
    }
    return c;
}

QString problemLine(const CaseProblem &p)
{
    QString s = p.title;
    if (p.veto)
        s += QStringLiteral("（一票否决）");
    else if (p.deduction > 0)
        s += QStringLiteral("（扣%1分）").arg(number(p.deduction));
    if (!p.reason.isEmpty())
        s += QStringLiteral("：") + p.reason;
    const QString pages = CampaignAnalytics::pageList(p.pages);
    if (!pages.isEmpty())
        s += QStringLiteral("〔见案卷%1〕").arg(pages);
    return s;
}

// `jointResults`: a review campaign's report, whose cases carry their jointly signed consensus
// sheets as reviews (or none yet), so the counts say so.
void addScope(ReportDocument &doc, SectionNumbers &sections, const std::vector<CaseInput> &cases, const CampaignStats &st,
              const QString &organiser, bool jointResults)
{
    QStringList standards;
    QSet<QString> seen;
    for (const CaseInput &c : cases)
        if (c.review && c.review->standard) {
            const QString s = QStringLiteral("《%1》（第 %2 版）").arg(c.review->standard->nameZh).arg(c.review->standard->version);
            if (!seen.contains(s)) {
                seen.insert(s);
                standards << s;
            }
        }
    doc.blocks.push_back(sections.next(QStringLiteral("评查范围和方法")));
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("%1对 %2 个执法机关的 %3 件行政执法案卷进行了评查。评查依据%4，采取“一卷一表”方式逐项评分，"
                       "并结合自动诊断发现的问题逐一核对案卷页面。")
            .arg(organiser.isEmpty() ? QStringLiteral("本次评查") : organiser)
            .arg(st.byAgency.size())
            .arg(st.caseCount)
            .arg(standards.isEmpty() ? QStringLiteral("相关评查标准") : standards.join(QStringLiteral("、")))});
    if (jointResults) {
        doc.blocks.push_back(ParagraphBlock{
            QStringLiteral("其中经合议并由全部评查人员联合署名 %1 件，纳入得分和等级统计；尚未形成联合署名结果 %2 件，不计入等级统计。")
                .arg(st.finalCount)
                .arg(st.caseCount - st.finalCount),
            ParagraphStyle::Note});
        return;
    }
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("其中已完成并签署评查 %1 件，纳入得分和等级统计；评查未完成或未签署 %2 件、尚未评查 %3 件，不计入等级统计。")
            .arg(st.finalCount)
            .arg(st.incompleteCount)
            .arg(st.unreviewedCount),
        ParagraphStyle::Note});
}

void addOverview(ReportDocument &doc, SectionNumbers &sections, const CampaignStats &st)
{
    doc.blocks.push_back(sections.next(QStringLiteral("评查结果总体情况")));
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（一）案卷分布")});
    doc.blocks.push_back(countTable(QStringLiteral("执法机关"), st.byAgency, st.caseCount));
    if (st.byAgency.size() > 1)
        doc.blocks.push_back(barOf(QStringLiteral("各执法机关被评查案卷数"), st.byAgency, QStringLiteral("件")));
    doc.blocks.push_back(countTable(QStringLiteral("案件类型"), st.byCaseType, st.caseCount));
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（二）得分和等级")});
    if (st.finalCount == 0) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("尚无已签署的评查结果，暂不统计得分和等级。")});
        return;
    }
    doc.blocks.push_back(ParagraphBlock{QStringLiteral("已评定案卷 %1 件，平均得分 %2 分；触发一票否决的案卷 %3 件。")
                                            .arg(st.finalCount)
                                            .arg(number(st.meanScore))
                                            .arg(st.vetoCases)});
    ChartBlock donut;
    donut.kind = ChartKind::Donut;
    donut.title = QStringLiteral("评定等级分布");
    donut.unit = QStringLiteral("件");
    for (const CountRow &g : st.grades) {
        donut.labels << g.label;
        donut.values.push_back(g.count);
    }
    doc.blocks.push_back(donut);
    doc.blocks.push_back(countTable(QStringLiteral("评定等级"), st.grades, st.finalCount));
    ChartBlock hist;
    hist.kind = ChartKind::Bar;
    hist.title = QStringLiteral("得分分布");
    hist.unit = QStringLiteral("件");
    for (size_t i = 0; i < st.histogram.size(); ++i) {
        const ScoreBucket &b = st.histogram[i];
        hist.labels << (i + 1 == st.histogram.size() ? QStringLiteral("%1–%2") : QStringLiteral("%1–<%2"))
                           .arg(number(b.from), number(b.to));
        hist.values.push_back(b.count);
    }
    doc.blocks.push_back(hist);
}

void addProblems(ReportDocument &doc, SectionNumbers &sections, const CampaignStats &st, int paretoRows)
{
    doc.blocks.push_back(sections.next(QStringLiteral("主要问题分析")));
    // Findings of the auto-diagnosis that no reviewer has accepted yet are leads, not problems.
    const ParagraphBlock pending{QStringLiteral("另有自动诊断提示的疑似问题 %1 个尚待评查人员核实，未计入本部分统计。")
                                     .arg(st.pendingFindings),
                                 ParagraphStyle::Note};
    if (st.paretoByItem.empty()) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("已评定案卷未发现扣分问题。")});
        if (st.pendingFindings > 0)
            doc.blocks.push_back(pending);
        return;
    }
    if (st.pendingFindings > 0)
        doc.blocks.push_back(pending);
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（一）按评查维度")});
    TableBlock dims;
    dims.columns = {{QStringLiteral("评查维度"), 3}, {QStringLiteral("问题次数"), 1.2, CellAlign::Right},
                    {QStringLiteral("扣分合计"), 1.2, CellAlign::Right}, {QStringLiteral("占比"), 1.1, CellAlign::Right},
                    {QStringLiteral("累计占比"), 1.3, CellAlign::Right}};
    for (const ParetoRow &r : st.paretoByDimension)
        dims.rows.push_back({{r.label, QString::number(r.occurrences), number(r.points), percent(r.share), percent(r.cumulative)}});
    doc.blocks.push_back(dims);
    doc.blocks.push_back(paretoChart(QStringLiteral("问题分布（按评查维度）"), st.paretoByDimension, 3));
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（二）高频问题")});
    const ParetoRow &top = st.paretoByItem.front();
    doc.blocks.push_back(ParagraphBlock{QStringLiteral("共发现问题 %1 个，出现最多的是“%2”（%3 次，占 %4）。")
                                            .arg([&] { int n = 0; for (const auto &r : st.paretoByItem) n += r.occurrences; return n; }())
                                            .arg(top.label)
                                            .arg(top.occurrences)
                                            .arg(percent(top.share))});
    doc.blocks.push_back(paretoChart(QStringLiteral("高频问题排列图（前 10 项）"), st.paretoByItem, 10));
    doc.blocks.push_back(paretoTable(QStringLiteral("问题（评查项目）"), st.paretoByItem, size_t(paretoRows)));
    if (!st.bySection.empty()) {
        doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（三）按标准章节扣分")});
        TableBlock t;
        t.columns = {{QStringLiteral("标准章节"), 5}, {QStringLiteral("扣分次数"), 1.2, CellAlign::Right},
                     {QStringLiteral("扣分合计"), 1.2, CellAlign::Right}};
        for (const DeductionRow &r : st.bySection)
            t.rows.push_back({{r.label, QString::number(r.occurrences), number(r.points)}});
        doc.blocks.push_back(t);
    }
}

void addTypical(ReportDocument &doc, SectionNumbers &sections, const CampaignStats &st)
{
    if (st.typicalCases.empty())
        return;
    doc.blocks.push_back(sections.next(QStringLiteral("典型案例")));
    int n = 0;
    for (const TypicalCase &t : st.typicalCases) {
        doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（%1）%2（%3）").arg(++n).arg(t.caseNo.isEmpty() ? QStringLiteral("案卷 %1").arg(t.caseId) : t.caseNo, t.agency)});
        doc.blocks.push_back(ParagraphBlock{t.grade.isEmpty() ? QStringLiteral("评查未完成，暂无评定等级。")
                                                              : QStringLiteral("得分 %1 分，评定等级“%2”%3。")
                                                                    .arg(number(t.total), t.grade,
                                                                         t.veto ? QStringLiteral("，触发一票否决") : QString())});
        for (size_t i = 0; i < t.problems.size() && i < 5; ++i)
            doc.blocks.push_back(ParagraphBlock{QStringLiteral("%1. %2").arg(i + 1).arg(problemLine(t.problems[i]))});
    }
}

void addRectification(ReportDocument &doc, SectionNumbers &sections, const CampaignStats &st, const QDate &deadline)
{
    doc.blocks.push_back(sections.next(QStringLiteral("整改要求")));
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("各执法机关应对照本报告及整改通知书，逐案逐项整改，举一反三完善制度，并于%1前书面报送整改情况。")
            .arg(deadline.isValid() ? date(deadline) : QStringLiteral("收到整改通知书之日起 30 日内"))});
    for (const AgencyProblems &a : st.agencies) {
        if (a.casesWithProblems.empty())
            continue;
        QStringList items;
        for (size_t i = 0; i < a.byItem.size() && i < 5; ++i)
            items << QStringLiteral("%1（%2 次）").arg(a.byItem[i].label).arg(a.byItem[i].occurrences);
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("%1：被评查案卷 %2 件，其中 %3 件存在问题，主要是%4。须逐案整改。")
                                                .arg(a.agency)
                                                .arg(a.cases)
                                                .arg(a.casesWithProblems.size())
                                                .arg(items.join(QStringLiteral("、")))});
    }
}

void addCaseList(ReportDocument &doc, const std::vector<CaseInput> &cases)
{
    doc.blocks.push_back(PageBreakBlock{});
    doc.blocks.push_back(HeadingBlock{1, QStringLiteral("附表：案卷评查结果一览")});
    TableBlock t;
    t.columns = {{QStringLiteral("序号"), 0.8, CellAlign::Center}, {QStringLiteral("案号"), 3}, {QStringLiteral("执法机关"), 2.8},
                 {QStringLiteral("案件类型"), 2.1}, {QStringLiteral("得分"), 1, CellAlign::Right},
                 {QStringLiteral("等级"), 1.1, CellAlign::Center}, {QStringLiteral("状态"), 1.7, CellAlign::Center}};
    int n = 0;
    for (const CaseInput &c : cases) {
        QString score, grade, state = QStringLiteral("未评查");
        if (c.review) {
            const QString mark = ReviewOpinionBuilder::statusMark(*c.review);
            state = mark.isEmpty() ? QStringLiteral("已签署") : mark;
            score = number(c.review->card.total);
            grade = mark.isEmpty() ? c.review->card.grade : QStringLiteral("—");
        }
        t.rows.push_back({{QString::number(++n), c.summary.caseNo.isEmpty() ? c.summary.fileName : c.summary.caseNo,
                           c.summary.agency, c.summary.caseType, score, grade, state}});
    }
    doc.blocks.push_back(t);
}
} // namespace

namespace CampaignReportBuilder {
ReportDocument build(const std::vector<CaseInput> &cases, const CampaignStats &stats, const Options &options)
{
    ReportDocument doc;
    doc.kind = ReportKind::CampaignReport;
    doc.title = options.title;
    for (const CaseInput &c : cases)
        doc.caseIds.push_back(c.summary.id);
    doc.subtitle = QStringLiteral("共评查案卷 %1 件").arg(stats.caseCount);
    SectionNumbers sections;
    addScope(doc, sections, cases, stats, options.organiser, options.conduct.has_value());
    if (options.conduct) {
        doc.kind = ReportKind::CampaignResults;
        doc.subtitle = options.conduct->name;
        CampaignConductSections::add(doc, sections, *options.conduct);
    }
    addOverview(doc, sections, stats);
    addProblems(doc, sections, stats, options.paretoRows);
    addTypical(doc, sections, stats);
    addRectification(doc, sections, stats, options.deadline);
    addCaseList(doc, cases);
    return doc;
}
} // namespace CampaignReportBuilder

} // namespace casereview
