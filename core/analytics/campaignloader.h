// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what campaign statistics and reports need from a store: cases, the review to use per
// case (the one by `reviewer`, else the leading one as the case list picks it: LeadingReview),
// its score card under the exact standard version, and the case's findings.
#include "campaigninput.h"

#include <QList>
#include <functional>
#include <map>

namespace casereview {

class Database;

class CampaignLoader {
public:
    explicit CampaignLoader(Database &db) : m_db(db) {}

    struct Result {
        std::vector<CaseInput> cases;  // in the order asked for (all: by case id)
        QList<qint64> unknownIds;      // asked for but not in the store
    };
    // Empty `caseIds` loads every case. Throws StorageError.
    Result load(const QList<qint64> &caseIds = {}, const QString &reviewer = {});
    // `details` also reads the key dates (one more query per case).
    CaseInput loadOne(const CaseSummary &summary, const QString &reviewer = {}, bool details = false);
    std::optional<CaseInput> loadCase(qint64 caseId, const QString &reviewer = {});

private:
    std::shared_ptr<const ReviewStandard> standard(const QString &id, int version);
    CaseInput build(const CaseSummary &summary, const std::vector<Review> &reviews, const QString &reviewer,
                    const std::function<std::vector<Answer>(qint64)> &answersOf, std::vector<StoredFinding> findings);

    Database &m_db;
    std::map<QString, std::shared_ptr<const ReviewStandard>> m_standards;
};

} // namespace casereview
