// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignconductsections.h"
#include "reporttext.h"

namespace casereview {

namespace {
using namespace ReportText;

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }
QString fixed(const std::optional<double> &v, int decimals = 3) { return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—"); }

void addCampaignAndDraw(ReportDocument &doc, SectionNumbers &sections, const CampaignConduct &c)
{
    doc.blocks.push_back(sections.next(QStringLiteral("评查活动和案卷抽取")));
    KeyValueBlock about;
    about.columns = 1;
    about.pairs = {
        {QStringLiteral("评查活动"), orDash(c.name)},       {QStringLiteral("组织单位"), orDash(c.organiser)},
        {QStringLiteral("评查依据"), orDash(c.legalBasis)}, {QStringLiteral("评查标准"), orDash(c.standard)},
        {QStringLiteral("评查范围"), orDash(c.scope)},      {QStringLiteral("工作阶段"), orDash(c.phases.join(QStringLiteral("；")))}};
    doc.blocks.push_back(about);
    if (c.draws == 0) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("本次评查活动尚未抽取案卷。"), ParagraphStyle::Note});
        return;
    }
    doc.blocks.push_back(
        ParagraphBlock{QStringLiteral("案卷以“双随机”方式抽取：从 %1 件案卷中按公开的算法和随机种子抽取 %2 件，抽取过程有记录、可复核。"
                                      "任何人可依抽取记录所载的种子、算法和总体清单的 SHA-256 值重新计算，结果应完全相同。")
                           .arg(c.populationSize)
                           .arg(c.drawn)});
    KeyValueBlock draw;
    draw.columns = 1;
    draw.pairs = {{QStringLiteral("随机种子"), orDash(c.seed)},
                  {QStringLiteral("抽取算法"), orDash(c.algorithm)},
                  {QStringLiteral("总体清单 SHA-256"), orDash(c.populationSha256)},
                  {QStringLiteral("抽取时间"), orDash(isoDate(c.drawnAt))},
                  {QStringLiteral("抽取人"), orDash(c.drawnBy)},
                  {QStringLiteral("见证人"), orDash(c.witnesses.join(QStringLiteral("、")))}};
    doc.blocks.push_back(draw);
    if (c.draws > 1)
        doc.blocks.push_back(
            ParagraphBlock{QStringLiteral("本活动共记录抽取 %1 次，本报告依据最后一次抽取；此前各次抽取均保留在抽取记录中。").arg(c.draws),
                           ParagraphStyle::Note});
    if (!c.strata.empty()) {
        TableBlock t;
        t.columns = {{QStringLiteral("抽取层"), 4},
                     {QStringLiteral("总体"), 1.1, CellAlign::Right},
                     {QStringLiteral("应抽"), 1.1, CellAlign::Right},
                     {QStringLiteral("随机抽中"), 1.3, CellAlign::Right},
                     {QStringLiteral("必抽"), 1.1, CellAlign::Right}};
        for (const CampaignConduct::Stratum &s : c.strata)
            t.rows.push_back({{orDash(s.name), QString::number(s.size), QString::number(s.quota), QString::number(s.drawnAtRandom),
                               QString::number(s.mustInclude)}});
        doc.blocks.push_back(t);
    } else {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("抽取后总体清单已有变化，分层情况以抽取记录为准。"), ParagraphStyle::Note});
    }
    for (const QString &w : c.warnings)
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("抽取提示：") + w, ParagraphStyle::Note});
    if (c.drawnWithoutDossier > 0)
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("抽中的案卷中有 %1 件尚未调取卷宗入库，未能评查。").arg(c.drawnWithoutDossier),
                                            ParagraphStyle::Note});
}

void addReviewers(ReportDocument &doc, SectionNumbers &sections, const CampaignConduct &c)
{
    doc.blocks.push_back(sections.next(QStringLiteral("交叉评查和评查进度")));
    doc.blocks.push_back(
        ParagraphBlock{QStringLiteral("每件案卷由 %1 名评查人员背靠背独立评查，评查人员不评查本单位及有利害关系单位的案卷。"
                                      "全部评查人员提交评查结论前，任何人看不到他人的评分。")
                           .arg(c.perCase)});
    if (!c.reviewers.empty()) {
        TableBlock t;
        t.columns = {{QStringLiteral("评查人员"), 2},
                     {QStringLiteral("所在单位"), 3.4},
                     {QStringLiteral("分配案卷"), 1.3, CellAlign::Right},
                     {QStringLiteral("已提交"), 1.2, CellAlign::Right},
                     {QStringLiteral("扣分偏差"), 1.4, CellAlign::Right}};
        for (const CampaignConduct::Reviewer &r : c.reviewers)
            t.rows.push_back({{r.name, orDash(r.unit), QString::number(r.files), QString::number(r.submitted),
                               r.drift ? QStringLiteral("%1%2").arg(*r.drift > 0 ? QStringLiteral("+") : QString(), number(*r.drift))
                                       : QStringLiteral("—")}});
        doc.blocks.push_back(t);
        doc.blocks.push_back(
            ParagraphBlock{QStringLiteral("扣分偏差：该评查人员平均每项扣分与全体评查人员平均每项扣分之差。"), ParagraphStyle::Note});
    }
    TableBlock progress;
    progress.columns = {{QStringLiteral("抽取"), 1, CellAlign::Right},   {QStringLiteral("已分配"), 1, CellAlign::Right},
                        {QStringLiteral("已评查"), 1, CellAlign::Right}, {QStringLiteral("有分歧"), 1, CellAlign::Right},
                        {QStringLiteral("已合议"), 1, CellAlign::Right}, {QStringLiteral("联合署名"), 1, CellAlign::Right},
                        {QStringLiteral("有异议"), 1, CellAlign::Right}};
    progress.rows.push_back(
        {{QString::number(c.drawn), QString::number(c.assigned), QString::number(c.reviewed), QString::number(c.disputed),
          QString::number(c.reconciled), QString::number(c.signedFiles), QString::number(c.contested)}});
    doc.blocks.push_back(progress);
}

QString consensusText(const CampaignConduct::File &f)
{
    switch (f.consensus) {
    case CampaignConduct::Consensus::None: return QStringLiteral("未合议");
    case CampaignConduct::Consensus::Draft:
        return f.awaiting.isEmpty() ? QStringLiteral("合议中") : QStringLiteral("待%1署名").arg(f.awaiting.join(QStringLiteral("、")));
    case CampaignConduct::Consensus::Final: return QStringLiteral("已联合署名");
    }
    return {};
}

void addAgreement(ReportDocument &doc, SectionNumbers &sections, const CampaignConduct &c)
{
    doc.blocks.push_back(sections.next(QStringLiteral("评查一致性和合议")));
    if (c.units == 0) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("尚无两名以上评查人员评查的同一事项，无法计算一致性。"), ParagraphStyle::Note});
    } else {
        KeyValueBlock figures;
        figures.columns = 2;
        figures.pairs = {{QStringLiteral("比较单元"), QStringLiteral("%1 项").arg(c.units)},
                         {QStringLiteral("结论一致率"), c.percent ? percent(*c.percent) : QStringLiteral("—")},
                         {QStringLiteral("α（结论）"), fixed(c.alphaNominal)},
                         {QStringLiteral("α（扣分）"), fixed(c.alphaInterval)}};
        doc.blocks.push_back(figures);
        doc.blocks.push_back(ParagraphBlock{
            QStringLiteral(
                "比较单元为同一案卷同一评查事项（两名以上评查人员作出结论的）。α 为 Krippendorff 一致性系数，"
                "1 为完全一致，0 为与随机一致无异；按 Krippendorff 的建议，α ≥ 0.800 可据以下结论，0.667 至 0.800 只宜作初步判断，"
                "低于 0.667 宜统一评查尺度后复核。"),
            ParagraphStyle::Note});
        // The prevalence paradox: when nearly every answer is the same (all 符合), α and κ fall
        // with a single disagreement though the reviewers agree almost everywhere.
        if (c.percent && *c.percent >= 0.9 && c.alphaNominal && *c.alphaNominal < 0.667)
            doc.blocks.push_back(ParagraphBlock{
                QStringLiteral("本次结论一致率高而 α 偏低：绝大多数事项结论相同（如几乎全部“符合”）时，α 和 κ 对个别分歧十分敏感，"
                               "宜结合下表的分歧事项逐项判断评查尺度是否一致。"),
                ParagraphStyle::Note});
        std::vector<CampaignConduct::Pair> withKappa;
        for (const CampaignConduct::Pair &p : c.pairs)
            if (p.kappa)
                withKappa.push_back(p);
        if (!withKappa.empty()) {
            TableBlock t;
            t.columns = {{QStringLiteral("评查人员"), 3},
                         {QStringLiteral("共同事项"), 1.3, CellAlign::Right},
                         {QStringLiteral("κ"), 1.2, CellAlign::Right}};
            for (const CampaignConduct::Pair &p : withKappa)
                t.rows.push_back({{p.a + QStringLiteral("、") + p.b, QString::number(p.items), fixed(p.kappa)}});
            doc.blocks.push_back(t);
        }
    }
    if (c.files.empty())
        return;
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("（一）各案卷的分歧和合议")});
    TableBlock t;
    t.columns = {{QStringLiteral("案号"), 3},
                 {QStringLiteral("执法机关"), 2.6},
                 {QStringLiteral("分差"), 1, CellAlign::Right},
                 {QStringLiteral("等级"), 1.1, CellAlign::Center},
                 {QStringLiteral("分歧事项"), 2.6},
                 {QStringLiteral("合议"), 1.9, CellAlign::Center}};
    for (const CampaignConduct::File &f : c.files) {
        const bool compared = f.reviewers >= 2;
        t.rows.push_back({{f.caseNo, f.agency, compared ? number(f.scoreGap) : QStringLiteral("—"),
                           !compared             ? QStringLiteral("—")
                               : f.gradeMismatch ? QStringLiteral("不一致")
                                                 : QStringLiteral("一致"),
                           !compared                       ? QStringLiteral("（评查未完成）")
                               : f.disputedItems.isEmpty() ? QStringLiteral("无")
                                                           : f.disputedItems.join(QStringLiteral("、")),
                           consensusText(f)},
                          !f.disputedItems.isEmpty()});
    }
    doc.blocks.push_back(t);
    doc.blocks.push_back(
        ParagraphBlock{QStringLiteral("有分歧的事项经合议逐项作出结论并说明理由，两名评查人员的原始评查表保持不变、一并存档；"
                                      "合议结论经全部评查人员联合署名后成为该案卷的评查结果。本报告的得分和等级只计已联合署名的案卷。"),
                       ParagraphStyle::Note});
}
} // namespace

namespace CampaignConductSections {
void add(ReportDocument &doc, SectionNumbers &sections, const CampaignConduct &conduct)
{
    addCampaignAndDraw(doc, sections, conduct);
    addReviewers(doc, sections, conduct);
    addAgreement(doc, sections, conduct);
}
} // namespace CampaignConductSections

} // namespace casereview
