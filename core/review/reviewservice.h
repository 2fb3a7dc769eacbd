// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to change reviews: validates answers against the exact standard version, then
// writes them, the status change and their audit rows in one transaction. Signed reviews are
// locked until reopened (which is itself recorded). Submitting or signing with unanswered
// items is refused (nothing written) unless the caller allows it — the GUI after asking, the
// CLI with --allow-incomplete — and then the audit row names how many were left open.
// A review that a campaign file's signed consensus sheet rests on (issue #15: the originals
// stay unchanged beside it) is locked for good: its answers are not changed or cleared and it
// is not reopened.
// Emits changed() after each commit.
#include "domain/review.h"
#include "domain/reviewanswer.h"
#include "scoring/rescorediff.h"
#include "scoring/scorecard.h"

#include <QObject>
#include <optional>
#include <vector>

namespace casereview {

class Database;

class ReviewService : public QObject {
    Q_OBJECT
public:
    enum class ChangeKind { Review, Answer };
    Q_ENUM(ChangeKind)

    struct Submission {
        qint64 caseId = 0;
        QString reviewer;
        QString standardId;
        std::optional<int> standardVersion;  // nullopt: the review's version, or the latest for a new review
        std::vector<Answer> answers;
        bool submit = false;
        bool sign = false;  // implies submit
        bool allowIncomplete = false;  // submit/sign even with items unanswered (recorded)
    };
    struct Saved {
        Review review;
        int answersChanged = 0;
        bool created = false;
    };

    explicit ReviewService(Database &db, QObject *parent = nullptr);

    // Throws ReviewError (nothing written; Kind::Incomplete lists the unanswered items) or StorageError.
    Saved save(const Submission &submission);
    // Takes back the answer to `itemId` (with its anchors): the item is unanswered again.
    // Audited as "clear"; refused on a signed review. False when there was no answer.
    bool clearAnswer(qint64 caseId, const QString &reviewer, const QString &itemId);
    Review reopen(qint64 caseId, const QString &reviewer, const QString &actor, const QString &reason);

    // The case's review by `reviewer`, or its only review when no reviewer is given.
    Review pick(qint64 caseId, const QString &reviewer = {});
    std::vector<Answer> answers(const Review &review);
    ScoreCard score(const Review &review);
    // The same answers under another version of the review's standard.
    RescoreDiff rescore(const Review &review, std::optional<int> version = std::nullopt);

signals:
    void changed(ReviewService::ChangeKind kind, qint64 id);

private:
    Database &m_db;
};

} // namespace casereview
