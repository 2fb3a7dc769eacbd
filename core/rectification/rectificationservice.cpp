// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationservice.h"

#include "rectificationattachments.h"
#include "rectificationerror.h"
#include "rectificationrules.h"
#include "rectificationsources.h"
#include "rectificationworkflow.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace casereview {

namespace {
using Err = RectificationError;
[[noreturn]] void refuse(Err::Kind kind, const QString &message) { throw RectificationError(kind, message); }

const QString kEntity = QStringLiteral("rectification");

QJsonArray intArray(const std::vector<int> &v)
{
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}

QJsonArray idArray(const std::vector<qint64> &v)
{
    QJsonArray a;
    for (qint64 i : v)
        a.append(i);
    return a;
}

QJsonObject itemJson(const RectificationItem &i)
{
    QJsonArray sources;
    for (const RectificationSource &s : i.sources)
        sources.append(s.key);
    return {{QStringLiteral("case_id"), i.caseId},
            {QStringLiteral("agency"), i.agency},
            {QStringLiteral("problem"), i.problem},
            {QStringLiteral("legal_basis"), i.legalBasis},
            {QStringLiteral("kind"), RectificationKeys::kind(i.kind)},
            {QStringLiteral("veto"), i.veto},
            {QStringLiteral("deadline"), i.deadline.toString(Qt::ISODate)},
            {QStringLiteral("status"), RectificationKeys::status(i.status)},
            {QStringLiteral("pages"), intArray(i.pages())},
            {QStringLiteral("sources"), sources}};
}

QJsonObject statusJson(RectificationStatus s) { return {{QStringLiteral("status"), RectificationKeys::status(s)}}; }

QDate decisionDate(const std::optional<CaseRecord> &c)
{
    if (!c)
        return {};
    const auto it = c->analysis.fields.dates.find(QStringLiteral("decision"));
    return it == c->analysis.fields.dates.end() ? QDate() : it->second.value;
}

} // namespace

RectificationService::RectificationService(Database &db, QObject *parent, std::function<QDate()> today)
    : QObject(parent), m_db(db), m_today(std::move(today))
{
}

QDate RectificationService::today() const { return m_today ? m_today() : QDate::currentDate(); }

bool RectificationService::available() { return RectificationRepository(m_db).available(); }

RectificationService::CreateResult RectificationService::create(const CreateRequest &request)
{
    if (request.reviewIds.empty() && request.caseIds.empty())
        refuse(Err::Kind::Invalid, QStringLiteral("name a signed review or a case to create rectification items from"));
    if (request.actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("creating rectification items needs the name of who creates them"));
    const QDate deadline = request.deadline.value_or(today().addDays(RectificationRules::kDefaultDeadlineDays));
    if (!deadline.isValid())
        refuse(Err::Kind::Invalid, QStringLiteral("the deadline is not a valid date"));

    Transaction tx(m_db);
    RectificationRepository repo(m_db);
    CreateResult result;
    const RectificationPlanner::Input input =
        RectificationSources::read(m_db, request.reviewIds, request.caseIds, request.allFindings, &result.casesWithoutSignedReview);
    RectificationPlanner::Plan plan = RectificationPlanner::plan(input, repo.trackedKeys(), request.grouping, deadline);
    result.alreadyTracked = plan.alreadyTracked;
    AuditRepository audit(m_db);
    for (RectificationItem &item : plan.items) {
        item.createdBy = request.actor;
        item.id = repo.insert(item);
        audit.append(request.actor, kEntity, QString::number(item.id), QStringLiteral("create"), {}, itemJson(item));
    }
    tx.commit();
    for (const RectificationItem &item : plan.items) {
        result.created.push_back(*repo.get(item.id));
        emit changed(ChangeKind::Created, item.id);
    }
    return result;
}

void RectificationService::applyStatus(const RectificationItem &item, RectificationStatus to, const QString &note,
                                       const QString &actor, const QString &action)
{
    RectificationRepository(m_db).setStatus(item.id, to);
    QJsonObject after = statusJson(to);
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    AuditRepository(m_db).append(actor, kEntity, QString::number(item.id), action, statusJson(item.status), after);
}

RectificationItem RectificationService::changeStatus(qint64 itemId, const StatusChange &change)
{
    if (change.actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("a status change needs the name of who makes it"));
    std::vector<RectificationAttachments::File> files;
    for (const QString &path : change.attachFiles)
        files.push_back(RectificationAttachments::read(path));

    if (change.to == RectificationStatus::Withdrawn)
        refuse(Err::Kind::Invalid, QStringLiteral("item %1: withdraw an item with its reason (rectify withdraw ID --reason TEXT)").arg(itemId));
    Transaction tx(m_db);
    const RectificationItem before = openItem(itemId);
    const RectificationWorkflow::Context ctx{before.attachmentCount + int(files.size()) > 0, !change.note.trimmed().isEmpty()};
    const RectificationWorkflow::Check check = RectificationWorkflow::check(before.status, change.to, ctx);
    if (check != RectificationWorkflow::Check::Allowed) {
        const Err::Kind kind = check == RectificationWorkflow::Check::Unchanged         ? Err::Kind::Unchanged
                               : check == RectificationWorkflow::Check::NeedsAttachment ? Err::Kind::NeedsAttachment
                               : check == RectificationWorkflow::Check::NeedsNote       ? Err::Kind::NeedsNote
                                                                                        : Err::Kind::Illegal;
        refuse(kind, QStringLiteral("item %1: %2").arg(itemId).arg(RectificationWorkflow::explain(before.status, change.to, check)));
    }
    for (const RectificationAttachments::File &f : files)
        RectificationAttachments(m_db).store(itemId, f, {}, change.actor);
    const RectificationWorkflow::Transition *t = RectificationWorkflow::find(before.status, change.to);
    if (t->recheck) {
        RectificationRecheck r;
        r.itemId = itemId;
        r.result = change.to == RectificationStatus::Closed ? RecheckResult::Pass : RecheckResult::Fail;
        r.note = change.note.trimmed();
        r.checkedOn = today();
        r.by = change.actor;
        const qint64 recheckId = RectificationRepository(m_db).addRecheck(r);
        AuditRepository(m_db).append(change.actor, kEntity, QString::number(itemId), QStringLiteral("recheck"), {},
                                     QJsonObject{{QStringLiteral("recheck_id"), recheckId},
                                                 {QStringLiteral("result"), RectificationKeys::result(r.result)},
                                                 {QStringLiteral("note"), r.note},
                                                 {QStringLiteral("checked_on"), r.checkedOn.toString(Qt::ISODate)}});
    }
    applyStatus(before, change.to, change.note.trimmed(), change.actor, QStringLiteral("status"));
    tx.commit();
    if (!files.empty())
        emit changed(ChangeKind::Attachment, itemId);
    emit changed(ChangeKind::Status, itemId);
    return item(itemId);
}

RectificationAttachment RectificationService::attach(qint64 itemId, const QString &filePath, const QString &note,
                                                     const QString &actor)
{
    if (actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("attaching a file needs the name of who attaches it"));
    const RectificationAttachments::File file = RectificationAttachments::read(filePath);
    Transaction tx(m_db);
    openItem(itemId);
    RectificationAttachments(m_db).store(itemId, file, note, actor);
    tx.commit();
    emit changed(ChangeKind::Attachment, itemId);
    return attachments(itemId).back();
}

RectificationItem RectificationService::recheck(qint64 itemId, const RecheckRequest &request)
{
    if (request.actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("a re-check needs the name of who does it"));
    if (request.note.trimmed().isEmpty())
        refuse(Err::Kind::NeedsNote, QStringLiteral("item %1: a re-check needs a note (--note TEXT)").arg(itemId));
    if (request.result == RecheckResult::Pass && request.recurred.value_or(false))
        refuse(Err::Kind::Invalid, QStringLiteral("item %1: a re-check that found the problem recurred cannot pass").arg(itemId));

    Transaction tx(m_db);
    const RectificationItem before = openItem(itemId);
    const std::optional<RectificationStatus> to = RectificationWorkflow::afterRecheck(before.status, request.result);
    if (!to)
        refuse(Err::Kind::Illegal, QStringLiteral("item %1 is %2 (%3): only a reported item, or a closed one in a later "
                                                  "回头看, can be re-checked")
                                       .arg(itemId)
                                       .arg(RectificationKeys::status(before.status), RectificationKeys::statusZh(before.status)));
    if (*to == RectificationStatus::Closed && before.status != RectificationStatus::Closed && before.attachmentCount == 0)
        refuse(Err::Kind::NeedsAttachment,
               QStringLiteral("item %1: %2").arg(itemId).arg(RectificationWorkflow::explain(before.status, *to,
                                                                                          RectificationWorkflow::Check::NeedsAttachment)));

    CaseRepository cases(m_db);
    const std::vector<qint64> own = before.caseIds();
    const auto original = cases.get(before.caseId);
    const QDate originalDate = decisionDate(original);
    std::vector<qint64> linked;
    for (qint64 caseId : request.linkedCases) {
        if (std::find(own.begin(), own.end(), caseId) != own.end())
            refuse(Err::Kind::Invalid, QStringLiteral("case %1 is the item's own case; link newer cases of the agency").arg(caseId));
        const auto c = cases.get(caseId);
        if (!c)
            refuse(Err::Kind::NotFound, QStringLiteral("no case %1 in the store").arg(caseId));
        const QString agency = c->analysis.fields.agency ? c->analysis.fields.agency->value : QString();
        if (agency != before.agency)
            refuse(Err::Kind::Invalid, QStringLiteral("case %1 is from %2, not from %3; a re-check links cases of the same agency")
                                           .arg(caseId)
                                           .arg(agency.isEmpty() ? QStringLiteral("an unknown agency") : agency,
                                                before.agency.isEmpty() ? QStringLiteral("the item's (unknown) agency") : before.agency));
        const QDate date = decisionDate(c);
        if (originalDate.isValid() && date.isValid() && date <= originalDate)
            refuse(Err::Kind::Invalid, QStringLiteral("case %1 was decided on %2, not after the item's case (%3); link newer cases")
                                           .arg(caseId)
                                           .arg(date.toString(Qt::ISODate), originalDate.toString(Qt::ISODate)));
        if (std::find(linked.begin(), linked.end(), caseId) == linked.end())
            linked.push_back(caseId);
    }

    RectificationRecheck r;
    r.itemId = itemId;
    r.result = request.result;
    r.note = request.note.trimmed();
    r.checkedOn = request.checkedOn.isValid() ? request.checkedOn : today();
    r.linkedCases = linked;
    r.recurred = request.recurred;
    r.by = request.actor;
    const qint64 recheckId = RectificationRepository(m_db).addRecheck(r);
    QJsonObject after{{QStringLiteral("recheck_id"), recheckId},
                      {QStringLiteral("result"), RectificationKeys::result(r.result)},
                      {QStringLiteral("note"), r.note},
                      {QStringLiteral("checked_on"), r.checkedOn.toString(Qt::ISODate)}};
    if (!linked.empty())
        after.insert(QStringLiteral("linked_cases"), idArray(linked));
    if (r.recurred)
        after.insert(QStringLiteral("recurred"), *r.recurred);
    AuditRepository(m_db).append(request.actor, kEntity, QString::number(itemId), QStringLiteral("recheck"), {}, after);
    if (*to != before.status)
        applyStatus(before, *to, r.note, request.actor, QStringLiteral("status"));
    tx.commit();
    emit changed(ChangeKind::Recheck, itemId);
    return item(itemId);
}

RectificationItem RectificationService::editDetails(qint64 itemId, const QString &contact, RectificationKind kind,
                                                    const QDate &deadline, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("editing an item needs the name of who edits it"));
    if (!deadline.isValid())
        refuse(Err::Kind::Invalid, QStringLiteral("the deadline is not a valid date"));
    Transaction tx(m_db);
    const RectificationItem before = openItem(itemId);
    if (before.contact == contact && before.kind == kind && before.deadline == deadline)
        return before;
    RectificationRepository(m_db).setDetails(itemId, contact, kind, deadline);
    auto details = [](const QString &c, RectificationKind k, const QDate &d) {
        return QJsonObject{{QStringLiteral("contact"), c},
                           {QStringLiteral("kind"), RectificationKeys::kind(k)},
                           {QStringLiteral("deadline"), d.toString(Qt::ISODate)}};
    };
    AuditRepository(m_db).append(actor, kEntity, QString::number(itemId), QStringLiteral("edit"),
                                 details(before.contact, before.kind, before.deadline), details(contact, kind, deadline));
    tx.commit();
    emit changed(ChangeKind::Details, itemId);
    return item(itemId);
}

RectificationItem RectificationService::withdraw(qint64 itemId, const QString &reason, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("withdrawing an item needs the name of who withdraws it (--by NAME)"));
    if (reason.trimmed().isEmpty())
        refuse(Err::Kind::NeedsReason, QStringLiteral("item %1: withdrawing an item needs a reason (--reason TEXT)").arg(itemId));
    Transaction tx(m_db);
    const RectificationItem before = openItem(itemId);
    if (!RectificationWorkflow::canWithdraw(before.status))
        refuse(Err::Kind::Illegal, QStringLiteral("item %1 is %2 (%3): a closed item records the agency's work and a passed "
                                                  "re-check and cannot be withdrawn; a later 回头看 can reopen it")
                                       .arg(itemId)
                                       .arg(RectificationKeys::status(before.status), RectificationKeys::statusZh(before.status)));
    RectificationRepository(m_db).withdraw(itemId, reason.trimmed(), actor.trimmed());
    QJsonArray released;
    for (const RectificationSource &s : before.sources)
        released.append(s.key);
    AuditRepository(m_db).append(actor.trimmed(), kEntity, QString::number(itemId), QStringLiteral("withdraw"), statusJson(before.status),
                                 QJsonObject{{QStringLiteral("status"), RectificationKeys::status(RectificationStatus::Withdrawn)},
                                             {QStringLiteral("reason"), reason.trimmed()},
                                             {QStringLiteral("released_sources"), released}});
    tx.commit();
    emit changed(ChangeKind::Status, itemId);
    return item(itemId);
}

RectificationAttachment RectificationService::supersedeAttachment(qint64 itemId, qint64 attachmentId, const SupersedeRequest &request)
{
    if (request.actor.trimmed().isEmpty())
        refuse(Err::Kind::Invalid, QStringLiteral("superseding an attachment needs the name of who does it (--by NAME)"));
    if (request.reason.trimmed().isEmpty())
        refuse(Err::Kind::NeedsReason, QStringLiteral("attachment %1: superseding an attachment needs a reason (--reason TEXT)").arg(attachmentId));
    std::optional<RectificationAttachments::File> replacement;
    if (!request.replacementFile.isEmpty())
        replacement = RectificationAttachments::read(request.replacementFile);

    Transaction tx(m_db);
    const RectificationItem owner = openItem(itemId);
    RectificationAttachments(m_db).supersede(owner, attachmentId, request.reason.trimmed(), request.actor.trimmed(), replacement);
    tx.commit();
    emit changed(ChangeKind::Attachment, itemId);
    return *RectificationRepository(m_db).attachment(attachmentId);
}

RectificationItem RectificationService::openItem(qint64 itemId)
{
    RectificationItem i = item(itemId);
    if (i.withdrawal)
        refuse(Err::Kind::Withdrawn, QStringLiteral("item %1 was withdrawn on %2 by %3 (%4); a withdrawn item is final")
                                         .arg(itemId)
                                         .arg(i.withdrawal->at.left(10), i.withdrawal->by, i.withdrawal->reason));
    return i;
}

RectificationItem RectificationService::item(qint64 itemId)
{
    if (auto i = RectificationRepository(m_db).get(itemId))
        return *i;
    refuse(Err::Kind::NotFound, QStringLiteral("no rectification item %1 in the store").arg(itemId));
}

std::vector<RectificationItem> RectificationService::items(const RectificationFilter &filter)
{
    return RectificationRepository(m_db).list(filter);
}

std::vector<RectificationAttachment> RectificationService::attachments(qint64 itemId)
{
    return RectificationRepository(m_db).attachments(itemId);
}

QByteArray RectificationService::attachmentData(qint64 attachmentId)
{
    return RectificationRepository(m_db).attachmentData(attachmentId);
}

std::vector<RectificationRecheck> RectificationService::rechecks(qint64 itemId)
{
    return RectificationRepository(m_db).rechecks(itemId);
}

std::vector<AuditEntry> RectificationService::history(qint64 itemId)
{
    return AuditRepository(m_db).list(kEntity, QString::number(itemId));
}

RectificationLedgerInput RectificationService::ledgerInput(const RectificationFilter &filter)
{
    RectificationLedgerInput input;
    input.today = today();
    input.items = items(filter);
    for (const CaseSummary &c : CaseRepository(m_db).list())
        input.caseNumbers[c.id] = c.caseNo.isEmpty() ? c.fileName : c.caseNo;
    return input;
}

} // namespace casereview
