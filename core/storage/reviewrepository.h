// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reviews and their answers with evidence anchors. Plain reads and writes only: status rules,
// validation, transactions and audit rows belong to ReviewService.
#include "domain/review.h"
#include "domain/reviewanswer.h"

#include <map>
#include <optional>
#include <vector>

namespace casereview {

class Database;

class ReviewRepository {
public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    std::optional<Review> get(qint64 reviewId);
    std::optional<Review> find(qint64 caseId, const QString &reviewer);
    std::vector<Review> forCase(qint64 caseId);
    std::vector<Review> all();
    qint64 create(qint64 caseId, const QString &reviewer, const QString &standardId, int standardVersion);
    // Sets the status and stamps submitted_at / signed_at as it goes forward.
    void setStatus(qint64 reviewId, ReviewStatus status);
    // Back to draft, clearing the submit and sign stamps, and counts the reopen.
    void reopen(qint64 reviewId);
    void touch(qint64 reviewId);

    std::vector<Answer> answers(qint64 reviewId);
    std::optional<Answer> answer(qint64 reviewId, const QString &itemId);
    // Every answer in the store with its evidence anchors, by review id, as answers() gives
    // each: two queries however many reviews (the dashboard and campaign figures read them all).
    std::map<qint64, std::vector<Answer>> allAnswers();
    // Verdicts, deductions and notes of every answer in the store (or of one case's reviews),
    // by review id, without evidence anchors: what scoring needs, in one query.
    std::map<qint64, std::vector<Answer>> answersForScoring(std::optional<qint64> caseId = std::nullopt);
    // Inserts or replaces the answer and its evidence anchors.
    void putAnswer(qint64 reviewId, const Answer &answer);
    // Deletes the answer and its anchors; the item is unanswered again.
    void removeAnswer(qint64 reviewId, const QString &itemId);

private:
    Database &m_db;
};

} // namespace casereview
