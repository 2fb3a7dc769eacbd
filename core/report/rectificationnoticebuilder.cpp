// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationnoticebuilder.h"
#include "analytics/campaignanalytics.h"
#include "reporttext.h"

namespace casereview {

namespace {
using namespace ReportText;

QString pagesText(const std::vector<int> &pages)
{
    QStringList out;
    for (int p : pages)
        out << QString::number(p);
    return out.join(QStringLiteral("、"));
}
} // namespace

namespace RectificationNoticeBuilder {
ReportDocument build(const AgencyProblems &agency, const Options &options)
{
    ReportDocument doc;
    doc.kind = ReportKind::RectificationNotice;
    doc.title = QStringLiteral("行政执法案卷评查整改通知书");
    doc.subtitle = agency.agency;
    for (const AgencyCaseProblems &c : agency.casesWithProblems)
        doc.caseIds.push_back(c.caseId);
    const QString bureau = options.bureau.isEmpty() ? QStringLiteral("本机关") : options.bureau;
    const QDate deadline = options.deadline.isValid() ? options.deadline : options.issued.addDays(30);

    doc.blocks.push_back(ParagraphBlock{agency.agency + QStringLiteral("："), ParagraphStyle::Strong});
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("根据行政执法案卷评查工作安排，%1对你单位 %2 件行政执法案卷进行了评查，其中 %3 件存在问题。"
                       "现将评查发现的问题通知如下，请认真整改。")
            .arg(bureau)
            .arg(agency.cases)
            .arg(agency.casesWithProblems.size())});

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("一、存在的主要问题")});
    TableBlock summary;
    summary.columns = {{QStringLiteral("序号"), 0.8, CellAlign::Center}, {QStringLiteral("问题"), 6},
                       {QStringLiteral("涉及次数"), 1.3, CellAlign::Right}, {QStringLiteral("扣分合计"), 1.3, CellAlign::Right}};
    int n = 0;
    for (const ParetoRow &r : agency.byItem)
        summary.rows.push_back({{QString::number(++n), r.label, QString::number(r.occurrences),
                                 r.vetoes > 0 ? QStringLiteral("一票否决") : number(r.points)}});
    doc.blocks.push_back(summary);

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("二、问题案卷及页码")});
    TableBlock detail;
    detail.columns = {{QStringLiteral("案号"), 3.1}, {QStringLiteral("问题"), 2.6}, {QStringLiteral("扣分"), 0.9, CellAlign::Right},
                      {QStringLiteral("具体情形"), 3.6}, {QStringLiteral("依据"), 2.5}, {QStringLiteral("页码"), 1.1, CellAlign::Center}};
    for (const AgencyCaseProblems &c : agency.casesWithProblems)
        for (const CaseProblem &p : c.problems)
            detail.rows.push_back({{c.caseNo.isEmpty() ? QStringLiteral("案卷 %1").arg(c.caseId) : c.caseNo, p.title,
                                    p.veto ? QStringLiteral("否决") : (p.deduction > 0 ? number(p.deduction) : QString()),
                                    p.reason, p.legalBasis, pagesText(p.pages)}});
    doc.blocks.push_back(detail);

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("三、整改要求及期限")});
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("请你单位对上述问题逐案逐项进行整改：能够补正的依法补正，不能补正的作出书面说明；对涉及一票否决的案件"
                       "依法评估是否需要自行纠正；同时查找制度和执法环节上的原因，防止同类问题再次发生。"
                       "请于 %1 前完成整改。")
            .arg(date(deadline))});
    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("四、整改情况报送")});
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("整改完成后，请于上述期限内将书面整改报告（逐案列明问题、整改措施、责任人和完成时间，附相关佐证材料）"
                       "加盖公章后报送%1。逾期未报送或整改不到位的，将予以通报。")
            .arg(bureau)});
    doc.blocks.push_back(ParagraphBlock{bureau, ParagraphStyle::Right});
    doc.blocks.push_back(ParagraphBlock{date(options.issued), ParagraphStyle::Right});
    return doc;
}
} // namespace RectificationNoticeBuilder

} // namespace casereview
