// SPDX-License-Identifier: GPL-3.0-or-later
// Reconcile and sign with their checks, transaction and audit row (see consensusservice.h).
#include "consensusservice.h"

#include "campaignerror.h"
#include "campaignreviewgate.h"
#include "consensuserror.h"
#include "consensusjson.h"
#include "review/blindness.h"
#include "scoring/scoringengine.h"
#include "storage/auditrepository.h"
#include "storage/campaignrepository.h"
#include "storage/caserepository.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/standardrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace casereview {

struct ConsensusService::File {
    qint64 campaignId = 0;
    qint64 caseId = 0;
    CampaignRecord campaign;
    BlindFile blind;
    ReviewStandard standard;
    FileReviews reviews;
    QString where() const { return QStringLiteral("case %1 in campaign %2").arg(caseId).arg(campaignId); }
};

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

ConsensusError stillBlind(const QString &where, const BlindFile &f, const char *what)
{
    return ConsensusError(ConsensusError::Kind::StillBlind,
                          QStringLiteral("%1 is still under blind review (%2): %3 once every assigned reviewer has submitted")
                              .arg(where, Blindness::progress(f), QLatin1String(what)));
}

QString signers(const ConsensusRecord &r)
{
    QStringList names;
    for (const ConsensusSignature &s : r.signatures)
        names << s.reviewer;
    return names.join(QStringLiteral(", "));
}
} // namespace

GradeStanding ConsensusView::standing() const
{
    return gradeStanding(record.status == ConsensusStatus::Final ? ReviewStatus::Signed : ReviewStatus::Submitted, card.unanswered.size(),
                         !card.vetoHits.isEmpty());
}

ConsensusService::File ConsensusService::load(qint64 campaignId, qint64 caseId)
{
    File f;
    f.campaignId = campaignId;
    f.caseId = caseId;
    f.blind = CampaignReviewGate(m_db, campaignId).file(caseId); // NotFound: no campaign, or not its file
    f.campaign = *CampaignRepository(m_db).get(campaignId);
    auto standard = StandardRepository(m_db).get(f.campaign.standardId, f.campaign.standardVersion);
    if (!standard)
        throw CampaignError(CampaignError::Kind::NotFound,
                            QStringLiteral("standard %1 version %2 of campaign %3 is not in the store")
                                .arg(f.campaign.standardId)
                                .arg(f.campaign.standardVersion)
                                .arg(campaignId));
    f.standard = *standard;
    f.reviews = {QStringLiteral("case:%1").arg(caseId), caseId, {}};
    ReviewRepository reviews(m_db);
    for (const QString &name : f.blind.assigned) {
        const auto r = reviews.find(caseId, name);
        if (!r || r->status == ReviewStatus::Draft)
            continue;
        const std::vector<Answer> given = reviews.answers(r->id);
        const ScoreCard card = ScoringEngine::score(f.standard, given);
        ReviewerScore rs{name, card.total, card.grade, {}};
        for (const Answer &a : given)
            rs.answers[a.itemId] = a;
        f.reviews.reviews.push_back(std::move(rs));
    }
    return f;
}

ConsensusView ConsensusService::view(const File &f, ConsensusRecord record)
{
    ConsensusView v;
    v.card = ScoringEngine::score(f.standard, ConsensusSheet::answers(record.items));
    v.standard = f.standard;
    v.assigned = f.blind.assigned;
    for (const QString &name : f.blind.assigned)
        if (!record.signedBy(name))
            v.awaiting << name;
    QSet<QString> disputed;
    for (const ConsensusItem &i : record.items)
        if (i.disputed)
            disputed.insert(i.answer.itemId);
    v.disputed = CampaignAgreement::ordered(disputed, f.standard);
    v.originals = f.reviews;
    v.record = std::move(record);
    return v;
}

ConsensusView ConsensusService::reconcile(qint64 campaignId, qint64 caseId, const QString &byName,
                                          const std::vector<ConsensusDecision> &decisions)
{
    const QString by = byName.trimmed();
    const File f = load(campaignId, caseId);
    if (!Blindness::revealed(f.blind))
        throw stillBlind(f.where(), f.blind, "its consensus sheet is made");
    const bool organiser = !f.campaign.organiser.trimmed().isEmpty() && by == f.campaign.organiser.trimmed();
    if (by.isEmpty() || (!f.blind.assigned.contains(by) && !organiser))
        throw ConsensusError(ConsensusError::Kind::NotAllowed,
                             QStringLiteral("%1 may not reconcile %2: only its assigned reviewers (%3)%4 may")
                                 .arg(by.isEmpty() ? QStringLiteral("nobody named") : by, f.where(),
                                      f.blind.assigned.join(QStringLiteral(", ")),
                                      f.campaign.organiser.trimmed().isEmpty()
                                          ? QString()
                                          : QStringLiteral(" or the campaign's organiser (%1)").arg(f.campaign.organiser.trimmed())));
    ConsensusRepository repo(m_db);
    const std::optional<ConsensusRecord> before = repo.find(campaignId, caseId);
    if (before && (!before->signatures.empty() || before->status == ConsensusStatus::Final))
        throw ConsensusError(
            ConsensusError::Kind::Locked,
            QStringLiteral("the consensus sheet of %1 is signed by %2 and can no longer change").arg(f.where(), signers(*before)));
    ConsensusDraft draft = ConsensusSheet::make(f.reviews, f.standard, decisions);
    const int pages = CaseRepository(m_db).pageCount(caseId).value_or(0);
    for (const ConsensusDecision &d : decisions)
        for (const EvidenceAnchor &e : d.answer.evidence)
            if (e.page > pages)
                draft.problems.push_back({ConsensusProblem::Kind::InvalidAnswer, d.answer.itemId,
                                          QStringLiteral("item %1: evidence page %2 is beyond the case's %3 pages")
                                              .arg(d.answer.itemId)
                                              .arg(e.page)
                                              .arg(pages)});
    if (!draft.ok()) {
        QStringList lines;
        for (const ConsensusProblem &p : draft.problems)
            lines << p.message;
        throw ConsensusError(ConsensusError::Kind::Sheet,
                             QStringLiteral("the consensus sheet of %1 was refused and nothing was written:\n  %2")
                                 .arg(f.where(), lines.join(QStringLiteral("\n  "))),
                             draft.problems);
    }
    const QString at = now();
    Transaction tx(m_db);
    const qint64 id = before ? before->id : repo.create(campaignId, caseId, by, at);
    repo.replaceItems(id, draft.items, by, at);
    AuditRepository(m_db).append(by, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("reconcile"),
                                 before ? QJsonValue(QJsonObject{{QStringLiteral("reconciler"), before->reconciler},
                                                                 {QStringLiteral("items"), ConsensusJson::itemsJson(before->items)}})
                                        : QJsonValue(),
                                 QJsonObject{{QStringLiteral("case_id"), caseId},
                                             {QStringLiteral("consensus_id"), id},
                                             {QStringLiteral("reconciler"), by},
                                             {QStringLiteral("disputed"), QJsonArray::fromStringList(draft.disputed)},
                                             {QStringLiteral("items"), ConsensusJson::itemsJson(draft.items)}});
    tx.commit();
    return view(f, *repo.find(campaignId, caseId));
}

ConsensusView ConsensusService::sign(qint64 campaignId, qint64 caseId, const QString &reviewerName)
{
    const QString reviewer = reviewerName.trimmed();
    const File f = load(campaignId, caseId);
    if (!f.blind.assigned.contains(reviewer))
        throw ConsensusError(ConsensusError::Kind::NotAssigned,
                             QStringLiteral("%1 is not assigned %2 (assigned: %3): only they sign its consensus sheet")
                                 .arg(reviewer.isEmpty() ? QStringLiteral("nobody named") : reviewer, f.where(),
                                      f.blind.assigned.join(QStringLiteral(", "))));
    ConsensusRepository repo(m_db);
    const std::optional<ConsensusRecord> sheet = repo.find(campaignId, caseId);
    if (!sheet)
        throw ConsensusError(ConsensusError::Kind::NoConsensus,
                             QStringLiteral("%1 has no consensus sheet yet: make it with campaign reconcile first").arg(f.where()));
    for (const ConsensusSignature &s : sheet->signatures)
        if (s.reviewer == reviewer)
            throw ConsensusError(ConsensusError::Kind::AlreadySigned,
                                 QStringLiteral("%1 signed the consensus sheet of %2 already (%3); a sheet is signed once")
                                     .arg(reviewer, f.where(), s.signedAt));
    if (sheet->status == ConsensusStatus::Final)
        throw ConsensusError(ConsensusError::Kind::Locked, QStringLiteral("the consensus sheet of %1 is final already").arg(f.where()));
    if (!Blindness::revealed(f.blind))
        throw stillBlind(f.where(), f.blind, "its consensus sheet is signed");
    // The sheet must still follow from the reviews as they are now (a review reopened and
    // changed after the sheet was made would otherwise be signed away unseen).
    std::vector<ConsensusDecision> kept;
    for (const ConsensusItem &i : sheet->items)
        kept.push_back({i.answer, i.reason});
    const ConsensusDraft again = ConsensusSheet::make(f.reviews, f.standard, kept);
    if (!again.ok() || again.items != sheet->items)
        throw ConsensusError(
            ConsensusError::Kind::Stale,
            QStringLiteral("the reviews of %1 changed after its consensus sheet was made: reconcile it again before signing")
                .arg(f.where()));
    const QString at = now();
    Transaction tx(m_db);
    repo.addSignature(sheet->id, reviewer, at);
    bool all = true;
    for (const QString &name : f.blind.assigned)
        all &= name == reviewer || sheet->signedBy(name);
    if (all)
        repo.finalize(sheet->id, at);
    AuditRepository(m_db).append(reviewer, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("sign"), QJsonValue(),
                                 QJsonObject{{QStringLiteral("case_id"), caseId},
                                             {QStringLiteral("consensus_id"), sheet->id},
                                             {QStringLiteral("reviewer"), reviewer},
                                             {QStringLiteral("final"), all}});
    tx.commit();
    return view(f, *repo.find(campaignId, caseId));
}

ConsensusView ConsensusService::consensus(qint64 campaignId, qint64 caseId)
{
    const File f = load(campaignId, caseId);
    auto sheet = ConsensusRepository(m_db).find(campaignId, caseId);
    if (!sheet)
        throw ConsensusError(ConsensusError::Kind::NoConsensus, QStringLiteral("%1 has no consensus sheet yet").arg(f.where()));
    return view(f, std::move(*sheet));
}

std::optional<ConsensusView> ConsensusService::finalConsensus(qint64 campaignId, qint64 caseId)
{
    auto sheet = ConsensusRepository(m_db).find(campaignId, caseId);
    if (!sheet || sheet->status != ConsensusStatus::Final)
        return std::nullopt;
    return view(load(campaignId, caseId), std::move(*sheet));
}

DisputesView ConsensusService::disputes(qint64 campaignId, qint64 caseId)
{
    const File f = load(campaignId, caseId);
    if (!Blindness::revealed(f.blind))
        throw stillBlind(f.where(), f.blind, "the reviewers' answers are shown side by side");
    return {f.blind.assigned, f.standard, f.reviews, ConsensusSheet::disputedItems(f.reviews, f.standard),
            ConsensusRepository(m_db).find(campaignId, caseId)};
}

} // namespace casereview
