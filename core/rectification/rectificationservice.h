// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to change rectification items: creates them from signed reviews and findings,
// moves them through the status machine, stores the agencies' reports (through
// RectificationAttachments) and records re-checks.
// Each change and its audit row (the item's history) go into one transaction; a refused change
// writes nothing. Emits changed() after each commit.
#include "domain/rectificationitem.h"
#include "rectificationledgerinput.h"
#include "rectificationplanner.h"
#include "storage/auditrepository.h"
#include "storage/rectificationrepository.h"

#include <QObject>
#include <functional>

namespace casereview {

class Database;

class RectificationService : public QObject {
    Q_OBJECT
public:
    enum class ChangeKind { Created, Status, Attachment, Recheck, Details };
    Q_ENUM(ChangeKind)

    struct CreateRequest {
        std::vector<qint64> reviewIds;  // signed reviews: their deductions and their cases' accepted findings
        std::vector<qint64> caseIds;    // every signed review of the case, plus its accepted findings
        bool allFindings = false;       // also the open (undecided) veto / deduct findings of those cases
        RectificationPlanner::Grouping grouping = RectificationPlanner::Grouping::PerProblem;
        std::optional<QDate> deadline;  // default: today + RectificationRules::kDefaultDeadlineDays
        QString actor;
    };
    struct CreateResult {
        std::vector<RectificationItem> created;
        int alreadyTracked = 0;
        std::vector<qint64> casesWithoutSignedReview;  // asked-for cases that had only findings to give
    };
    struct StatusChange {
        RectificationStatus to = RectificationStatus::InProgress;
        QString note;
        QStringList attachFiles;  // stored first, in the same transaction
        QString actor;
    };
    struct SupersedeRequest {
        QString reason;
        QString replacementFile;  // optional: stored in the same transaction and linked as the replacement
        QString actor;
    };
    struct RecheckRequest {
        RecheckResult result = RecheckResult::Pass;
        QString note;
        QDate checkedOn;  // default: today
        std::vector<qint64> linkedCases;
        std::optional<bool> recurred;
        QString actor;
    };

    // `today` is the clock for default deadlines and re-check dates (tests pass a fixed one).
    explicit RectificationService(Database &db, QObject *parent = nullptr, std::function<QDate()> today = {});

    QDate today() const;
    bool available();

    // Throws RectificationError (nothing written) or StorageError.
    CreateResult create(const CreateRequest &request);
    RectificationItem changeStatus(qint64 itemId, const StatusChange &change);
    RectificationAttachment attach(qint64 itemId, const QString &filePath, const QString &note, const QString &actor);
    RectificationItem recheck(qint64 itemId, const RecheckRequest &request);
    RectificationItem editDetails(qint64 itemId, const QString &contact, RectificationKind kind, const QDate &deadline,
                                  const QString &actor);
    // 撤销: the item leaves every count and its problems may get a new item; it stays on record.
    RectificationItem withdraw(qint64 itemId, const QString &reason, const QString &actor);
    // Takes a wrong attachment out of the current evidence; its bytes stay stored. Returns the
    // superseded attachment as it now reads.
    RectificationAttachment supersedeAttachment(qint64 itemId, qint64 attachmentId, const SupersedeRequest &request);

    RectificationItem item(qint64 itemId);  // throws RectificationError(NotFound); withdrawn items too
    std::vector<RectificationItem> items(const RectificationFilter &filter = {});
    std::vector<RectificationAttachment> attachments(qint64 itemId);
    QByteArray attachmentData(qint64 attachmentId);  // throws StorageError(Integrity) when damaged
    std::vector<RectificationRecheck> rechecks(qint64 itemId);
    // The items for the 整改台账 with their cases' numbers, judged on today().
    RectificationLedgerInput ledgerInput(const RectificationFilter &filter = {});
    // The item's history: its rows of the chained audit log, oldest first.
    std::vector<AuditEntry> history(qint64 itemId);

signals:
    void changed(RectificationService::ChangeKind kind, qint64 itemId);

private:
    RectificationItem openItem(qint64 itemId);  // item(), refused when withdrawn
    void applyStatus(const RectificationItem &item, RectificationStatus to, const QString &note, const QString &actor,
                     const QString &action);

    Database &m_db;
    std::function<QDate()> m_today;
};

} // namespace casereview
