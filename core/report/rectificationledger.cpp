// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationledger.h"

#include "rectification/rectificationrules.h"

#include <algorithm>

namespace casereview {

namespace RectificationLedger {
namespace {
QString pagesText(const RectificationItem &i)
{
    QStringList pages;
    for (int p : i.pages())
        pages << QString::number(p);
    return pages.join(QStringLiteral("、"));
}

QString casesText(const RectificationItem &i, const std::map<qint64, QString> &numbers)
{
    QStringList out;
    for (qint64 id : i.caseIds()) {
        const auto it = numbers.find(id);
        out << (it == numbers.end() || it->second.isEmpty() ? QStringLiteral("案卷%1").arg(id) : it->second);
    }
    return out.join(QStringLiteral("；"));
}

QString agencyText(const QString &agency) { return agency.isEmpty() ? QStringLiteral("（未识别执法机关）") : agency; }

QString dateZh(const QDate &d) { return d.toString(QStringLiteral("yyyy年M月d日")); }

bool withdrawn(const RectificationItem &i) { return i.status == RectificationStatus::Withdrawn; }

// A withdrawn item has no colour: it is listed (when asked for) but counts nowhere.
QString itemLightZh(const RectificationItem &i, const QDate &today)
{
    return withdrawn(i) ? QStringLiteral("—") : lightZh(RectificationRules::light(i, today));
}

std::vector<RectificationItem> sorted(const Input &input)
{
    std::vector<RectificationItem> items = input.items;
    std::sort(items.begin(), items.end(),
              [&](const auto &a, const auto &b) { return RectificationRules::moreUrgent(a, b, input.today); });
    return items;
}
} // namespace

QString lightZh(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green: return QStringLiteral("绿");
    case TrafficLight::Yellow: return QStringLiteral("黄");
    case TrafficLight::Red: return QStringLiteral("红");
    }
    return {};
}

ExportTable table(const Input &input)
{
    ExportTable t;
    t.sheetName = QStringLiteral("整改台账");
    t.columns = {{QStringLiteral("编号"), ColumnType::Integer},     {QStringLiteral("三色"), ColumnType::Text},
                 {QStringLiteral("状态"), ColumnType::Text},        {QStringLiteral("执法机关"), ColumnType::Text},
                 {QStringLiteral("联系人"), ColumnType::Text},      {QStringLiteral("案卷ID"), ColumnType::Integer},
                 {QStringLiteral("案号"), ColumnType::Text},        {QStringLiteral("问题"), ColumnType::Text},
                 {QStringLiteral("法律依据"), ColumnType::Text},    {QStringLiteral("证据页码"), ColumnType::Text},
                 {QStringLiteral("整改类别"), ColumnType::Text},    {QStringLiteral("否决项"), ColumnType::Text},
                 {QStringLiteral("整改期限"), ColumnType::Date},    {QStringLiteral("剩余天数"), ColumnType::Integer},
                 {QStringLiteral("是否逾期"), ColumnType::Text},    {QStringLiteral("附件数"), ColumnType::Integer},
                 {QStringLiteral("复查次数"), ColumnType::Integer}, {QStringLiteral("生成时间"), ColumnType::Text},
                 {QStringLiteral("撤销原因"), ColumnType::Text}};
    for (const RectificationItem &i : input.items) {
        const bool owes = RectificationRules::agencyOwes(i.status);
        t.rows.push_back({i.id, itemLightZh(i, input.today), RectificationKeys::statusZh(i.status),
                          i.agency, i.contact, i.caseId, casesText(i, input.caseNumbers), i.problem, i.legalBasis,
                          pagesText(i), RectificationKeys::kindZh(i.kind), i.veto ? QStringLiteral("是") : QStringLiteral("否"),
                          i.deadline.isValid() ? QVariant(i.deadline) : QVariant(),
                          owes ? QVariant(RectificationRules::daysLeft(i, input.today)) : QVariant(),
                          RectificationRules::isOverdue(i, input.today) ? QStringLiteral("是") : QStringLiteral("否"),
                          i.attachmentCount, i.recheckCount, i.createdAt.left(10),
                          i.withdrawal ? i.withdrawal->reason : QString()});
    }
    return t;
}

ReportDocument document(const Input &input)
{
    ReportDocument doc;
    doc.kind = ReportKind::RectificationLedger;
    doc.title = QStringLiteral("行政执法案卷评查整改台账");
    const auto withdrawnCount = std::count_if(input.items.begin(), input.items.end(), withdrawn);
    doc.subtitle = QStringLiteral("统计日期：%1　共%2项").arg(dateZh(input.today)).arg(qint64(input.items.size()) - withdrawnCount);
    if (withdrawnCount)
        doc.subtitle += QStringLiteral("（另列已撤销%1项，不计入统计）").arg(withdrawnCount);
    for (const RectificationItem &i : input.items)
        for (qint64 c : i.caseIds())
            if (std::find(doc.caseIds.begin(), doc.caseIds.end(), c) == doc.caseIds.end())
                doc.caseIds.push_back(c);
    std::sort(doc.caseIds.begin(), doc.caseIds.end());

    const RectificationRules::LightSummary all = RectificationRules::summarize(input.items, input.today);
    doc.blocks.push_back(ParagraphBlock{
        QStringLiteral("整改事项共%1项：红色%2项、黄色%3项、绿色%4项；未销号%5项，其中逾期%6项。"
                       "红色为逾期、否决项问题或复查未通过；黄色为期限内整改中；绿色为复查通过已销号。")
            .arg(all.total())
            .arg(all.red)
            .arg(all.yellow)
            .arg(all.green)
            .arg(all.open)
            .arg(all.overdue)});

    doc.blocks.push_back(HeadingBlock{1, QStringLiteral("一、各执法机关整改情况")});
    TableBlock agencies;
    agencies.columns = {{QStringLiteral("执法机关"), 3}, {QStringLiteral("三色"), 0.8, CellAlign::Center},
                        {QStringLiteral("事项"), 0.8, CellAlign::Right}, {QStringLiteral("未销号"), 0.8, CellAlign::Right},
                        {QStringLiteral("逾期"), 0.8, CellAlign::Right}, {QStringLiteral("已销号"), 0.8, CellAlign::Right}};
    const auto perAgency = RectificationRules::perAgency(input.items, input.today);
    std::vector<std::pair<QString, RectificationRules::LightSummary>> rows;
    for (auto it = perAgency.begin(); it != perAgency.end(); ++it)
        rows.emplace_back(it.key(), it.value());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tuple(-int(a.second.light), -a.second.overdue) < std::tuple(-int(b.second.light), -b.second.overdue);
    });
    for (const auto &[agency, s] : rows)
        agencies.rows.push_back({{agencyText(agency), lightZh(s.light), QString::number(s.total()), QString::number(s.open),
                                  QString::number(s.overdue), QString::number(s.total() - s.open)}});
    agencies.rows.push_back({{QStringLiteral("合计"), lightZh(all.light), QString::number(all.total()), QString::number(all.open),
                              QString::number(all.overdue), QString::number(all.total() - all.open)},
                             true});
    doc.blocks.push_back(agencies);

    doc.blocks.push_back(HeadingBlock{1, QStringLiteral("二、整改事项明细")});
    TableBlock detail;
    detail.columns = {{QStringLiteral("编号"), 0.6, CellAlign::Right}, {QStringLiteral("三色"), 0.7, CellAlign::Center},
                      {QStringLiteral("执法机关"), 1.5},              {QStringLiteral("案号"), 1.4},
                      {QStringLiteral("问题"), 3.2},                  {QStringLiteral("整改期限"), 1.5},
                      {QStringLiteral("状态"), 0.9}};
    for (const RectificationItem &i : sorted(input)) {
        QString deadline = i.deadline.toString(Qt::ISODate);
        if (RectificationRules::isOverdue(i, input.today))
            deadline += QStringLiteral("（逾期%1天）").arg(-RectificationRules::daysLeft(i, input.today));
        QString problem = i.problem;
        if (!i.legalBasis.isEmpty())
            problem += QStringLiteral("（%1）").arg(i.legalBasis);
        if (i.veto)
            problem = QStringLiteral("【否决项】") + problem;
        if (i.withdrawal)
            problem += QStringLiteral("【已撤销：%1，%2，%3】").arg(i.withdrawal->reason, i.withdrawal->by, i.withdrawal->at.left(10));
        detail.rows.push_back({{QString::number(i.id), itemLightZh(i, input.today), agencyText(i.agency),
                                casesText(i, input.caseNumbers), problem, deadline, RectificationKeys::statusZh(i.status)}});
    }
    if (detail.rows.empty())
        doc.blocks.push_back(ParagraphBlock{QStringLiteral("暂无整改事项。"), ParagraphStyle::Note});
    else
        doc.blocks.push_back(detail);
    return doc;
}
} // namespace RectificationLedger

} // namespace casereview
