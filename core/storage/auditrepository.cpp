// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

namespace {
QString compact(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

AuditEntry readRow(const Statement &st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
            st.text(6), st.text(7), st.text(8), st.text(9)};
}

const char *kColumns = "id, at, actor, entity, entity_id, action, before, after, prev_hash, hash";
} // namespace

QString AuditRepository::genesisHash() { return QString(64, QLatin1Char('0')); }

QString AuditRepository::hashOf(const AuditEntry &e)
{
    auto orNull = [](const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    const QJsonArray fields{QString::number(e.id), e.at, e.actor, e.entity, e.entityId, e.action,
                            orNull(e.before), orNull(e.after), e.prevHash};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 AuditRepository::append(const QString &actor, const QString &entity, const QString &entityId,
                               const QString &action, const QJsonValue &before, const QJsonValue &after)
{
    AuditEntry e;
    Statement last = m_db.prepare(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
        "coalesce((SELECT max(id) FROM audit_log), 0)), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)");
    last.step();
    e.id = last.int64(0) + 1;
    e.prevHash = last.isNull(1) ? genesisHash() : last.text(1);
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.actor = actor;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.before = compact(before);
    e.after = compact(after);
    e.hash = hashOf(e);
    Statement ins = m_db.prepare(
        "INSERT INTO audit_log(id, at, actor, entity, entity_id, action, before, after, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, e.id).bind(2, e.at).bind(3, e.actor).bind(4, e.entity).bind(5, e.entityId).bind(6, e.action);
    e.before.isEmpty() ? ins.bindNull(7) : ins.bind(7, e.before);
    e.after.isEmpty() ? ins.bindNull(8) : ins.bind(8, e.after);
    ins.bind(9, e.prevHash).bind(10, e.hash).exec();
    return e.id;
}

std::vector<AuditEntry> AuditRepository::list(const QString &entity, const QString &entityId)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM audit_log WHERE (?1 = '' OR entity = ?1) AND (?2 = '' OR entity_id = ?2) ORDER BY id";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, entity.isNull() ? QString(QLatin1String("")) : entity)
        .bind(2, entityId.isNull() ? QString(QLatin1String("")) : entityId);
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

AuditVerification AuditRepository::verify()
{
    AuditVerification v;
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM audit_log ORDER BY id";
    Statement st = m_db.prepare(sql.constData());
    QString prev = genesisHash();
    qint64 expected = 1;
    auto broken = [&](qint64 id, const QString &why) {
        v.intact = false;
        v.firstBrokenId = id;
        v.problem = why;
        return v;
    };
    while (st.step()) {
        const AuditEntry e = readRow(st);
        if (e.id != expected)
            return broken(expected, QStringLiteral("audit row %1 is missing: it was deleted").arg(expected));
        if (e.prevHash != prev)
            return broken(e.id, QStringLiteral("audit row %1 (%2 %3 %4) does not link to row %5: a row before it "
                                               "was rewritten or removed")
                                    .arg(e.id)
                                    .arg(e.entity, e.entityId, e.action)
                                    .arg(e.id - 1));
        if (hashOf(e) != e.hash)
            return broken(e.id, QStringLiteral("audit row %1 (%2 %3 %4) does not match its hash: it was edited")
                                    .arg(e.id)
                                    .arg(e.entity, e.entityId, e.action));
        prev = e.hash;
        ++expected;
        ++v.rowsChecked;
    }
    Statement seq = m_db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    if (seq.step() && seq.int64(0) >= expected)
        return broken(expected, QStringLiteral("audit row %1 is missing: the newest rows were deleted").arg(expected));
    return v;
}

} // namespace casereview
