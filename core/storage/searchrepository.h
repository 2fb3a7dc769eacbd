// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page search indexes: page_search holds each page's normalised text (SearchText) under a
// trigram index, page_chars the same text with every character a token (schema 11). Writing a
// page's text goes through here so both stay in step. A query asks page_chars for the pages
// holding every term as a phrase of adjacent characters, best first by FTS5's bm25 ranking, so
// one- and two-character terms (罚款, 送达, 罚) come from an index too and only the best pages
// are read back, however many match.
#include <QString>
#include <QStringList>
#include <vector>

namespace casereview {

class Database;

struct PageCandidate {
    qint64 caseId = 0;
    int page = 0;
    QString body;  // normalised text (SearchText::normalize)
};

class SearchRepository {
public:
    explicit SearchRepository(Database &db) : m_db(db) {}
    // Indexes a new page's text (normalised here). Call inside the transaction that adds the page.
    void add(qint64 pageId, const QString &text);
    // Re-indexes a page whose text changed (OCR, a re-clean).
    void replace(qint64 pageId, const QString &text);
    // Up to `count` pages whose text holds every term literally, best first (all when count <= 0).
    // `terms` must already be normalised and non-empty.
    std::vector<PageCandidate> bestPages(const QStringList &terms, int count);

private:
    Database &m_db;
};

} // namespace casereview
