// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page search over the store: splits the query into terms, asks the repository for the best
// pages holding all of them (bm25 over the character index), ranks those by how densely they
// hold the terms and cuts a snippet around the first hit of each page shown.
#include <QString>
#include <QStringList>
#include <vector>

namespace casereview {

class Database;
struct PageCandidate;

struct SearchHit {
    qint64 caseId = 0;
    int page = 0;
    QString snippet;  // the hit is wrapped in « and »
    double score = 0;
};

namespace PageSearch {
QStringList terms(const QString &query);
std::vector<SearchHit> rank(const std::vector<PageCandidate> &candidates, const QStringList &terms, int limit);
std::vector<SearchHit> run(Database &db, const QString &query, int limit);

inline constexpr QChar kHitOpen = u'«';
inline constexpr QChar kHitClose = u'»';
} // namespace PageSearch

} // namespace casereview
