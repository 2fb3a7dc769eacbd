// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawrecordbuilder.h"

#include "report/reporttext.h"

#include <QDateTime>
#include <QJsonArray>
#include <map>

namespace casereview {

namespace {
QString joined(const QStringList &list, const QString &none = QStringLiteral("无"))
{
    return list.isEmpty() ? none : list.join(QStringLiteral("、"));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy年M月d日 HH:mm:ss")) : iso;
}

// The quota rule as the spec asked it, in words.
QString quotaText(const QJsonObject &spec)
{
    if (spec.contains(QStringLiteral("ratio"))) {
        QString text = QStringLiteral("每层按比例 %1 抽取（四舍五入）").arg(spec.value(QStringLiteral("ratio")).toString());
        const int min = spec.value(QStringLiteral("min")).toInt();
        if (min > 0)
            text += QStringLiteral("，每层至少 %1 件").arg(min);
        return text;
    }
    return QStringLiteral("每层抽取 %1 件").arg(spec.value(QStringLiteral("count")).toInt());
}

// Per stratum from the drawn list alone: must-include and random counts.
std::vector<StratumSummary> fromDrawn(const DrawRecord &draw)
{
    std::map<QString, StratumSummary> by;
    for (const DrawnMember &m : draw.drawn) {
        StratumSummary &s = by[m.stratum];
        s.name = m.stratum;
        if (m.mustInclude)
            ++s.mustInclude;
        else
            ++s.drawnAtRandom;
    }
    std::vector<StratumSummary> out;
    for (auto &[name, s] : by)
        out.push_back(s);
    return out;
}
} // namespace

namespace DrawRecordBuilder {
ReportDocument build(const CampaignRecord &campaign, const DrawRecord &draw, const std::optional<std::vector<StratumSummary>> &strata)
{
    ReportDocument doc;
    doc.kind = ReportKind::DrawRecord;
    doc.title = QStringLiteral("行政执法案卷评查抽取记录");
    doc.subtitle = campaign.name;
    for (const DrawnMember &m : draw.drawn)
        if (m.caseId)
            doc.caseIds.push_back(*m.caseId);

    const QJsonObject &spec = draw.spec;
    const QStringList columns = strings(spec.value(QStringLiteral("strata")));
    doc.blocks.push_back(
        KeyValueBlock{{{QStringLiteral("评查活动"), campaign.name},
                       {QStringLiteral("活动编号"), QString::number(campaign.id)},
                       {QStringLiteral("评查标准"), QStringLiteral("%1 第 %2 版").arg(campaign.standardId).arg(campaign.standardVersion)},
                       {QStringLiteral("抽取编号"), QString::number(draw.id)},
                       {QStringLiteral("抽取时间"), when(draw.drawnAt)},
                       {QStringLiteral("抽取人"), draw.drawnBy},
                       {QStringLiteral("见证人"), joined(draw.witnesses)},
                       {QStringLiteral("抽取总数"), QStringLiteral("%1 件").arg(draw.drawn.size())}},
                      2});

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("一、抽取方法")});
    doc.blocks.push_back(KeyValueBlock{
        {{QStringLiteral("算法"), draw.algorithm},
         {QStringLiteral("随机种子"), spec.value(QStringLiteral("seed")).toString()},
         {QStringLiteral("分层依据"), columns.isEmpty() ? QStringLiteral("不分层（全部）") : columns.join(QStringLiteral(" / "))},
         {QStringLiteral("抽取数量"), quotaText(spec)},
         {QStringLiteral("必抽标记"), joined(strings(spec.value(QStringLiteral("must_include"))))},
         {QStringLiteral("排除标记"), joined(strings(spec.value(QStringLiteral("exclude"))))}},
        1});
    doc.blocks.push_back(
        ParagraphBlock{QStringLiteral("抽取对象为活动总体清单（%1 件，按案号规范排列），其 SHA-256 为 %2。"
                                      "每件案卷的排序值为“随机种子 + 换行 + 案号”的 UTF-8 字节的 SHA-256（小写十六进制）；"
                                      "各层内排序值最小的若干件按应抽数量抽中，带必抽标记的案卷另行全部抽中，带排除标记的不参与抽取。"
                                      "任何人可据本记录重新计算：casereview-cli campaign verify-draw %3 --draw %4。")
                           .arg(draw.populationSize)
                           .arg(draw.populationSha256)
                           .arg(campaign.id)
                           .arg(draw.id),
                       ParagraphStyle::Note});

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("二、分层抽取情况")});
    if (!strata)
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("注意：活动总体清单在抽取后已变动，其 SHA-256 与本记录不符；"
                                                           "下表仅按抽中清单统计，总体和应抽数量无法复核。"),
                                            ParagraphStyle::Strong});
    TableBlock table;
    table.columns = {{QStringLiteral("层"), 4},
                     {QStringLiteral("总体"), 1, CellAlign::Right},
                     {QStringLiteral("排除"), 1, CellAlign::Right},
                     {QStringLiteral("应抽"), 1, CellAlign::Right},
                     {QStringLiteral("随机抽中"), 1.3, CellAlign::Right},
                     {QStringLiteral("必抽"), 1, CellAlign::Right},
                     {QStringLiteral("合计"), 1, CellAlign::Right}};
    const std::vector<StratumSummary> rows = strata ? *strata : fromDrawn(draw);
    StratumSummary total;
    for (const StratumSummary &s : rows) {
        const QString unknown = QStringLiteral("—");
        table.rows.push_back({{s.name, strata ? QString::number(s.size) : unknown, strata ? QString::number(s.excluded) : unknown,
                               strata ? QString::number(s.quota) : unknown, QString::number(s.drawnAtRandom),
                               QString::number(s.mustInclude), QString::number(s.drawnAtRandom + s.mustInclude)}});
        total.size += s.size;
        total.excluded += s.excluded;
        total.quota += s.quota;
        total.drawnAtRandom += s.drawnAtRandom;
        total.mustInclude += s.mustInclude;
    }
    const QString dash = QStringLiteral("—");
    table.rows.push_back(
        {{QStringLiteral("合计"), strata ? QString::number(total.size) : dash, strata ? QString::number(total.excluded) : dash,
          strata ? QString::number(total.quota) : dash, QString::number(total.drawnAtRandom), QString::number(total.mustInclude),
          QString::number(total.drawnAtRandom + total.mustInclude)},
         true});
    doc.blocks.push_back(table);
    if (!draw.warnings.isEmpty()) {
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("抽取时的提示："), ParagraphStyle::Strong});
        for (const QString &w : draw.warnings)
            doc.blocks.push_back(ParagraphBlock{QStringLiteral("· ") + w, ParagraphStyle::Note});
    }

    doc.blocks.push_back(HeadingBlock{2, QStringLiteral("三、抽中案卷清单")});
    TableBlock list;
    list.columns = {{QStringLiteral("序号"), 0.8, CellAlign::Center},
                    {QStringLiteral("案号"), 3.4},
                    {QStringLiteral("层"), 3},
                    {QStringLiteral("方式"), 1, CellAlign::Center},
                    {QStringLiteral("排序值（前 16 位）"), 2.4}};
    int n = 0;
    for (const DrawnMember &m : draw.drawn)
        list.rows.push_back(
            {{QString::number(++n), m.caseNo.isEmpty() ? m.key : m.caseNo, m.stratum,
              m.mustInclude ? QStringLiteral("必抽") : QStringLiteral("随机"), m.mustInclude ? QString() : m.rank.left(16)}});
    doc.blocks.push_back(list);
    doc.blocks.push_back(
        SignatureBlock{{QStringLiteral("抽取人"), QStringLiteral("见证人"), QStringLiteral("监督人")}, ReportText::isoDate(draw.drawnAt)});
    return doc;
}
} // namespace DrawRecordBuilder

} // namespace casereview
