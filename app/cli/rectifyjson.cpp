// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectifyjson.h"

#include "rectification/rectificationrules.h"

using namespace casereview;

namespace RectifyJson {
QJsonObject item(const RectificationItem &i, const QDate &today)
{
    QJsonArray pages;
    for (int p : i.pages())
        pages.append(p);
    QJsonArray cases;
    for (qint64 c : i.caseIds())
        cases.append(c);
    QJsonArray sources;
    for (const RectificationSource &s : i.sources)
        sources.append(QJsonObject{{QStringLiteral("key"), s.key},
                                   {QStringLiteral("kind"), RectificationKeys::sourceKind(s.kind)},
                                   {QStringLiteral("case_id"), s.caseId},
                                   {QStringLiteral("item"), s.standardItem},
                                   {QStringLiteral("rule"), s.rule}});
    QJsonValue withdrawal;  // null unless withdrawn
    if (i.withdrawal)
        withdrawal = QJsonObject{{QStringLiteral("from"), RectificationKeys::status(i.withdrawal->from)},
                                 {QStringLiteral("reason"), i.withdrawal->reason},
                                 {QStringLiteral("at"), i.withdrawal->at},
                                 {QStringLiteral("by"), i.withdrawal->by}};
    // A withdrawn item has no colour: "none".
    const QString color = i.withdrawal ? QStringLiteral("none") : RectificationKeys::light(RectificationRules::light(i, today));
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("case_id"), i.caseId},
            {QStringLiteral("agency"), i.agency},
            {QStringLiteral("problem"), i.problem},
            {QStringLiteral("legal_basis"), i.legalBasis},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("deadline"), i.deadline.toString(Qt::ISODate)},
            {QStringLiteral("status"), RectificationKeys::status(i.status)},
            {QStringLiteral("overdue"), RectificationRules::isOverdue(i, today)},
            {QStringLiteral("color"), color},
            {QStringLiteral("status_zh"), RectificationKeys::statusZh(i.status)},
            {QStringLiteral("kind"), RectificationKeys::kind(i.kind)},
            {QStringLiteral("veto"), i.veto},
            {QStringLiteral("contact"), i.contact},
            {QStringLiteral("case_ids"), cases},
            {QStringLiteral("days_left"), RectificationRules::daysLeft(i, today)},
            {QStringLiteral("attachments"), i.attachmentCount},
            {QStringLiteral("superseded_attachments"), i.supersededCount},
            {QStringLiteral("withdrawal"), withdrawal},
            {QStringLiteral("rechecks"), i.recheckCount},
            {QStringLiteral("sources"), sources}};
}

QJsonArray items(const std::vector<RectificationItem> &list, const QDate &today)
{
    QJsonArray arr;
    for (const RectificationItem &i : list)
        arr.append(item(i, today));
    return arr;
}

QJsonObject attachment(const RectificationAttachment &a)
{
    QJsonValue superseded;  // null while the attachment is current evidence
    if (a.superseded)
        superseded = QJsonObject{{QStringLiteral("reason"), a.superseded->reason},
                                 {QStringLiteral("at"), a.superseded->at},
                                 {QStringLiteral("by"), a.superseded->by},
                                 {QStringLiteral("replaced_by"), a.superseded->replacedBy ? QJsonValue(*a.superseded->replacedBy) : QJsonValue()}};
    return {{QStringLiteral("id"), a.id},          {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime_type"), a.mimeType}, {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256},  {QStringLiteral("note"), a.note},
            {QStringLiteral("added_at"), a.addedAt}, {QStringLiteral("added_by"), a.addedBy},
            {QStringLiteral("superseded"), superseded}};
}

QJsonObject recheck(const RectificationRecheck &r)
{
    QJsonArray linked;
    for (qint64 c : r.linkedCases)
        linked.append(c);
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("result"), RectificationKeys::result(r.result)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("checked_on"), r.checkedOn.toString(Qt::ISODate)},
            {QStringLiteral("linked_cases"), linked},
            {QStringLiteral("recurred"), r.recurred ? QJsonValue(*r.recurred) : QJsonValue()},
            {QStringLiteral("by"), r.by}};
}
} // namespace RectifyJson
