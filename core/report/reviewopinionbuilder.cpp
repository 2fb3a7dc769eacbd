// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewopinionbuilder.h"
#include "analytics/campaignanalytics.h"
#include "reporttext.h"

#include <algorithm>

namespace casereview {

namespace {
using namespace ReportText;

const char *const kDateLabels[][2] = {{"filed", "立案日期"}, {"notice", "告知日期"}, {"decision", "决定日期"},
                                      {"delivered", "送达日期"}, {"closed", "结案日期"}};

KeyValueBlock caseHeader(const CaseInput &c)
{
    const CaseSummary &s = c.summary;
    KeyValueBlock kv;
    kv.pairs = {{QStringLiteral("执法机关"), s.agency},
                {QStringLiteral("案号"), s.caseNo},
                {QStringLiteral("当事人"), s.partyName},
                {QStringLiteral("案件类型"), s.caseType},
                {QStringLiteral("处罚内容"), yuan(s.fineAmountYuan)},
                {QStringLiteral("案卷页数"), QStringLiteral("%1 页").arg(s.pages)}};
    for (const auto &d : kDateLabels) {
        const auto it = c.dates.find(QString::fromLatin1(d[0]));
        QDate value = it != c.dates.end() ? it->second : QDate();
        if (!value.isValid() && QLatin1String(d[0]) == QLatin1String("decision"))
            value = s.decisionDate;
        kv.pairs.push_back({QString::fromUtf8(d[1]), date(value)});
    }
    kv.pairs.push_back({QStringLiteral("案卷文件"), s.fileName});
    return kv;
}

QString pagesOf(const Answer *a)
{
    if (!a)
        return {};
    std::vector<int> pages;
    for (const EvidenceAnchor &e : a->evidence)
        pages.push_back(e.page);
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    QStringList out;
    for (int p : pages)
        out << QString::number(p);
    return out.join(QStringLiteral("、"));
}

bool isDeduction(const ItemScore &s) { return s.verdict && (*s.verdict == Verdict::Deduct || *s.verdict == Verdict::Fail); }

void addVeto(ReportDocument &doc, const ReviewInput &r)
{
    TableBlock t;
    t.columns = {{QStringLiteral("编号"), 1.1, CellAlign::Center}, {QStringLiteral("否决事项"), 5},
                 {QStringLiteral("结论"), 1.3, CellAlign::Center}, {QStringLiteral("说明"), 4}, {QStringLiteral("页码"), 1.3, CellAlign::Center}};
    for (const StandardSection &sec : r.standard->sections)
        for (const StandardItem &item : sec.items) {
            if (!item.veto)
                continue;
            const ItemScore *s = r.card.item(item.id);
            const Answer *a = r.answer(item.id);
            t.rows.push_back({{item.id, item.titleZh, verdict(s ? s->verdict : std::nullopt), a ? a->note : QString(), pagesOf(a)},
                              s && s->verdict == Verdict::Fail});
        }
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("一、一票否决事项")});
    if (t.rows.empty()) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("本标准未设一票否决事项。")});
        return;
    }
    doc.blocks.push_back(t);
    doc.blocks.push_back(ParagraphBlock{r.card.vetoHits.isEmpty()
                                            ? QStringLiteral("未触发一票否决事项。")
                                            : QStringLiteral("触发一票否决事项 %1 项（%2），总分计为 0 分，评定为最低等级。")
                                                  .arg(r.card.vetoHits.size())
                                                  .arg(r.card.vetoHits.join(QStringLiteral("、"))),
                                        r.card.vetoHits.isEmpty() ? ParagraphStyle::Body : ParagraphStyle::Strong});
}

void addItems(ReportDocument &doc, const ReviewInput &r)
{
    TableBlock t;
    t.columns = {{QStringLiteral("编号"), 1.1, CellAlign::Center}, {QStringLiteral("评查项目"), 6.5},
                 {QStringLiteral("分值"), 1, CellAlign::Right}, {QStringLiteral("结论"), 1.3, CellAlign::Center},
                 {QStringLiteral("扣分"), 1, CellAlign::Right}, {QStringLiteral("得分"), 1, CellAlign::Right}};
    for (const StandardSection &sec : r.standard->sections) {
        if (std::all_of(sec.items.begin(), sec.items.end(), [](const StandardItem &i) { return i.veto; }))
            continue;  // veto gates have their own table
        double score = 0, max = 0;
        for (const SectionScore &ss : r.card.sections)
            if (ss.id == sec.id) {
                score = ss.score;
                max = ss.max;
            }
        t.rows.push_back({{sec.id, sec.titleZh, number(max), QString(), number(max - score), number(score)}, true});
        for (const StandardItem &item : sec.items) {
            if (item.veto)
                continue;
            const ItemScore *s = r.card.item(item.id);
            const double deduction = s ? s->max - s->score : 0;
            t.rows.push_back({{item.id, item.titleZh, number(item.points), verdict(s ? s->verdict : std::nullopt),
                               deduction > 0 ? number(deduction) : QString(), s ? number(s->score) : QString()}});
        }
    }
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("二、逐项评查结果")});
    doc.blocks.push_back(t);
}

void addDeductions(ReportDocument &doc, const ReviewInput &r)
{
    TableBlock t;
    t.columns = {{QStringLiteral("编号"), 1.1, CellAlign::Center}, {QStringLiteral("评查项目"), 3},
                 {QStringLiteral("扣分"), 0.9, CellAlign::Right}, {QStringLiteral("扣分理由"), 4.2},
                 {QStringLiteral("法律依据"), 3}, {QStringLiteral("页码"), 1.2, CellAlign::Center}};
    for (const ItemScore &s : r.card.items) {
        if (!isDeduction(s))
            continue;
        const StandardItem *item = r.standard->findItem(s.itemId);
        const Answer *a = r.answer(s.itemId);
        t.rows.push_back({{s.itemId, item ? item->titleZh : QString(),
                           *s.verdict == Verdict::Fail ? QStringLiteral("否决") : number(s.max - s.score), a ? a->note : QString(),
                           item ? item->legalBasis.join(QStringLiteral("；")) : QString(), pagesOf(a)}});
    }
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("三、扣分事项及依据")});
    if (t.rows.empty())
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("无扣分事项。")});
    else
        doc.blocks.push_back(t);
}

// 评查意见: the main problems in one paragraph, largest deduction first, with their pages.
QString opinionText(const ReviewInput &r)
{
    std::vector<const ItemScore *> deducted;
    for (const ItemScore &s : r.card.items)
        if (isDeduction(s))
            deducted.push_back(&s);
    if (deducted.empty())
        return QStringLiteral("经评查，该案卷未发现扣分事项。");
    std::stable_sort(deducted.begin(), deducted.end(), [](const ItemScore *a, const ItemScore *b) {
        if ((*a->verdict == Verdict::Fail) != (*b->verdict == Verdict::Fail))
            return *a->verdict == Verdict::Fail;
        return a->max - a->score > b->max - b->score;
    });
    QStringList parts;
    for (size_t i = 0; i < deducted.size() && i < 5; ++i) {
        const ItemScore &s = *deducted[i];
        const StandardItem *item = r.standard->findItem(s.itemId);
        const QString pages = pagesOf(r.answer(s.itemId));
        QString part = (item ? item->titleZh : s.itemId) + QStringLiteral("（%1%2）")
                           .arg(*s.verdict == Verdict::Fail ? QStringLiteral("一票否决") : QStringLiteral("扣%1分").arg(number(s.max - s.score)),
                                pages.isEmpty() ? QString() : QStringLiteral("，见第%1页").arg(pages));
        parts << part;
    }
    QString text = QStringLiteral("经评查，该案卷存在扣分事项 %1 项，主要是：%2").arg(deducted.size()).arg(parts.join(QStringLiteral("；")));
    if (deducted.size() > 5)
        text += QStringLiteral("等");
    return text + QStringLiteral("。请承办机关对照逐项整改。");
}

void addScores(ReportDocument &doc, const ReviewInput &r, const QString &mark)
{
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("四、分项得分")});
    TableBlock dims;
    dims.columns = {{QStringLiteral("评查维度"), 3}, {QStringLiteral("得分"), 1, CellAlign::Right},
                    {QStringLiteral("满分"), 1, CellAlign::Right}, {QStringLiteral("得分率"), 1, CellAlign::Right}};
    for (Dimension d : {Dimension::Procedure, Dimension::Discretion, Dimension::Legality}) {
        const SubScore &s = r.card.dimension(d);
        dims.rows.push_back({{CampaignAnalytics::dimensionName(d), number(s.score), number(s.max),
                              s.max > 0 ? percent(s.score / s.max) : QStringLiteral("—")}});
    }
    doc.blocks.push_back(dims);
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("五、评查结论")});
    doc.blocks.push_back(ParagraphBlock{opinionText(r)});
    if (mark.isEmpty()) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("总分：%1 分（满分 %2 分）    评定等级：%3")
                                                .arg(number(r.card.total), number(r.card.maxTotal), r.card.grade),
                                            ParagraphStyle::Strong});
        return;
    }
    doc.blocks.push_back(ParagraphBlock{QStringLiteral("暂计得分：%1 分（满分 %2 分）    评定等级：不予评定（%3）")
                                            .arg(number(r.card.total), number(r.card.maxTotal), mark),
                                        ParagraphStyle::Strong});
    QStringList why;
    if (r.review.status != ReviewStatus::Signed)
        why << QStringLiteral("评查尚未签署（当前状态：%1）").arg(status(r.review.status));
    if (!r.card.unanswered.isEmpty())
        why << QStringLiteral("尚有 %1 项未评（%2）").arg(r.card.unanswered.size()).arg(r.card.unanswered.join(QStringLiteral("、")));
    doc.blocks.push_back(ParagraphBlock{QStringLiteral("本表为%1：%2。不作为最终评查结论。").arg(mark, why.join(QStringLiteral("；"))),
                                        ParagraphStyle::Note});
}

void addFindings(ReportDocument &doc, const CaseInput &c)
{
    TableBlock t;
    t.columns = {{QStringLiteral("规则"), 2.6}, {QStringLiteral("问题"), 5.4}, {QStringLiteral("法律依据"), 2.6},
                 {QStringLiteral("页码"), 1.2, CellAlign::Center}};
    for (const StoredFinding &f : c.findings) {
        if (!f.decision || f.decision->verdict != FindingVerdict::Accept)
            continue;
        std::vector<EvidenceAnchor> anchors;
        for (const Evidence &e : f.finding.evidence)
            anchors.push_back({e.page, std::nullopt, {}});
        Answer pages;
        pages.evidence = anchors;
        t.rows.push_back({{f.finding.rule, f.finding.message, f.finding.legalBasis, pagesOf(&pages)}});
    }
    if (t.rows.empty())
        return;
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("附：已采纳的自动诊断问题")});
    doc.blocks.push_back(t);
}

void addCrops(ReportDocument &doc, const ReviewInput &r, qint64 caseId, int maxCrops)
{
    std::vector<PageCropBlock> crops;
    for (const ItemScore &s : r.card.items) {
        if (!isDeduction(s))
            continue;
        const Answer *a = r.answer(s.itemId);
        const StandardItem *item = r.standard->findItem(s.itemId);
        if (!a)
            continue;
        for (const EvidenceAnchor &e : a->evidence) {
            if (e.page <= 0 || int(crops.size()) >= maxCrops)
                continue;
            const bool seen = std::any_of(crops.begin(), crops.end(), [&](const PageCropBlock &c) {
                return c.page == e.page && c.rect == e.rect && c.caption.startsWith(s.itemId + u' ');
            });
            if (seen)
                continue;
            QString caption = QStringLiteral("%1 %2（%3）— 第%4页").arg(s.itemId, item ? item->titleZh : QString(),
                                                                   *s.verdict == Verdict::Fail ? QStringLiteral("否决")
                                                                                               : QStringLiteral("扣%1分").arg(number(s.max - s.score)))
                                  .arg(e.page);
            if (!e.quote.isEmpty())
                caption += QStringLiteral("：“%1”").arg(e.quote);
            crops.push_back({caseId, e.page, e.rect, caption});
        }
    }
    if (crops.empty())
        return;
    doc.blocks.push_back(PageBreakBlock{});
    doc.blocks.push_back(HeadingBlock{1, QStringLiteral("附件：扣分依据页面")});
    doc.blocks.push_back(ParagraphBlock{QStringLiteral("以下为各扣分事项所依据的案卷页面，红框标示证据位置。"), ParagraphStyle::Note});
    for (const PageCropBlock &c : crops)
        doc.blocks.push_back(c);
}
} // namespace

namespace ReviewOpinionBuilder {
QString statusMark(const ReviewInput &r)
{
    if (r.isFinal())
        return {};
    QStringList parts;
    if (r.review.status != ReviewStatus::Signed)
        parts << QStringLiteral("草稿");
    if (!r.card.unanswered.isEmpty())
        parts << QStringLiteral("未完成");
    return parts.join(QStringLiteral("·"));
}

ReportDocument build(const CaseInput &c, const Options &options)
{
    ReportDocument doc;
    doc.kind = ReportKind::ReviewOpinion;
    doc.title = QStringLiteral("行政执法案卷评查表");
    doc.caseIds = {c.summary.id};
    doc.blocks.push_back(caseHeader(c));
    if (!c.review || !c.review->standard) {
        doc.statusMark = QStringLiteral("未评查");
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("本案卷尚未评查。"), ParagraphStyle::Strong});
        return doc;
    }
    const ReviewInput &r = *c.review;
    doc.statusMark = statusMark(r);
    doc.subtitle = QStringLiteral("评查标准：%1（%2，第 %3 版）").arg(r.standard->nameZh, r.standard->id).arg(r.standard->version);
    doc.blocks.push_back(KeyValueBlock{{{QStringLiteral("评查标准"), doc.subtitle.mid(5)},
                                        {QStringLiteral("评查人"), r.review.reviewer},
                                        {QStringLiteral("评查状态"), status(r.review.status)},
                                        {QStringLiteral("签署日期"), isoDate(r.review.signedAt)}},
                                       2});
    addVeto(doc, r);
    addItems(doc, r);
    addDeductions(doc, r);
    addScores(doc, r, doc.statusMark);
    addFindings(doc, c);
    doc.blocks.push_back(SignatureBlock{{QStringLiteral("评查人"), QStringLiteral("复核人")},
                                        r.review.status == ReviewStatus::Signed ? isoDate(r.review.signedAt) : QString()});
    addCrops(doc, r, c.summary.id, options.maxCrops);
    return doc;
}
} // namespace ReviewOpinionBuilder

} // namespace casereview
