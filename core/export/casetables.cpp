// SPDX-License-Identifier: GPL-3.0-or-later
#include "casetables.h"
#include "analytics/campaignanalytics.h"

namespace casereview {

namespace {
QVariant optionalNumber(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); }

QString statusText(const ReviewInput &r)
{
    QString s = r.review.status == ReviewStatus::Signed      ? QStringLiteral("已签署")
                : r.review.status == ReviewStatus::Submitted ? QStringLiteral("已提交")
                                                             : QStringLiteral("草稿");
    if (!r.card.unanswered.isEmpty())
        s += QStringLiteral("（%1项未评）").arg(r.card.unanswered.size());
    return s;
}

QString decisionText(const StoredFinding &f)
{
    if (!f.decision)
        return QStringLiteral("待确认");
    return f.decision->verdict == FindingVerdict::Accept ? QStringLiteral("已采纳") : QStringLiteral("已驳回");
}

QString pagesText(const std::vector<Evidence> &evidence)
{
    QStringList pages;
    for (const Evidence &e : evidence)
        if (e.page > 0 && !pages.contains(QString::number(e.page)))
            pages << QString::number(e.page);
    return pages.join(QStringLiteral("、"));
}
} // namespace

namespace CaseTables {
ExportTable cases(const std::vector<CaseInput> &cases)
{
    ExportTable t;
    t.sheetName = QStringLiteral("案卷列表");
    t.columns = {{QStringLiteral("案卷ID"), ColumnType::Integer}, {QStringLiteral("案号"), ColumnType::Text},
                 {QStringLiteral("执法机关"), ColumnType::Text},  {QStringLiteral("当事人"), ColumnType::Text},
                 {QStringLiteral("统一社会信用代码"), ColumnType::Text}, {QStringLiteral("案件类型"), ColumnType::Text},
                 {QStringLiteral("罚款（元）"), ColumnType::Decimal}, {QStringLiteral("决定日期"), ColumnType::Date},
                 {QStringLiteral("页数"), ColumnType::Integer},  {QStringLiteral("导入日期"), ColumnType::Date},
                 {QStringLiteral("文件名"), ColumnType::Text}};
    for (const CaseInput &c : cases) {
        const CaseSummary &s = c.summary;
        t.rows.push_back({s.id, s.caseNo, s.agency, s.partyName, s.partyUscc, s.caseType, optionalNumber(s.fineAmountYuan),
                          dateOrNull(s.decisionDate), s.pages, dateOrNull(s.importedAt.date()), s.fileName});
    }
    return t;
}

ExportTable findings(const std::vector<CaseInput> &cases)
{
    ExportTable t;
    t.sheetName = QStringLiteral("诊断问题");
    t.columns = {{QStringLiteral("案卷ID"), ColumnType::Integer}, {QStringLiteral("案号"), ColumnType::Text},
                 {QStringLiteral("执法机关"), ColumnType::Text},  {QStringLiteral("规则"), ColumnType::Text},
                 {QStringLiteral("严重程度"), ColumnType::Text},  {QStringLiteral("评查维度"), ColumnType::Text},
                 {QStringLiteral("问题"), ColumnType::Text},      {QStringLiteral("法律依据"), ColumnType::Text},
                 {QStringLiteral("建议评查项"), ColumnType::Text}, {QStringLiteral("页码"), ColumnType::Text},
                 {QStringLiteral("处理"), ColumnType::Text},      {QStringLiteral("处理人"), ColumnType::Text},
                 {QStringLiteral("处理日期"), ColumnType::Date},  {QStringLiteral("诊断日期"), ColumnType::Date}};
    for (const CaseInput &c : cases)
        for (const StoredFinding &f : c.findings) {
            const Finding &x = f.finding;
            const QString severity = x.severity == Severity::Veto     ? QStringLiteral("否决")
                                     : x.severity == Severity::Deduct ? QStringLiteral("扣分")
                                                                      : QStringLiteral("提示");
            t.rows.push_back({c.summary.id, c.summary.caseNo, c.summary.agency, x.rule, severity,
                              CampaignAnalytics::dimensionName(x.dimension), x.message, x.legalBasis, x.item,
                              pagesText(x.evidence), decisionText(f), f.decision ? f.decision->reviewer : QString(),
                              f.decision ? dateOrNull(f.decision->decidedAt.date()) : QVariant(), dateOrNull(f.diagnosedAt.date())});
        }
    return t;
}

ExportTable scores(const std::vector<CaseInput> &cases)
{
    ExportTable t;
    t.sheetName = QStringLiteral("评查得分");
    t.columns = {{QStringLiteral("案卷ID"), ColumnType::Integer}, {QStringLiteral("案号"), ColumnType::Text},
                 {QStringLiteral("执法机关"), ColumnType::Text},  {QStringLiteral("评查人"), ColumnType::Text},
                 {QStringLiteral("评查标准"), ColumnType::Text},  {QStringLiteral("版本"), ColumnType::Integer},
                 {QStringLiteral("状态"), ColumnType::Text},      {QStringLiteral("总分"), ColumnType::Decimal},
                 {QStringLiteral("满分"), ColumnType::Decimal},   {QStringLiteral("得分率"), ColumnType::Percent},
                 {QStringLiteral("等级"), ColumnType::Text},      {QStringLiteral("一票否决"), ColumnType::Text},
                 {QStringLiteral("程序合规性"), ColumnType::Decimal}, {QStringLiteral("裁量合理性"), ColumnType::Decimal},
                 {QStringLiteral("决定合法性"), ColumnType::Decimal}, {QStringLiteral("签署日期"), ColumnType::Date}};
    for (const CaseInput &c : cases) {
        if (!c.review)
            continue;
        const ReviewInput &r = *c.review;
        const bool final = r.isFinal();
        const QDate signedOn = QDateTime::fromString(r.review.signedAt, Qt::ISODateWithMs).date();
        t.rows.push_back({c.summary.id, c.summary.caseNo, c.summary.agency, r.review.reviewer, r.review.standardId,
                          r.review.standardVersion, statusText(r), r.card.total, r.card.maxTotal,
                          r.card.maxTotal > 0 ? QVariant(r.card.total / r.card.maxTotal) : QVariant(),
                          final ? r.card.grade : QStringLiteral("（未定）"), r.card.vetoHits.join(QStringLiteral("、")),
                          r.card.dimension(Dimension::Procedure).score, r.card.dimension(Dimension::Discretion).score,
                          r.card.dimension(Dimension::Legality).score, dateOrNull(signedOn)});
    }
    return t;
}

std::optional<ExportTable> byName(const QString &what, const std::vector<CaseInput> &input)
{
    if (what == QLatin1String("cases"))
        return cases(input);
    if (what == QLatin1String("findings"))
        return findings(input);
    if (what == QLatin1String("scores"))
        return scores(input);
    return std::nullopt;
}
} // namespace CaseTables

} // namespace casereview
