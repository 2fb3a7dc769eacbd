// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Objections to campaign files' final consensus sheets in the store (schemaobjections.cpp),
// with their evidence files, and the campaign's objection window. Plain reads and writes:
// the rules, transactions and audit rows belong to ObjectionService; the schema's triggers
// refuse an objection against a sheet that is not final and any change to a decided one.
#include "domain/objectionrecord.h"

#include <optional>

namespace casereview {

class Database;

class ObjectionRepository {
public:
    explicit ObjectionRepository(Database &db) : m_db(db) { }

    // A new open objection with its evidence files; returns its id.
    qint64 file(const ObjectionRecord &objection);
    // Records the decision of an open objection (status, decidedBy, decidedAt, reason and,
    // when upheld, verdict and deduction are taken from `decision`).
    void decide(qint64 objectionId, const ObjectionRecord &decision);
    // One objection with its evidence bytes.
    std::optional<ObjectionRecord> get(qint64 objectionId);
    // The campaign's objections (of one case when caseId > 0), oldest first; evidence
    // without its bytes.
    std::vector<ObjectionRecord> list(qint64 campaignId, qint64 caseId = 0);
    // The cases of the campaign with at least one objection, open or decided.
    std::vector<qint64> contestedCases(qint64 campaignId);

    // Days after a sheet becomes final in which an objection may be filed (default 7).
    int windowDays(qint64 campaignId);
    void setWindowDays(qint64 campaignId, int days);

private:
    Database &m_db;
};

} // namespace casereview
