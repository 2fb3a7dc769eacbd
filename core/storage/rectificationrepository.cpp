// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationrepository.h"

#include "database.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace casereview {

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString isoDate(const QDate &d) { return d.toString(Qt::ISODate); }
QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString pagesJson(const std::vector<int> &pages)
{
    QJsonArray arr;
    for (int p : pages)
        arr.append(p);
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

std::vector<int> pagesFromJson(const QString &json)
{
    std::vector<int> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.push_back(v.toInt());
    return out;
}

const char *const kItemSelect =
    "SELECT i.id, i.case_id, i.agency, i.contact, i.problem, i.legal_basis, i.kind, i.veto, i.deadline, i.status, "
    "i.created_at, i.created_by, i.updated_at, "
    "(SELECT count(*) FROM rectification_attachments a WHERE a.item_id = i.id "
    " AND NOT EXISTS (SELECT 1 FROM rectification_supersessions x WHERE x.attachment_id = a.id)), "
    "(SELECT count(*) FROM rectification_rechecks r WHERE r.item_id = i.id), "
    "(SELECT r.result FROM rectification_rechecks r WHERE r.item_id = i.id ORDER BY r.id DESC LIMIT 1), "
    "w.item_id, w.reason, w.at, w.by, "
    "(SELECT count(*) FROM rectification_attachments a JOIN rectification_supersessions x ON x.attachment_id = a.id "
    " WHERE a.item_id = i.id) "
    "FROM rectification_items i LEFT JOIN rectification_withdrawals w ON w.item_id = i.id ";

RectificationItem readItem(const Statement &st)
{
    RectificationItem i;
    i.id = st.int64(0);
    i.caseId = st.int64(1);
    i.agency = st.text(2);
    i.contact = st.text(3);
    i.problem = st.text(4);
    i.legalBasis = st.text(5);
    i.kind = RectificationKeys::kindFrom(st.text(6)).value_or(RectificationKind::Systemic);
    i.veto = st.int64(7) != 0;
    i.deadline = QDate::fromString(st.text(8), Qt::ISODate);
    i.status = RectificationKeys::statusFrom(st.text(9)).value_or(RectificationStatus::Pending);
    i.createdAt = st.text(10);
    i.createdBy = st.text(11);
    i.updatedAt = st.text(12);
    i.attachmentCount = int(st.int64(13));
    i.recheckCount = int(st.int64(14));
    i.lastRecheckFailed = st.text(15) == QLatin1String("fail");
    if (!st.isNull(16)) {
        // The status column keeps what the item was when it was withdrawn.
        i.withdrawal = RectificationWithdrawal{i.status, st.text(17), st.text(18), st.text(19)};
        i.status = RectificationStatus::Withdrawn;
    }
    i.supersededCount = int(st.int64(20));
    return i;
}

const char *const kAttachmentSelect =
    "SELECT a.id, a.item_id, a.file_name, a.mime_type, a.size, a.sha256, a.note, a.added_at, a.added_by, "
    "x.attachment_id, x.reason, x.at, x.by, x.replaced_by "
    "FROM rectification_attachments a LEFT JOIN rectification_supersessions x ON x.attachment_id = a.id ";

RectificationAttachment readAttachment(const Statement &st)
{
    RectificationAttachment a{st.int64(0), st.int64(1), st.text(2), st.text(3), st.int64(4),
                              st.text(5),  st.text(6),  st.text(7), st.text(8), std::nullopt};
    if (!st.isNull(9)) {
        a.superseded = AttachmentSupersession{st.text(10), st.text(11), st.text(12), std::nullopt};
        if (!st.isNull(13))
            a.superseded->replacedBy = st.int64(13);
    }
    return a;
}
} // namespace

bool RectificationRepository::available()
{
    Statement st = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rectification_items'");
    return st.step();
}

qint64 RectificationRepository::insert(const RectificationItem &item)
{
    const QString at = now();
    m_db.prepare("INSERT INTO rectification_items(case_id, agency, contact, problem, legal_basis, kind, veto, deadline, "
                 "status, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, item.caseId).bind(2, item.agency).bind(3, item.contact).bind(4, item.problem).bind(5, item.legalBasis)
        .bind(6, RectificationKeys::kind(item.kind)).bind(7, item.veto ? 1 : 0).bind(8, isoDate(item.deadline))
        .bind(9, RectificationKeys::status(item.status)).bind(10, at).bind(11, item.createdBy).bind(12, at)
        .exec();
    const qint64 id = m_db.lastInsertId();
    Statement ins = m_db.prepare(
        "INSERT INTO rectification_sources(item_id, seq, source_key, case_id, kind, review_id, standard_item, rule, "
        "fact_key, deduction, pages, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const RectificationSource &s : item.sources) {
        ins.bind(1, id).bind(2, seq++).bind(3, s.key).bind(4, s.caseId).bind(5, RectificationKeys::sourceKind(s.kind))
            .bind(6, s.reviewId).bind(7, s.standardItem).bind(8, s.rule).bind(9, s.factKey).bind(10, s.deduction)
            .bind(11, pagesJson(s.pages)).bind(12, s.quote);
        ins.exec();
        ins.reset();
    }
    return id;
}

namespace {
const char *const kSourceSelect =
    "SELECT item_id, source_key, case_id, kind, review_id, standard_item, rule, fact_key, deduction, pages, quote "
    "FROM rectification_sources ";

RectificationSource readSource(const Statement &src)
{
    RectificationSource s;
    s.key = src.text(1);
    s.caseId = src.int64(2);
    s.kind = RectificationKeys::sourceKindFrom(src.text(3)).value_or(RectificationSourceKind::Deduction);
    if (!src.isNull(4))
        s.reviewId = src.int64(4);
    s.standardItem = src.text(5);
    s.rule = src.text(6);
    s.factKey = src.text(7);
    s.deduction = src.real(8);
    s.pages = pagesFromJson(src.text(9));
    s.quote = src.text(10);
    return s;
}
} // namespace

std::optional<RectificationItem> RectificationRepository::get(qint64 itemId)
{
    Statement st = m_db.prepare((QByteArray(kItemSelect) + "WHERE i.id = ?").constData());
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    RectificationItem item = readItem(st);
    Statement src = m_db.prepare((QByteArray(kSourceSelect) + "WHERE item_id = ? ORDER BY seq").constData());
    src.bind(1, itemId);
    while (src.step())
        item.sources.push_back(readSource(src));
    return item;
}

std::vector<RectificationItem> RectificationRepository::list(const RectificationFilter &filter)
{
    // Two queries whatever the count: the items, then every source, handed to its item.
    Statement st = m_db.prepare(
        (QByteArray(kItemSelect) +
         "WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM rectification_sources s WHERE s.item_id = i.id AND s.case_id = ?1) "
         "OR i.case_id = ?1) AND (?2 = '' OR i.agency = ?2) "
         "AND (CASE WHEN ?3 = 'withdrawn' THEN w.item_id IS NOT NULL "
         "          ELSE (?3 = '' OR i.status = ?3) AND (?4 OR w.item_id IS NULL) END) ORDER BY i.id")
            .constData());
    st.bind(1, filter.caseId).bind(2, filter.agency.isNull() ? QStringLiteral("") : filter.agency)
        .bind(3, filter.status ? RectificationKeys::status(*filter.status) : QStringLiteral(""))
        .bind(4, qint64(filter.includeWithdrawn && !filter.status ? 1 : 0));
    std::vector<RectificationItem> out;
    std::map<qint64, size_t> index;
    while (st.step()) {
        out.push_back(readItem(st));
        index[out.back().id] = out.size() - 1;
    }
    if (out.empty())
        return out;
    Statement src = m_db.prepare((QByteArray(kSourceSelect) + "ORDER BY item_id, seq").constData());
    while (src.step())
        if (const auto it = index.find(src.int64(0)); it != index.end())
            out[it->second].sources.push_back(readSource(src));
    return out;
}

QSet<QString> RectificationRepository::trackedKeys()
{
    QSet<QString> keys;
    Statement st = m_db.prepare("SELECT source_key FROM rectification_sources WHERE released = 0");
    while (st.step())
        keys.insert(st.text(0));
    return keys;
}

QStringList RectificationRepository::agencies()
{
    QStringList out;
    Statement st = m_db.prepare("SELECT DISTINCT agency FROM rectification_items ORDER BY agency");
    while (st.step())
        out << st.text(0);
    return out;
}

void RectificationRepository::setStatus(qint64 itemId, RectificationStatus status)
{
    m_db.prepare("UPDATE rectification_items SET status = ?, updated_at = ? WHERE id = ?")
        .bind(1, RectificationKeys::status(status)).bind(2, now()).bind(3, itemId).exec();
}

void RectificationRepository::setDetails(qint64 itemId, const QString &contact, RectificationKind kind, const QDate &deadline)
{
    m_db.prepare("UPDATE rectification_items SET contact = ?, kind = ?, deadline = ?, updated_at = ? WHERE id = ?")
        .bind(1, contact).bind(2, RectificationKeys::kind(kind)).bind(3, isoDate(deadline)).bind(4, now()).bind(5, itemId)
        .exec();
}

void RectificationRepository::withdraw(qint64 itemId, const QString &reason, const QString &by)
{
    m_db.prepare("INSERT INTO rectification_withdrawals(item_id, reason, at, by) VALUES (?, ?, ?, ?)")
        .bind(1, itemId).bind(2, reason).bind(3, now()).bind(4, by).exec();
    m_db.prepare("UPDATE rectification_sources SET released = 1 WHERE item_id = ?").bind(1, itemId).exec();
    touch(itemId);
}

void RectificationRepository::touch(qint64 itemId)
{
    m_db.prepare("UPDATE rectification_items SET updated_at = ? WHERE id = ?").bind(1, now()).bind(2, itemId).exec();
}

qint64 RectificationRepository::addAttachment(qint64 itemId, const QString &fileName, const QString &mimeType,
                                              const QByteArray &data, const QString &note, const QString &by)
{
    m_db.prepare("INSERT INTO rectification_attachments(item_id, file_name, mime_type, size, sha256, data, note, added_at, "
                 "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, itemId).bind(2, fileName).bind(3, mimeType).bind(4, qint64(data.size())).bind(5, sha256(data))
        .bindBlob(6, data).bind(7, note).bind(8, now()).bind(9, by)
        .exec();
    const qint64 id = m_db.lastInsertId();
    touch(itemId);
    return id;
}

std::vector<RectificationAttachment> RectificationRepository::attachments(qint64 itemId)
{
    Statement st = m_db.prepare((QByteArray(kAttachmentSelect) + "WHERE a.item_id = ? ORDER BY a.id").constData());
    st.bind(1, itemId);
    std::vector<RectificationAttachment> out;
    while (st.step())
        out.push_back(readAttachment(st));
    return out;
}

std::optional<RectificationAttachment> RectificationRepository::attachment(qint64 attachmentId)
{
    Statement st = m_db.prepare((QByteArray(kAttachmentSelect) + "WHERE a.id = ?").constData());
    st.bind(1, attachmentId);
    if (!st.step())
        return std::nullopt;
    return readAttachment(st);
}

void RectificationRepository::supersede(qint64 attachmentId, const QString &reason, const QString &by,
                                        std::optional<qint64> replacedBy)
{
    Statement ins = m_db.prepare("INSERT INTO rectification_supersessions(attachment_id, reason, at, by, replaced_by) "
                                 "VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, attachmentId).bind(2, reason).bind(3, now()).bind(4, by);
    replacedBy ? ins.bind(5, *replacedBy) : ins.bindNull(5);
    ins.exec();
    m_db.prepare("UPDATE rectification_items SET updated_at = ? WHERE id = (SELECT item_id FROM rectification_attachments "
                 "WHERE id = ?)")
        .bind(1, now()).bind(2, attachmentId).exec();
}

QByteArray RectificationRepository::attachmentData(qint64 attachmentId)
{
    Statement st = m_db.prepare("SELECT sha256, size, data FROM rectification_attachments WHERE id = ?");
    st.bind(1, attachmentId);
    if (!st.step())
        throw StorageError(StorageError::Kind::NotFound, QStringLiteral("no attachment %1 in the store").arg(attachmentId));
    QByteArray data = st.blob(2);
    if (data.size() != st.int64(1) || sha256(data) != st.text(0))
        throw StorageError(StorageError::Kind::Integrity,
                           QStringLiteral("attachment %1 is damaged: its SHA-256 no longer matches").arg(attachmentId));
    return data;
}

qint64 RectificationRepository::addRecheck(const RectificationRecheck &r)
{
    Statement ins = m_db.prepare(
        "INSERT INTO rectification_rechecks(item_id, result, note, checked_on, recurred, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, r.itemId).bind(2, RectificationKeys::result(r.result)).bind(3, r.note).bind(4, isoDate(r.checkedOn));
    r.recurred ? ins.bind(5, *r.recurred ? 1 : 0) : ins.bindNull(5);
    ins.bind(6, r.at.isEmpty() ? now() : r.at).bind(7, r.by).exec();
    const qint64 id = m_db.lastInsertId();
    Statement link = m_db.prepare("INSERT INTO rectification_recheck_cases(recheck_id, case_id) VALUES (?, ?)");
    for (qint64 caseId : r.linkedCases) {
        link.bind(1, id).bind(2, caseId).exec();
        link.reset();
    }
    touch(r.itemId);
    return id;
}

std::vector<RectificationRecheck> RectificationRepository::rechecks(qint64 itemId)
{
    Statement st = m_db.prepare(
        "SELECT id, item_id, result, note, checked_on, recurred, at, by FROM rectification_rechecks WHERE item_id = ? ORDER BY id");
    st.bind(1, itemId);
    std::vector<RectificationRecheck> out;
    while (st.step()) {
        RectificationRecheck r;
        r.id = st.int64(0);
        r.itemId = st.int64(1);
        r.result = RectificationKeys::resultFrom(st.text(2)).value_or(RecheckResult::Fail);
        r.note = st.text(3);
        r.checkedOn = QDate::fromString(st.text(4), Qt::ISODate);
        if (!st.isNull(5))
            r.recurred = st.int64(5) != 0;
        r.at = st.text(6);
        r.by = st.text(7);
        out.push_back(r);
    }
    for (RectificationRecheck &r : out) {
        Statement links = m_db.prepare("SELECT case_id FROM rectification_recheck_cases WHERE recheck_id = ? ORDER BY case_id");
        links.bind(1, r.id);
        while (links.step())
            r.linkedCases.push_back(links.int64(0));
    }
    return out;
}

} // namespace casereview
