// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistservice.h"

#include "review/reviewerror.h"
#include "standards/standardchoice.h"
#include "storage/standardservice.h"
#include "workspace.h"

namespace casereview {

namespace {
// ReviewService's refusals as typed failures (nothing was written).
template <class Fn>
auto refusing(qint64 caseId, Fn fn)
{
    try {
        return fn();
    } catch (const ReviewError &e) {
        const QString subject = QStringLiteral("Review of case %1").arg(caseId);
        if (e.kind() == ReviewError::Kind::NotFound)
            throw WorkspaceFailure(Failure::notFound(subject));
        throw WorkspaceFailure(Failure::refused(e.message(), subject));
    }
}

ChecklistService::Sheet readSheet(Database &db, qint64 caseId, const QString &reviewer, const QString &caseType,
                                  const QString &standardId)
{
    ChecklistService::Sheet sheet;
    sheet.caseId = caseId;
    StandardService standards(db);
    sheet.standards = standards.list();
    ReviewService reviews(db);
    try {
        sheet.review = reviews.pick(caseId, reviewer);
    } catch (const ReviewError &e) {
        if (e.kind() != ReviewError::Kind::NotFound)
            throw;
    }
    if (sheet.review) {
        sheet.standard = standards.get(sheet.review->standardId, sheet.review->standardVersion);
        sheet.answers = reviews.answers(*sheet.review);
    } else if (!sheet.standards.empty()) {
        sheet.standard = standards.get(standardId.isEmpty() ? StandardChoice::forCaseType(sheet.standards, caseType) : standardId);
    }
    return sheet;
}
} // namespace

QFuture<ChecklistService::Sheet> ChecklistService::open(qint64 caseId, const QString &reviewer, const QString &caseType,
                                                        const QString &standardId)
{
    Workspace &ws = m_ws;
    return m_ws
        .read([=](Database &db) { return refusing(caseId, [&] { return readSheet(db, caseId, reviewer, caseType, standardId); }); })
        .then([&ws, caseId, reviewer, caseType, standardId](Sheet sheet) {
            if (!sheet.standards.empty())
                return sheet;
            // A store made before the built-in standards existed: install them once, then read again.
            return Workspace::wait(ws.write({ChangeEvent::Kind::Standards, {}}, [=](Database &db) {
                StandardService(db).ensureBuiltins();
                return refusing(caseId, [&] { return readSheet(db, caseId, reviewer, caseType, standardId); });
            }));
        });
}

QFuture<Review> ChecklistService::answer(qint64 caseId, const QString &reviewer, const ReviewStandard &standard,
                                         const Answer &answer)
{
    ReviewService::Submission sub;
    sub.caseId = caseId;
    sub.reviewer = reviewer;
    sub.standardId = standard.id;
    sub.standardVersion = standard.version;
    sub.answers = {answer};
    return submit(sub);
}

QFuture<bool> ChecklistService::clear(qint64 caseId, const QString &reviewer, const QString &itemId)
{
    return m_ws.write({ChangeEvent::Kind::Review, {caseId}}, [=](Database &db) {
        return refusing(caseId, [&] { return ReviewService(db).clearAnswer(caseId, reviewer, itemId); });
    });
}

QFuture<Review> ChecklistService::submit(const ReviewService::Submission &submission)
{
    return m_ws.write({ChangeEvent::Kind::Review, {submission.caseId}}, [submission](Database &db) {
        return refusing(submission.caseId, [&] { return ReviewService(db).save(submission).review; });
    });
}

QFuture<Review> ChecklistService::reopen(qint64 caseId, const QString &reviewer, const QString &actor, const QString &reason)
{
    return m_ws.write({ChangeEvent::Kind::Review, {caseId}}, [=](Database &db) {
        return refusing(caseId, [&] { return ReviewService(db).reopen(caseId, reviewer, actor, reason); });
    });
}

} // namespace casereview
