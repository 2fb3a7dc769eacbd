// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The append-only audit log: who changed what, when, with the state before and after. Each
// row carries the SHA-256 of its content and of the row before, so that editing or deleting
// any past row breaks the chain and verify() names the first broken row.
#include <QJsonValue>
#include <QString>
#include <vector>

namespace casereview {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QString at;  // ISO 8601 UTC with milliseconds
    QString actor;
    QString entity;    // "standard_version", "review", "answer" …
    QString entityId;  // e.g. "penalty-general@2", "7", "7:P-B01"
    QString action;    // "import", "create", "set", "submit", "sign", "reopen" …
    QString before;    // compact JSON, empty when there was nothing before
    QString after;
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0;  // 0 when intact
    QString problem;
};

class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // Appends one row; call it inside the transaction that makes the change. Returns its id.
    qint64 append(const QString &actor, const QString &entity, const QString &entityId, const QString &action,
                  const QJsonValue &before, const QJsonValue &after);
    std::vector<AuditEntry> list(const QString &entity = {}, const QString &entityId = {});
    AuditVerification verify();

    static QString genesisHash();
    static QString hashOf(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace casereview
