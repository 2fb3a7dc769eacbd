// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds the case list's rows: each case with its leading review scored by ScoringEngine and
// its count of open findings. A fixed handful of queries for the whole store (cases, reviews,
// answers, open findings, rectification items, one read per standard version used), never
// one per case. The rectification 三色 is judged on `today`.
#include "domain/caserecord.h"

#include <QDate>

#include <optional>
#include <vector>

namespace casereview {

class Database;

class CaseSummaryLoader {
public:
    explicit CaseSummaryLoader(Database &db, const QDate &today = QDate::currentDate()) : m_db(db), m_today(today) {}

    // Throws StorageError.
    std::vector<CaseSummary> all();
    std::optional<CaseSummary> one(qint64 caseId);

private:
    // Adds the leading review, scored, and the open findings to each case.
    void fill(std::vector<CaseSummary> &cases, std::optional<qint64> caseId);

    void addRectification(std::vector<CaseSummary> &cases, std::optional<qint64> caseId);

    Database &m_db;
    QDate m_today;
};

} // namespace casereview
