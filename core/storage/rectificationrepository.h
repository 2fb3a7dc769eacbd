// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rectification items with their sources, attachments (bytes kept exact, checked by SHA-256
// on read) and re-checks. Plain reads and writes: the status machine, transactions and audit
// rows belong to RectificationService.
#include "domain/rectificationitem.h"

#include <QByteArray>
#include <QSet>
#include <optional>
#include <vector>

namespace casereview {

class Database;

struct RectificationFilter {
    std::optional<qint64> caseId;  // items with a source in this case
    QString agency;                // exact; empty: any
    std::optional<RectificationStatus> status;  // Withdrawn: only withdrawn items
    bool includeWithdrawn = false;              // withdrawn items are left out unless asked for

    bool operator==(const RectificationFilter &) const = default;
};

class RectificationRepository {
public:
    explicit RectificationRepository(Database &db) : m_db(db) {}

    bool available();  // the store's schema has the rectification tables
    // Writes the item and its sources; returns the new id. Throws StorageError (e.g. a source key already tracked).
    qint64 insert(const RectificationItem &item);
    std::optional<RectificationItem> get(qint64 itemId);
    std::vector<RectificationItem> list(const RectificationFilter &filter = {});
    QSet<QString> trackedKeys();  // the source keys held by items that are not withdrawn
    QStringList agencies();

    void setStatus(qint64 itemId, RectificationStatus status);
    void setDetails(qint64 itemId, const QString &contact, RectificationKind kind, const QDate &deadline);
    // Records the withdrawal and releases the item's source keys.
    void withdraw(qint64 itemId, const QString &reason, const QString &by);

    qint64 addAttachment(qint64 itemId, const QString &fileName, const QString &mimeType, const QByteArray &data,
                         const QString &note, const QString &by);
    std::vector<RectificationAttachment> attachments(qint64 itemId);
    std::optional<RectificationAttachment> attachment(qint64 attachmentId);
    void supersede(qint64 attachmentId, const QString &reason, const QString &by, std::optional<qint64> replacedBy);
    // The bytes as received; throws StorageError(Integrity) if they no longer match the SHA-256.
    QByteArray attachmentData(qint64 attachmentId);

    qint64 addRecheck(const RectificationRecheck &recheck);
    std::vector<RectificationRecheck> rechecks(qint64 itemId);

private:
    void touch(qint64 itemId);
    Database &m_db;
};

} // namespace casereview
