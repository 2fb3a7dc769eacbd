// SPDX-License-Identifier: GPL-3.0-or-later
// SQL of the consensus tables. Evidence anchors are kept as a JSON array of
// {"page","quote","rect":[x,y,w,h]}, as the answers' audit rows write them.
#include "consensusrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

namespace {
QString evidenceJson(const std::vector<EvidenceAnchor> &anchors)
{
    QJsonArray a;
    for (const EvidenceAnchor &e : anchors) {
        QJsonObject o{{QStringLiteral("page"), e.page}};
        if (!e.quote.isEmpty())
            o.insert(QStringLiteral("quote"), e.quote);
        if (e.rect)
            o.insert(QStringLiteral("rect"), QJsonArray{e.rect->x(), e.rect->y(), e.rect->width(), e.rect->height()});
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::vector<EvidenceAnchor> evidenceFrom(const QString &text)
{
    std::vector<EvidenceAnchor> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        EvidenceAnchor e;
        e.page = o.value(QStringLiteral("page")).toInt();
        e.quote = o.value(QStringLiteral("quote")).toString();
        const QJsonArray r = o.value(QStringLiteral("rect")).toArray();
        if (r.size() == 4)
            e.rect = QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
        out.push_back(e);
    }
    return out;
}

ConsensusStatus statusFrom(const QString &s) { return s == QLatin1String("final") ? ConsensusStatus::Final : ConsensusStatus::Draft; }
} // namespace

std::optional<ConsensusRecord> ConsensusRepository::find(qint64 campaignId, qint64 caseId)
{
    Statement st = m_db.prepare("SELECT id, reconciler, created_at, updated_at, status, finalized_at FROM campaign_consensus WHERE "
                                "campaign_id = ? AND case_id = ?");
    st.bind(1, campaignId).bind(2, caseId);
    if (!st.step())
        return std::nullopt;
    ConsensusRecord c;
    c.id = st.int64(0);
    c.campaignId = campaignId;
    c.caseId = caseId;
    c.reconciler = st.text(1);
    c.createdAt = st.text(2);
    c.updatedAt = st.text(3);
    c.status = statusFrom(st.text(4));
    c.finalizedAt = st.isNull(5) ? QString() : st.text(5);
    Statement items = m_db.prepare(
        "SELECT item_id, verdict, deduction, disputed, reason, note, evidence FROM campaign_consensus_answers WHERE consensus_id = ? "
        "ORDER BY seq");
    items.bind(1, c.id);
    while (items.step()) {
        ConsensusItem i;
        i.answer.itemId = items.text(0);
        i.answer.verdict = VerdictKeys::from(items.text(1)).value_or(Verdict::Pass);
        i.answer.deduction = items.real(2);
        i.disputed = items.int64(3) != 0;
        i.reason = items.text(4);
        i.answer.note = items.text(5);
        i.answer.evidence = evidenceFrom(items.text(6));
        c.items.push_back(std::move(i));
    }
    Statement sig =
        m_db.prepare("SELECT reviewer, signed_at FROM campaign_consensus_signatures WHERE consensus_id = ? ORDER BY signed_at, rowid");
    sig.bind(1, c.id);
    while (sig.step())
        c.signatures.push_back({sig.text(0), sig.text(1)});
    return c;
}

std::map<qint64, ConsensusStatus> ConsensusRepository::statuses(qint64 campaignId)
{
    Statement st = m_db.prepare("SELECT case_id, status FROM campaign_consensus WHERE campaign_id = ?");
    st.bind(1, campaignId);
    std::map<qint64, ConsensusStatus> out;
    while (st.step())
        out[st.int64(0)] = statusFrom(st.text(1));
    return out;
}

qint64 ConsensusRepository::create(qint64 campaignId, qint64 caseId, const QString &reconciler, const QString &at)
{
    m_db.prepare("INSERT INTO campaign_consensus(campaign_id, case_id, reconciler, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, campaignId)
        .bind(2, caseId)
        .bind(3, reconciler)
        .bind(4, at)
        .bind(5, at)
        .exec();
    return m_db.lastInsertId();
}

void ConsensusRepository::replaceItems(qint64 consensusId, const std::vector<ConsensusItem> &items, const QString &reconciler,
                                       const QString &at)
{
    m_db.prepare("UPDATE campaign_consensus SET reconciler = ?, updated_at = ? WHERE id = ?")
        .bind(1, reconciler)
        .bind(2, at)
        .bind(3, consensusId)
        .exec();
    m_db.prepare("DELETE FROM campaign_consensus_answers WHERE consensus_id = ?").bind(1, consensusId).exec();
    Statement st = m_db.prepare(
        "INSERT INTO campaign_consensus_answers(consensus_id, item_id, seq, verdict, deduction, disputed, reason, note, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const ConsensusItem &i : items) {
        st.bind(1, consensusId).bind(2, i.answer.itemId).bind(3, ++seq).bind(4, VerdictKeys::key(i.answer.verdict));
        st.bind(5, i.answer.deduction).bind(6, i.disputed ? 1 : 0).bind(7, i.reason).bind(8, i.answer.note);
        st.bind(9, evidenceJson(i.answer.evidence)).exec();
        st.reset();
    }
}

void ConsensusRepository::addSignature(qint64 consensusId, const QString &reviewer, const QString &at)
{
    m_db.prepare("INSERT INTO campaign_consensus_signatures(consensus_id, reviewer, signed_at) VALUES (?, ?, ?)")
        .bind(1, consensusId)
        .bind(2, reviewer)
        .bind(3, at)
        .exec();
}

void ConsensusRepository::finalize(qint64 consensusId, const QString &at)
{
    m_db.prepare("UPDATE campaign_consensus SET status = 'final', finalized_at = ? WHERE id = ?").bind(1, at).bind(2, consensusId).exec();
}

QList<qint64> ConsensusRepository::signedSheetsOn(qint64 caseId, const QString &reviewer)
{
    Statement st =
        m_db.prepare("SELECT cc.campaign_id FROM campaign_consensus cc "
                     "WHERE cc.case_id = ?1 AND (cc.status = 'final' OR EXISTS (SELECT 1 FROM campaign_consensus_signatures s WHERE "
                     "s.consensus_id = cc.id)) "
                     "AND EXISTS (SELECT 1 FROM campaign_assigned a "
                     "            JOIN campaign_population p ON p.campaign_id = cc.campaign_id AND p.member_key = a.member_key "
                     "            WHERE a.assignment_id = (SELECT max(id) FROM campaign_assignments WHERE campaign_id = cc.campaign_id) "
                     "              AND p.case_id = ?1 AND a.reviewer = ?2) "
                     "ORDER BY cc.campaign_id");
    st.bind(1, caseId).bind(2, reviewer);
    QList<qint64> out;
    while (st.step())
        out << st.int64(0);
    return out;
}

} // namespace casereview
