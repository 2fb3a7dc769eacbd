// SPDX-License-Identifier: GPL-3.0-or-later
// SQL of the objection tables.
#include "objectionrepository.h"

#include "database.h"

namespace casereview {

namespace {
const char *kColumns = "SELECT id, campaign_id, case_id, consensus_id, item_id, agency, grounds, filed_at, filed_by, status, "
                       "decided_by, decided_at, reason, verdict, deduction FROM campaign_objections ";

ObjectionRecord row(Statement &st)
{
    ObjectionRecord o;
    o.id = st.int64(0);
    o.campaignId = st.int64(1);
    o.caseId = st.int64(2);
    o.consensusId = st.int64(3);
    o.itemId = st.text(4);
    o.agency = st.text(5);
    o.grounds = st.text(6);
    o.filedAt = st.text(7);
    o.filedBy = st.text(8);
    const QString status = st.text(9);
    o.status = status == QLatin1String("upheld") ? ObjectionStatus::Upheld
        : status == QLatin1String("rejected")    ? ObjectionStatus::Rejected
                                                 : ObjectionStatus::Open;
    if (o.status != ObjectionStatus::Open) {
        o.decidedBy = st.text(10);
        o.decidedAt = st.text(11);
        o.reason = st.text(12);
    }
    if (o.status == ObjectionStatus::Upheld) {
        o.verdict = VerdictKeys::from(st.text(13)).value_or(Verdict::Pass);
        o.deduction = st.real(14);
    }
    return o;
}
} // namespace

qint64 ObjectionRepository::file(const ObjectionRecord &o)
{
    m_db.prepare("INSERT INTO campaign_objections(campaign_id, case_id, consensus_id, item_id, agency, grounds, filed_at, filed_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, o.campaignId)
        .bind(2, o.caseId)
        .bind(3, o.consensusId)
        .bind(4, o.itemId)
        .bind(5, o.agency)
        .bind(6, o.grounds)
        .bind(7, o.filedAt)
        .bind(8, o.filedBy)
        .exec();
    const qint64 id = m_db.lastInsertId();
    Statement st = m_db.prepare("INSERT INTO campaign_objection_evidence(objection_id, seq, file_name, size, sha256, data) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const ObjectionEvidence &e : o.evidence) {
        st.bind(1, id).bind(2, ++seq).bind(3, e.fileName).bind(4, e.size).bind(5, e.sha256).bindBlob(6, e.data).exec();
        st.reset();
    }
    return id;
}

void ObjectionRepository::decide(qint64 objectionId, const ObjectionRecord &d)
{
    Statement st = m_db.prepare("UPDATE campaign_objections SET status = ?, decided_by = ?, decided_at = ?, reason = ?, verdict = ?, "
                                "deduction = ? WHERE id = ?");
    st.bind(1, objectionStatusKey(d.status)).bind(2, d.decidedBy).bind(3, d.decidedAt).bind(4, d.reason);
    if (d.status == ObjectionStatus::Upheld)
        st.bind(5, VerdictKeys::key(d.verdict)).bind(6, d.deduction);
    st.bind(7, objectionId).exec();
}

std::optional<ObjectionRecord> ObjectionRepository::get(qint64 objectionId)
{
    Statement st = m_db.prepare((QByteArray(kColumns) + "WHERE id = ?").constData());
    st.bind(1, objectionId);
    if (!st.step())
        return std::nullopt;
    ObjectionRecord o = row(st);
    Statement ev =
        m_db.prepare("SELECT file_name, sha256, size, data FROM campaign_objection_evidence WHERE objection_id = ? ORDER BY seq");
    ev.bind(1, objectionId);
    while (ev.step())
        o.evidence.push_back({ev.text(0), ev.text(1), ev.int64(2), ev.blob(3)});
    return o;
}

std::vector<ObjectionRecord> ObjectionRepository::list(qint64 campaignId, qint64 caseId)
{
    Statement st = m_db.prepare((QByteArray(kColumns) + "WHERE campaign_id = ?1 AND (?2 = 0 OR case_id = ?2) ORDER BY id").constData());
    st.bind(1, campaignId).bind(2, caseId);
    std::vector<ObjectionRecord> out;
    while (st.step())
        out.push_back(row(st));
    Statement ev = m_db.prepare("SELECT file_name, sha256, size FROM campaign_objection_evidence WHERE objection_id = ? ORDER BY seq");
    for (ObjectionRecord &o : out) {
        ev.bind(1, o.id);
        while (ev.step())
            o.evidence.push_back({ev.text(0), ev.text(1), ev.int64(2), {}});
        ev.reset();
    }
    return out;
}

std::vector<qint64> ObjectionRepository::contestedCases(qint64 campaignId)
{
    Statement st = m_db.prepare("SELECT DISTINCT case_id FROM campaign_objections WHERE campaign_id = ? ORDER BY case_id");
    st.bind(1, campaignId);
    std::vector<qint64> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

int ObjectionRepository::windowDays(qint64 campaignId)
{
    Statement st = m_db.prepare("SELECT objection_days FROM campaigns WHERE id = ?");
    st.bind(1, campaignId);
    return st.step() ? int(st.int64(0)) : 7;
}

void ObjectionRepository::setWindowDays(qint64 campaignId, int days)
{
    m_db.prepare("UPDATE campaigns SET objection_days = ? WHERE id = ?").bind(1, days).bind(2, campaignId).exec();
}

} // namespace casereview
