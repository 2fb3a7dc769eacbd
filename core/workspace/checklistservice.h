// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checklist's use cases on the Workspace, for both front ends: open a reviewer's sheet of a
// case (the standards on offer, the review if there is one, its standard and answers), answer or
// clear an item, submit, sign, reopen. Reads run on the read pool; every change goes through
// ReviewService on the Workspace's writer, which announces ChangeEvent{Review, {caseId}} once it
// has committed, so the case list, reports and dashboard refresh themselves.
// Failures arrive typed: Refused when ReviewService refuses (a signed review is locked, an answer
// does not fit the standard, unanswered items without allowIncomplete), NotFound for a review
// that is not there, the store kinds otherwise.
#include "domain/review.h"
#include "domain/reviewanswer.h"
#include "review/reviewservice.h"
#include "standards/reviewstandard.h"
#include "standards/standardversioninfo.h"

#include <QFuture>
#include <optional>
#include <vector>

namespace casereview {

class Workspace;

class ChecklistService {
public:
    struct Sheet {
        qint64 caseId = 0;
        std::vector<StandardVersionInfo> standards;  // on offer for a new review
        std::optional<Review> review;                // the reviewer's review, if begun
        ReviewStandard standard;                     // the review's own version, or the chosen one
        std::vector<Answer> answers;
    };

    explicit ChecklistService(Workspace &workspace) : m_ws(workspace) {}

    // The reviewer's sheet. Without a review the standard is `standardId` when given, else the one
    // matching `caseType`. A store with no standard gets the built-in ones first (a write).
    QFuture<Sheet> open(qint64 caseId, const QString &reviewer, const QString &caseType, const QString &standardId = {});
    // Saves one answer (creating the draft review with the first); the review as stored.
    QFuture<Review> answer(qint64 caseId, const QString &reviewer, const ReviewStandard &standard, const Answer &answer);
    // Takes an item's answer back (the item is unanswered again).
    QFuture<bool> clear(qint64 caseId, const QString &reviewer, const QString &itemId);
    // Submits (or signs) the reviewer's review; `submission.answers` may add answers in the same step.
    QFuture<Review> submit(const ReviewService::Submission &submission);
    QFuture<Review> reopen(qint64 caseId, const QString &reviewer, const QString &actor, const QString &reason);

private:
    Workspace &m_ws;
};

} // namespace casereview
