// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Consensus sheets of campaign files in the store (schemaconsensus.cpp): the sheet, its
// answers and its signatures. Plain reads and writes: the rules, transactions and audit rows
// belong to ConsensusService; the schema's triggers refuse to change a signed sheet.
#include "domain/consensusrecord.h"

#include <QList>
#include <map>
#include <optional>

namespace casereview {

class Database;

class ConsensusRepository {
public:
    explicit ConsensusRepository(Database &db) : m_db(db) { }

    // The sheet of one file of the campaign, with its answers and signatures.
    std::optional<ConsensusRecord> find(qint64 campaignId, qint64 caseId);
    // The sheets of every file of the campaign (without answers), by case id.
    std::map<qint64, ConsensusStatus> statuses(qint64 campaignId);
    // A new draft sheet; returns its id.
    qint64 create(qint64 campaignId, qint64 caseId, const QString &reconciler, const QString &at);
    // Replaces a draft's answers and records who remade it and when.
    void replaceItems(qint64 consensusId, const std::vector<ConsensusItem> &items, const QString &reconciler, const QString &at);
    void addSignature(qint64 consensusId, const QString &reviewer, const QString &at);
    void finalize(qint64 consensusId, const QString &at);

    // The campaigns whose sheet of the case is signed (by anyone) and rests on `reviewer`'s
    // review: the campaign's current assignment gives the case to them. Such a review stays as
    // it was signed on (ReviewService refuses to change or reopen it).
    QList<qint64> signedSheetsOn(qint64 caseId, const QString &reviewer);

private:
    Database &m_db;
};

} // namespace casereview
