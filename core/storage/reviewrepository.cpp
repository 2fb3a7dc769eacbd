// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrepository.h"

#include "database.h"

#include <QDateTime>

namespace casereview {

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

const char *kReviewColumns = "id, case_id, reviewer, standard_id, standard_version, status, created_at, updated_at, "
                             "submitted_at, signed_at, reopen_count";

Review readReview(const Statement &st)
{
    Review r;
    r.id = st.int64(0);
    r.caseId = st.int64(1);
    r.reviewer = st.text(2);
    r.standardId = st.text(3);
    r.standardVersion = int(st.int64(4));
    r.status = ReviewStatusKeys::from(st.text(5)).value_or(ReviewStatus::Draft);
    r.createdAt = st.text(6);
    r.updatedAt = st.text(7);
    r.submittedAt = st.text(8);
    r.signedAt = st.text(9);
    r.reopenCount = int(st.int64(10));
    return r;
}

QByteArray reviewQuery(const char *where)
{
    return QByteArray("SELECT ") + kReviewColumns + " FROM reviews WHERE " + where + " ORDER BY id";
}
} // namespace

std::optional<Review> ReviewRepository::get(qint64 reviewId)
{
    Statement st = m_db.prepare(reviewQuery("id = ?").constData());
    st.bind(1, reviewId);
    if (st.step())
        return readReview(st);
    return std::nullopt;
}

std::optional<Review> ReviewRepository::find(qint64 caseId, const QString &reviewer)
{
    Statement st = m_db.prepare(reviewQuery("case_id = ? AND reviewer = ?").constData());
    st.bind(1, caseId).bind(2, reviewer);
    if (st.step())
        return readReview(st);
    return std::nullopt;
}

std::vector<Review> ReviewRepository::forCase(qint64 caseId)
{
    Statement st = m_db.prepare(reviewQuery("case_id = ?").constData());
    st.bind(1, caseId);
    std::vector<Review> out;
    while (st.step())
        out.push_back(readReview(st));
    return out;
}

std::vector<Review> ReviewRepository::all()
{
    Statement st = m_db.prepare((QByteArray("SELECT ") + kReviewColumns + " FROM reviews ORDER BY id").constData());
    std::vector<Review> out;
    while (st.step())
        out.push_back(readReview(st));
    return out;
}

qint64 ReviewRepository::create(qint64 caseId, const QString &reviewer, const QString &standardId, int standardVersion)
{
    const QString t = now();
    m_db.prepare("INSERT INTO reviews(case_id, reviewer, standard_id, standard_version, status, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, 'draft', ?, ?)")
        .bind(1, caseId)
        .bind(2, reviewer)
        .bind(3, standardId)
        .bind(4, standardVersion)
        .bind(5, t)
        .bind(6, t)
        .exec();
    return m_db.lastInsertId();
}

void ReviewRepository::setStatus(qint64 reviewId, ReviewStatus status)
{
    const char *sql = status == ReviewStatus::Signed
                          ? "UPDATE reviews SET status = ?, updated_at = ?2, signed_at = ?2 WHERE id = ?3"
                      : status == ReviewStatus::Submitted
                          ? "UPDATE reviews SET status = ?, updated_at = ?2, submitted_at = ?2 WHERE id = ?3"
                          : "UPDATE reviews SET status = ?, updated_at = ?2 WHERE id = ?3";
    m_db.prepare(sql).bind(1, ReviewStatusKeys::key(status)).bind(2, now()).bind(3, reviewId).exec();
}

void ReviewRepository::reopen(qint64 reviewId)
{
    m_db.prepare("UPDATE reviews SET status = 'draft', updated_at = ?, submitted_at = NULL, signed_at = NULL, "
                 "reopen_count = reopen_count + 1 WHERE id = ?")
        .bind(1, now())
        .bind(2, reviewId)
        .exec();
}

void ReviewRepository::touch(qint64 reviewId)
{
    m_db.prepare("UPDATE reviews SET updated_at = ? WHERE id = ?").bind(1, now()).bind(2, reviewId).exec();
}

std::vector<Answer> ReviewRepository::answers(qint64 reviewId)
{
    Statement st = m_db.prepare("SELECT item_id, verdict, deduction, note FROM review_answers WHERE review_id = ? ORDER BY rowid");
    st.bind(1, reviewId);
    Statement ev = m_db.prepare(
        "SELECT page, x, y, w, h, quote FROM answer_evidence WHERE review_id = ? AND item_id = ? ORDER BY seq");
    std::vector<Answer> out;
    while (st.step()) {
        Answer a;
        a.itemId = st.text(0);
        a.verdict = VerdictKeys::from(st.text(1)).value_or(Verdict::Pass);
        a.deduction = st.real(2);
        a.note = st.text(3);
        ev.bind(1, reviewId).bind(2, a.itemId);
        while (ev.step()) {
            EvidenceAnchor e;
            e.page = int(ev.int64(0));
            if (!ev.isNull(1))
                e.rect = QRectF(ev.real(1), ev.real(2), ev.real(3), ev.real(4));
            e.quote = ev.text(5);
            a.evidence.push_back(e);
        }
        ev.reset();
        out.push_back(std::move(a));
    }
    return out;
}

std::map<qint64, std::vector<Answer>> ReviewRepository::allAnswers()
{
    std::map<std::pair<qint64, QString>, std::vector<EvidenceAnchor>> anchors;
    Statement ev = m_db.prepare(
        "SELECT review_id, item_id, page, x, y, w, h, quote FROM answer_evidence ORDER BY review_id, item_id, seq");
    while (ev.step()) {
        EvidenceAnchor e;
        e.page = int(ev.int64(2));
        if (!ev.isNull(3))
            e.rect = QRectF(ev.real(3), ev.real(4), ev.real(5), ev.real(6));
        e.quote = ev.text(7);
        anchors[{ev.int64(0), ev.text(1)}].push_back(e);
    }
    Statement st = m_db.prepare("SELECT review_id, item_id, verdict, deduction, note FROM review_answers ORDER BY rowid");
    std::map<qint64, std::vector<Answer>> out;
    while (st.step()) {
        Answer a;
        a.itemId = st.text(1);
        a.verdict = VerdictKeys::from(st.text(2)).value_or(Verdict::Pass);
        a.deduction = st.real(3);
        a.note = st.text(4);
        if (const auto it = anchors.find({st.int64(0), a.itemId}); it != anchors.end())
            a.evidence = std::move(it->second);
        out[st.int64(0)].push_back(std::move(a));
    }
    return out;
}

std::map<qint64, std::vector<Answer>> ReviewRepository::answersForScoring(std::optional<qint64> caseId)
{
    Statement st = m_db.prepare(caseId ? "SELECT a.review_id, a.item_id, a.verdict, a.deduction, a.note FROM review_answers a "
                                         "JOIN reviews r ON r.id = a.review_id WHERE r.case_id = ? ORDER BY a.rowid"
                                       : "SELECT review_id, item_id, verdict, deduction, note FROM review_answers ORDER BY rowid");
    if (caseId)
        st.bind(1, *caseId);
    std::map<qint64, std::vector<Answer>> out;
    while (st.step()) {
        Answer a;
        a.itemId = st.text(1);
        a.verdict = VerdictKeys::from(st.text(2)).value_or(Verdict::Pass);
        a.deduction = st.real(3);
        a.note = st.text(4);
        out[st.int64(0)].push_back(std::move(a));
    }
    return out;
}

std::optional<Answer> ReviewRepository::answer(qint64 reviewId, const QString &itemId)
{
    for (Answer &a : answers(reviewId))
        if (a.itemId == itemId)
            return std::move(a);
    return std::nullopt;
}

void ReviewRepository::putAnswer(qint64 reviewId, const Answer &a)
{
    m_db.prepare("INSERT INTO review_answers(review_id, item_id, verdict, deduction, note) VALUES (?1, ?2, ?3, ?4, ?5) "
                 "ON CONFLICT(review_id, item_id) DO UPDATE SET verdict = ?3, deduction = ?4, note = ?5")
        .bind(1, reviewId)
        .bind(2, a.itemId)
        .bind(3, VerdictKeys::key(a.verdict))
        .bind(4, a.deduction)
        .bind(5, a.note.isNull() ? QString(QLatin1String("")) : a.note)
        .exec();
    m_db.prepare("DELETE FROM answer_evidence WHERE review_id = ? AND item_id = ?").bind(1, reviewId).bind(2, a.itemId).exec();
    Statement ins = m_db.prepare(
        "INSERT INTO answer_evidence(review_id, item_id, seq, page, x, y, w, h, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const EvidenceAnchor &e : a.evidence) {
        ins.bind(1, reviewId).bind(2, a.itemId).bind(3, seq++).bind(4, e.page);
        if (e.rect)
            ins.bind(5, e.rect->x()).bind(6, e.rect->y()).bind(7, e.rect->width()).bind(8, e.rect->height());
        else
            ins.bindNull(5).bindNull(6).bindNull(7).bindNull(8);
        ins.bind(9, e.quote.isNull() ? QString(QLatin1String("")) : e.quote).exec();
        ins.reset();
    }
}

void ReviewRepository::removeAnswer(qint64 reviewId, const QString &itemId)
{
    m_db.prepare("DELETE FROM answer_evidence WHERE review_id = ? AND item_id = ?").bind(1, reviewId).bind(2, itemId).exec();
    m_db.prepare("DELETE FROM review_answers WHERE review_id = ? AND item_id = ?").bind(1, reviewId).bind(2, itemId).exec();
}

} // namespace casereview
