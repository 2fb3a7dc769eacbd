// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Findings of the diagnosis per case and the reviewer's accept / dismiss decisions on them.
// Replacing a case's findings keeps the decisions of findings that still hold (same rule and
// key facts) and drops, with an audit entry, those whose finding is gone.
#include "domain/findingreview.h"

#include <map>
#include <vector>

namespace casereview {

class Database;

class FindingRepository {
public:
    explicit FindingRepository(Database &db) : m_db(db) {}

    bool available();  // the store's schema has the findings tables
    void replace(qint64 caseId, const std::vector<Finding> &findings, const QString &profile);
    std::vector<StoredFinding> list(qint64 caseId);
    // Every case's findings as list() gives them, by case id, in one query.
    std::map<qint64, std::vector<StoredFinding>> listAll();
    // Veto and deduct findings without an accept / dismiss decision yet, per case (cases with
    // none are absent); hints are not counted, as the findings panel does not count them.
    std::map<qint64, int> openCounts(std::optional<qint64> caseId = std::nullopt);
    std::optional<StoredFinding> get(qint64 findingId);
    // Throws StorageError when the finding does not exist or a dismissal has no reason.
    void decide(qint64 findingId, FindingVerdict verdict, const QString &reason, const QString &reviewer);
    void reopen(qint64 findingId, const QString &reviewer);
    std::vector<FindingAuditEntry> audit(qint64 caseId);

private:
    void log(qint64 caseId, const QString &rule, const QString &key, const QString &action, const QString &reason,
             const QString &reviewer);
    Database &m_db;
};

} // namespace casereview
