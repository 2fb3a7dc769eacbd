// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "answerjson.h"
#include "reviewerror.h"
#include "scoring/scoringengine.h"
#include "standards/standarderror.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/standardservice.h"

#include <QJsonObject>

namespace casereview {

namespace {
[[noreturn]] void refuse(ReviewError::Kind kind, const QString &message) { throw ReviewError(kind, message); }

ReviewStandard standardFor(Database &db, const QString &id, std::optional<int> version)
{
    try {
        return StandardService(db).get(id, version);
    } catch (const StandardError &e) {
        refuse(ReviewError::Kind::NotFound, e.message());
    }
}

QJsonObject statusJson(ReviewStatus s) { return {{QStringLiteral("status"), ReviewStatusKeys::key(s)}}; }

QString who(const Review &r) { return QStringLiteral("review %1 (case %2, %3)").arg(r.id).arg(r.caseId).arg(r.reviewer); }

// A review a signed consensus sheet (合议, 联合署名) rests on stays as it was signed on: the
// sheet's originals are kept unchanged beside it.
void refuseIfSignedOn(Database &db, const Review &r)
{
    const QList<qint64> campaigns = ConsensusRepository(db).signedSheetsOn(r.caseId, r.reviewer);
    if (campaigns.isEmpty())
        return;
    QStringList ids;
    for (qint64 c : campaigns)
        ids << QString::number(c);
    refuse(ReviewError::Kind::Locked,
           QStringLiteral("%1 is one of the reviews the signed consensus sheet of campaign %2 rests on; it "
                          "stays as it was (nothing is changed or reopened)")
               .arg(who(r), ids.join(QStringLiteral(", "))));
}
} // namespace

ReviewService::ReviewService(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

ReviewService::Saved ReviewService::save(const Submission &sub)
{
    if (sub.reviewer.trimmed().isEmpty())
        refuse(ReviewError::Kind::Invalid, QStringLiteral("a review needs a reviewer name"));
    Transaction tx(m_db);
    ReviewRepository reviews(m_db);
    AuditRepository audit(m_db);
    const std::optional<int> casePages = CaseRepository(m_db).pageCount(sub.caseId);
    if (!casePages)
        refuse(ReviewError::Kind::NotFound, QStringLiteral("no case %1 in the store").arg(sub.caseId));

    std::optional<Review> existing = reviews.find(sub.caseId, sub.reviewer);
    if (existing) {
        if (existing->status == ReviewStatus::Signed)
            refuse(ReviewError::Kind::Locked,
                   QStringLiteral("%1 is signed and locked; reopen it first").arg(who(*existing)));
        if (existing->standardId != sub.standardId ||
            (sub.standardVersion && *sub.standardVersion != existing->standardVersion))
            refuse(ReviewError::Kind::Invalid,
                   QStringLiteral("%1 uses %2 version %3; a reviewer reviews a case under one standard version")
                       .arg(who(*existing), existing->standardId)
                       .arg(existing->standardVersion));
    }
    const ReviewStandard standard =
        standardFor(m_db, sub.standardId, existing ? std::optional(existing->standardVersion) : sub.standardVersion);

    QStringList problems = ScoringEngine::answerProblems(standard, sub.answers);
    for (const Answer &a : sub.answers)
        for (const EvidenceAnchor &e : a.evidence)
            if (e.page > *casePages)
                problems << QStringLiteral("item %1: evidence page %2 is beyond the case's %3 pages")
                                .arg(a.itemId)
                                .arg(e.page)
                                .arg(*casePages);
    if (!problems.isEmpty())
        refuse(ReviewError::Kind::Invalid, problems.join(QLatin1Char('\n')));

    Saved saved;
    qint64 reviewId = existing ? existing->id : 0;
    if (!existing) {
        reviewId = reviews.create(sub.caseId, sub.reviewer, standard.id, standard.version);
        saved.created = true;
        audit.append(sub.reviewer, QStringLiteral("review"), QString::number(reviewId), QStringLiteral("create"), {},
                     QJsonObject{{QStringLiteral("case_id"), sub.caseId},
                                 {QStringLiteral("reviewer"), sub.reviewer},
                                 {QStringLiteral("standard"), standard.id},
                                 {QStringLiteral("version"), standard.version},
                                 {QStringLiteral("status"), QStringLiteral("draft")}});
    }
    for (const Answer &a : sub.answers) {
        const std::optional<Answer> before = reviews.answer(reviewId, a.itemId);
        if (before && *before == a)
            continue;
        if (existing && saved.answersChanged == 0)
            refuseIfSignedOn(m_db, *existing);
        reviews.putAnswer(reviewId, a);
        audit.append(sub.reviewer, QStringLiteral("answer"), QStringLiteral("%1:%2").arg(reviewId).arg(a.itemId),
                     before ? QStringLiteral("change") : QStringLiteral("set"),
                     before ? QJsonValue(AnswerJson::toJson(*before)) : QJsonValue(), AnswerJson::toJson(a));
        ++saved.answersChanged;
    }
    if (saved.answersChanged > 0 && !saved.created)
        reviews.touch(reviewId);

    ReviewStatus status = existing ? existing->status : ReviewStatus::Draft;
    const bool advances = (sub.sign && status != ReviewStatus::Signed) || (sub.submit && status == ReviewStatus::Draft);
    QStringList unanswered;
    if (advances) {
        unanswered = ScoringEngine::score(standard, reviews.answers(reviewId)).unanswered;
        if (!unanswered.isEmpty() && !sub.allowIncomplete)  // the transaction rolls back the answers too
            throw ReviewError(ReviewError::Kind::Incomplete,
                              QStringLiteral("%1 would be %2 with %3 of %4 items unanswered")
                                  .arg(saved.created ? QStringLiteral("the review") : who(*existing),
                                       sub.sign ? QStringLiteral("signed") : QStringLiteral("submitted"))
                                  .arg(unanswered.size())
                                  .arg(standard.itemCount()),
                              unanswered);
    }
    auto advance = [&](ReviewStatus to, const QString &action) {
        reviews.setStatus(reviewId, to);
        QJsonObject after = statusJson(to);
        if (!unanswered.isEmpty())
            after.insert(QStringLiteral("unanswered"), qint64(unanswered.size()));
        audit.append(sub.reviewer, QStringLiteral("review"), QString::number(reviewId), action, statusJson(status), after);
        status = to;
    };
    if ((sub.submit || sub.sign) && status == ReviewStatus::Draft)
        advance(ReviewStatus::Submitted, QStringLiteral("submit"));
    if (sub.sign)
        advance(ReviewStatus::Signed, QStringLiteral("sign"));
    tx.commit();

    saved.review = *reviews.get(reviewId);
    emit changed(ChangeKind::Review, reviewId);
    return saved;
}

bool ReviewService::clearAnswer(qint64 caseId, const QString &reviewer, const QString &itemId)
{
    Transaction tx(m_db);
    ReviewRepository reviews(m_db);
    const std::optional<Review> r = reviews.find(caseId, reviewer);
    if (!r)
        refuse(ReviewError::Kind::NotFound, QStringLiteral("case %1 has no review by %2").arg(caseId).arg(reviewer));
    if (r->status == ReviewStatus::Signed)
        refuse(ReviewError::Kind::Locked, QStringLiteral("%1 is signed and locked; reopen it first").arg(who(*r)));
    const std::optional<Answer> before = reviews.answer(r->id, itemId);
    if (!before)
        return false;
    refuseIfSignedOn(m_db, *r);
    reviews.removeAnswer(r->id, itemId);
    reviews.touch(r->id);
    AuditRepository(m_db).append(reviewer, QStringLiteral("answer"), QStringLiteral("%1:%2").arg(r->id).arg(itemId),
                                 QStringLiteral("clear"), AnswerJson::toJson(*before), QJsonValue());
    tx.commit();
    emit changed(ChangeKind::Answer, r->id);
    return true;
}

Review ReviewService::reopen(qint64 caseId, const QString &reviewer, const QString &actor, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        refuse(ReviewError::Kind::Invalid, QStringLiteral("reopening a review needs a reason"));
    if (actor.trimmed().isEmpty())
        refuse(ReviewError::Kind::Invalid, QStringLiteral("reopening a review needs the name of who reopens it"));
    Transaction tx(m_db);
    ReviewRepository reviews(m_db);
    const std::optional<Review> r = reviews.find(caseId, reviewer);
    if (!r)
        refuse(ReviewError::Kind::NotFound, QStringLiteral("case %1 has no review by %2").arg(caseId).arg(reviewer));
    if (r->status == ReviewStatus::Draft)
        refuse(ReviewError::Kind::Invalid, QStringLiteral("%1 is a draft; there is nothing to reopen").arg(who(*r)));
    refuseIfSignedOn(m_db, *r);
    reviews.reopen(r->id);
    QJsonObject after = statusJson(ReviewStatus::Draft);
    after.insert(QStringLiteral("reason"), reason);
    AuditRepository(m_db).append(actor, QStringLiteral("review"), QString::number(r->id), QStringLiteral("reopen"),
                                 statusJson(r->status), after);
    tx.commit();
    emit changed(ChangeKind::Review, r->id);
    return *reviews.get(r->id);
}

Review ReviewService::pick(qint64 caseId, const QString &reviewer)
{
    ReviewRepository reviews(m_db);
    if (!reviewer.isEmpty()) {
        if (auto r = reviews.find(caseId, reviewer))
            return *r;
        refuse(ReviewError::Kind::NotFound, QStringLiteral("case %1 has no review by %2").arg(caseId).arg(reviewer));
    }
    const std::vector<Review> all = reviews.forCase(caseId);
    if (all.empty())
        refuse(ReviewError::Kind::NotFound, QStringLiteral("case %1 has no review yet").arg(caseId));
    if (all.size() > 1) {
        QStringList names;
        for (const Review &r : all)
            names << r.reviewer;
        refuse(ReviewError::Kind::Invalid, QStringLiteral("case %1 has reviews by %2; choose one with --reviewer")
                                               .arg(caseId)
                                               .arg(names.join(QStringLiteral(", "))));
    }
    return all.front();
}

std::vector<Answer> ReviewService::answers(const Review &review) { return ReviewRepository(m_db).answers(review.id); }

ScoreCard ReviewService::score(const Review &review)
{
    return ScoringEngine::score(standardFor(m_db, review.standardId, review.standardVersion), answers(review));
}

RescoreDiff ReviewService::rescore(const Review &review, std::optional<int> version)
{
    return RescoreDiff::compare(standardFor(m_db, review.standardId, review.standardVersion),
                                standardFor(m_db, review.standardId, version), answers(review));
}

} // namespace casereview
