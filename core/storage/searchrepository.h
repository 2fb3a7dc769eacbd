// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the pages whose normalised text contains every term. Terms of three or more
// characters go through the FTS5 trigram index; shorter ones (common in Chinese: 罚款, 送达)
// cannot match trigrams, so they are checked with instr() over the indexed text.
#include <QString>
#include <QStringList>
#include <vector>

class Database;

struct PageCandidate {
    qint64 caseId = 0;
    int page = 0;
    QString body;  // normalised text (SearchText::normalize)
};

class SearchRepository {
public:
    explicit SearchRepository(Database &db) : m_db(db) {}
    // `terms` must already be normalised and non-empty.
    std::vector<PageCandidate> pagesContainingAll(const QStringList &terms);

private:
    Database &m_db;
};
