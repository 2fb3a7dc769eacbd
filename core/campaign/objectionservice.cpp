// SPDX-License-Identifier: GPL-3.0-or-later
// File, decide and list objections: every check runs before the transaction opens, so a
// refused objection or decision writes nothing (see objectionservice.h).
#include "objectionservice.h"

#include "campaignerror.h"
#include "consensuserror.h"
#include "objectionerror.h"
#include "objectionoutcomes.h"
#include "scoring/scoringengine.h"
#include "storage/auditrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/objectionrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace casereview {

namespace {
QString where(qint64 campaignId, qint64 caseId) { return QStringLiteral("case %1 in campaign %2").arg(caseId).arg(campaignId); }

QString endText(const QDateTime &end) { return end.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

// Who may not decide an objection to the file: its assigned reviewers, whoever submitted a
// review of it and whoever signed its sheet (a reviewer swapped out after reviewing included).
QStringList reviewersOf(const ConsensusView &sheet)
{
    QStringList out = sheet.assigned;
    for (const ReviewerScore &r : sheet.originals.reviews)
        out << r.reviewer;
    for (const ConsensusSignature &s : sheet.record.signatures)
        out << s.reviewer;
    out.removeDuplicates();
    return out;
}

QJsonObject json(const ObjectionRecord &o)
{
    QJsonArray evidence;
    for (const ObjectionEvidence &e : o.evidence)
        evidence.append(
            QJsonObject{{QStringLiteral("file"), e.fileName}, {QStringLiteral("sha256"), e.sha256}, {QStringLiteral("size"), e.size}});
    QJsonObject j{{QStringLiteral("objection_id"), o.id},
                  {QStringLiteral("case_id"), o.caseId},
                  {QStringLiteral("item"), o.itemId},
                  {QStringLiteral("agency"), o.agency},
                  {QStringLiteral("grounds"), o.grounds},
                  {QStringLiteral("filed_by"), o.filedBy},
                  {QStringLiteral("filed_at"), o.filedAt},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("status"), objectionStatusKey(o.status)}};
    if (o.status != ObjectionStatus::Open) {
        j.insert(QStringLiteral("decided_by"), o.decidedBy);
        j.insert(QStringLiteral("decided_at"), o.decidedAt);
        j.insert(QStringLiteral("reason"), o.reason);
    }
    if (o.status == ObjectionStatus::Upheld) {
        j.insert(QStringLiteral("verdict"), VerdictKeys::key(o.verdict));
        j.insert(QStringLiteral("deduction"), o.deduction);
    }
    return j;
}
} // namespace

bool EffectiveConsensus::changed() const { return answers != ConsensusSheet::answers(original.record.items); }

void ObjectionService::requireCampaign(qint64 campaignId)
{
    if (!CampaignRepository(m_db).get(campaignId))
        throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("there is no campaign %1").arg(campaignId));
}

ObjectionRecord ObjectionService::file(const ObjectionFiling &f, const QDateTime &now)
{
    requireCampaign(f.campaignId);
    const QString at = where(f.campaignId, f.caseId);
    const std::optional<ConsensusView> sheet = ConsensusService(m_db).finalConsensus(f.campaignId, f.caseId);
    if (!sheet)
        throw ObjectionError(ObjectionError::Kind::NotFinal,
                             QStringLiteral("%1 has no final consensus sheet: an objection contests a jointly signed result").arg(at));
    if (f.agency.trimmed().isEmpty() || f.grounds.trimmed().isEmpty())
        throw ObjectionError(ObjectionError::Kind::Invalid, QStringLiteral("an objection names its agency and gives its grounds"));
    if (!sheet->standard.findItem(f.itemId))
        throw ObjectionError(
            ObjectionError::Kind::UnknownItem,
            QStringLiteral("item '%1' is not in standard %2 version %3").arg(f.itemId, sheet->standard.id).arg(sheet->standard.version));
    for (const ObjectionEvidence &e : f.evidence)
        if (e.fileName.trimmed().isEmpty() || e.data.isEmpty())
            throw ObjectionError(ObjectionError::Kind::Invalid,
                                 QStringLiteral("evidence file '%1' is empty or has no name").arg(e.fileName));
    ObjectionRepository repo(m_db);
    const int days = repo.windowDays(f.campaignId);
    const QDateTime end = ObjectionOutcomes::windowEnd(sheet->record.finalizedAt, days);
    if (!end.isValid() || now > end)
        throw ObjectionError(ObjectionError::Kind::WindowClosed,
                             QStringLiteral("the objection window of %1 closed on %2 (%3 days after its consensus sheet became final)")
                                 .arg(at, endText(end))
                                 .arg(days));
    for (const ObjectionRecord &o : repo.list(f.campaignId, f.caseId))
        if (o.itemId == f.itemId && o.status == ObjectionStatus::Open)
            throw ObjectionError(
                ObjectionError::Kind::AlreadyOpen,
                QStringLiteral("item %1 of %2 has an open objection already (%3, filed %4)").arg(f.itemId, at).arg(o.id).arg(o.filedAt));
    ObjectionRecord o;
    o.campaignId = f.campaignId;
    o.caseId = f.caseId;
    o.consensusId = sheet->record.id;
    o.itemId = f.itemId;
    o.agency = f.agency.trimmed();
    o.grounds = f.grounds.trimmed();
    o.filedBy = f.by.trimmed().isEmpty() ? o.agency : f.by.trimmed();
    o.filedAt = now.toUTC().toString(Qt::ISODateWithMs);
    for (ObjectionEvidence e : f.evidence) {
        e.size = e.data.size();
        e.sha256 = QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex());
        o.evidence.push_back(std::move(e));
    }
    Transaction tx(m_db);
    o.id = repo.file(o);
    AuditRepository(m_db).append(o.filedBy, QStringLiteral("campaign"), QString::number(f.campaignId), QStringLiteral("objection"),
                                 QJsonValue(), json(o));
    tx.commit();
    return *repo.get(o.id);
}

ObjectionRecord ObjectionService::decide(qint64 campaignId, qint64 objectionId, const ObjectionDecision &d, const QDateTime &now)
{
    requireCampaign(campaignId);
    ObjectionRepository repo(m_db);
    const std::optional<ObjectionRecord> o = repo.get(objectionId);
    if (!o || o->campaignId != campaignId)
        throw ObjectionError(ObjectionError::Kind::NotFound,
                             QStringLiteral("campaign %1 has no objection %2").arg(campaignId).arg(objectionId));
    if (o->status != ObjectionStatus::Open)
        throw ObjectionError(ObjectionError::Kind::AlreadyDecided,
                             QStringLiteral("objection %1 was decided already: %2 by %3 at %4")
                                 .arg(objectionId)
                                 .arg(objectionStatusKey(o->status), o->decidedBy, o->decidedAt));
    const ConsensusView sheet = ConsensusService(m_db).consensus(campaignId, o->caseId);
    const QString by = d.by.trimmed();
    if (by.isEmpty())
        throw ObjectionError(ObjectionError::Kind::Invalid, QStringLiteral("a decision on an objection names who decides it"));
    const QStringList reviewers = reviewersOf(sheet);
    if (reviewers.contains(by))
        throw ObjectionError(ObjectionError::Kind::NotAllowed,
                             QStringLiteral("%1 may not decide objection %2: the reviewers of %3 (%4) do not decide objections to it")
                                 .arg(by)
                                 .arg(objectionId)
                                 .arg(where(campaignId, o->caseId), reviewers.join(QStringLiteral(", "))));
    if (d.reason.trimmed().isEmpty())
        throw ObjectionError(ObjectionError::Kind::Invalid, QStringLiteral("a decision on an objection gives its reason"));
    ObjectionRecord decided = *o;
    decided.status = d.uphold ? ObjectionStatus::Upheld : ObjectionStatus::Rejected;
    decided.decidedBy = by;
    decided.decidedAt = now.toUTC().toString(Qt::ISODateWithMs);
    decided.reason = d.reason.trimmed();
    if (d.uphold) {
        decided.verdict = d.verdict;
        decided.deduction = d.deduction; // checked as given: a deduction with pass is refused, not dropped
        const QStringList problems =
            ScoringEngine::answerProblems(sheet.standard, {Answer{o->itemId, decided.verdict, decided.deduction, {}, {}}});
        if (!problems.isEmpty())
            throw ObjectionError(ObjectionError::Kind::Invalid, problems.join(QStringLiteral("; ")));
    }
    Transaction tx(m_db);
    repo.decide(objectionId, decided);
    AuditRepository(m_db).append(by, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("objection_decision"),
                                 json(*o), json(decided));
    tx.commit();
    return *repo.get(objectionId);
}

std::vector<ObjectionRecord> ObjectionService::list(qint64 campaignId, qint64 caseId)
{
    requireCampaign(campaignId);
    return ObjectionRepository(m_db).list(campaignId, caseId);
}

std::optional<EffectiveConsensus> ObjectionService::effective(qint64 campaignId, qint64 caseId)
{
    std::optional<ConsensusView> sheet = ConsensusService(m_db).finalConsensus(campaignId, caseId);
    if (!sheet)
        return std::nullopt;
    EffectiveConsensus e;
    e.objections = list(campaignId, caseId);
    e.answers = ObjectionOutcomes::effective(sheet->record.items, e.objections);
    e.card = ScoringEngine::score(sheet->standard, e.answers);
    e.windowEnd = ObjectionOutcomes::windowEnd(sheet->record.finalizedAt, windowDays(campaignId));
    e.original = std::move(*sheet);
    return e;
}

int ObjectionService::windowDays(qint64 campaignId)
{
    requireCampaign(campaignId);
    return ObjectionRepository(m_db).windowDays(campaignId);
}

void ObjectionService::setWindow(qint64 campaignId, int days, const QString &by)
{
    if (days < 0 || days > 365)
        throw ObjectionError(ObjectionError::Kind::Invalid, QStringLiteral("an objection window is 0 to 365 days, not %1").arg(days));
    if (by.trimmed().isEmpty())
        throw ObjectionError(ObjectionError::Kind::Invalid, QStringLiteral("a change of the objection window names who makes it"));
    const int before = windowDays(campaignId);
    ObjectionRepository repo(m_db);
    Transaction tx(m_db);
    repo.setWindowDays(campaignId, days);
    AuditRepository(m_db).append(by.trimmed(), QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("objection_window"),
                                 QJsonObject{{QStringLiteral("days"), before}}, QJsonObject{{QStringLiteral("days"), days}});
    tx.commit();
}

} // namespace casereview
