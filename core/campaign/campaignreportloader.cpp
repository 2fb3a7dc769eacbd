// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportloader.h"

#include "analytics/campaignanalytics.h"
#include "analytics/campaignloader.h"
#include "campaignprogress.h"
#include "campaignservice.h"
#include "consensusservice.h"
#include "drawalgorithm.h"
#include "storage/campaignrepository.h"
#include "storage/consensusrepository.h"
#include "storage/standardrepository.h"

#include <QJsonObject>
#include <map>

namespace casereview {

namespace {
QString phaseLine(const CampaignPhase &p)
{
    const QString name = CampaignPhases::zh(p.phase);
    if (!p.starts.isValid() && !p.ends.isValid())
        return name;
    return QStringLiteral("%1：%2 至 %3")
        .arg(name, p.starts.isValid() ? p.starts.toString(Qt::ISODate) : QStringLiteral("—"),
             p.ends.isValid() ? p.ends.toString(Qt::ISODate) : QStringLiteral("—"));
}

// The consensus sheet as the file's review: jointly signed, by every signer, under the
// campaign's standard version.
ReviewInput jointReview(const ConsensusView &v)
{
    ReviewInput r;
    r.review.caseId = v.record.caseId;
    QStringList signers;
    for (const ConsensusSignature &s : v.record.signatures)
        signers << s.reviewer;
    r.review.reviewer = signers.join(QStringLiteral("、"));
    r.review.standardId = v.standard.id;
    r.review.standardVersion = v.standard.version;
    r.review.status = ReviewStatus::Signed;
    r.review.createdAt = v.record.createdAt;
    r.review.updatedAt = v.record.updatedAt;
    r.review.submittedAt = v.record.updatedAt;
    r.review.signedAt = v.record.finalizedAt;
    r.card = v.card;
    r.answers = ConsensusSheet::answers(v.record.items);
    // A disputed item's reason is what the reviewers jointly found: the report's problem line
    // shows it when the decision carries no note of its own.
    for (size_t i = 0; i < r.answers.size() && i < v.record.items.size(); ++i)
        if (r.answers[i].note.isEmpty() && r.answers[i].itemId == v.record.items[i].answer.itemId)
            r.answers[i].note = v.record.items[i].reason;
    r.standard = std::make_shared<const ReviewStandard>(v.standard);
    return r;
}
} // namespace

CampaignReportInput CampaignReportLoader::load(qint64 campaignId)
{
    CampaignReportInput input;
    CampaignConduct &c = input.conduct;
    const CampaignRecord campaign = CampaignService(m_db).campaign(campaignId); // NotFound
    c.name = campaign.name;
    c.legalBasis = campaign.legalBasis;
    c.scope = campaign.scope;
    c.organiser = campaign.organiser;
    const auto standard = StandardRepository(m_db).get(campaign.standardId, campaign.standardVersion);
    c.standard = standard ? QStringLiteral("《%1》（第 %2 版）").arg(standard->nameZh).arg(standard->version)
                          : QStringLiteral("%1 第 %2 版").arg(campaign.standardId).arg(campaign.standardVersion);
    for (const CampaignPhase &p : campaign.phases)
        c.phases << phaseLine(p);
    addDraw(campaignId, c);
    if (c.draws > 0)
        addFiles(campaignId, input);
    return input;
}

ReportDocument CampaignReportLoader::report(qint64 campaignId, CampaignReportBuilder::Options options)
{
    CampaignReportInput input = load(campaignId);
    if (options.organiser.isEmpty())
        options.organiser = input.conduct.organiser;
    options.conduct = std::move(input.conduct);
    return CampaignReportBuilder::build(input.cases, CampaignAnalytics::analyze(input.cases), options);
}

void CampaignReportLoader::addDraw(qint64 campaignId, CampaignConduct &c)
{
    CampaignRepository repo(m_db);
    c.draws = repo.drawCount(campaignId);
    const auto draw = repo.draw(campaignId);
    if (!draw)
        return;
    c.populationSize = draw->populationSize;
    c.populationSha256 = draw->populationSha256;
    c.seed = draw->spec.value(QStringLiteral("seed")).toString();
    c.algorithm = draw->algorithm;
    c.drawnAt = draw->drawnAt;
    c.drawnBy = draw->drawnBy;
    c.witnesses = draw->witnesses;
    c.warnings = draw->warnings;
    c.drawn = int(draw->drawn.size());
    for (const DrawnMember &m : draw->drawn)
        c.drawnWithoutDossier += m.caseId ? 0 : 1;
    // The strata as the draw saw them, from re-running it on the population when unchanged.
    const CampaignService::Verification v = CampaignService(m_db).verifyDraw(campaignId);
    if (v.populationSha256 == draw->populationSha256 && draw->algorithm == QLatin1String(DrawAlgorithm::name))
        for (const StratumSummary &s : v.strata)
            c.strata.push_back({s.name, s.size, s.quota, s.mustInclude, s.drawnAtRandom});
}

void CampaignReportLoader::addFiles(qint64 campaignId, CampaignReportInput &input)
{
    CampaignConduct &c = input.conduct;
    CampaignRepository repo(m_db);
    const auto draw = repo.draw(campaignId);
    const auto assignment = repo.assignmentForDraw(draw->id);
    CampaignProgress progress(m_db);
    const CampaignStatus status = progress.status(campaignId);
    c.assigned = status.assigned;
    c.reviewed = status.reviewed;
    c.disputed = status.disputed;
    c.reconciled = status.reconciled;
    c.signedFiles = status.signedFiles;
    c.contested = status.contested;
    if (!assignment)
        return;
    c.perCase = assignment->perCase;

    // Reviewers: load, reviews submitted, drift.
    std::map<QString, CampaignConduct::Reviewer> reviewers;
    for (const CampaignReviewer &r : repo.reviewers(campaignId))
        reviewers[r.name] = {r.name, r.unit, 0, 0, std::nullopt};
    for (const FileAssignment &f : assignment->files)
        for (const QString &name : f.reviewers) {
            reviewers[name].name = name;
            ++reviewers[name].files;
        }
    const std::vector<FileReviews> reviewed = progress.reviews(campaignId);
    std::map<QString, const FileReviews *> reviewsOf;
    for (const FileReviews &f : reviewed) {
        reviewsOf[f.key] = &f;
        for (const ReviewerScore &s : f.reviews)
            ++reviewers[s.reviewer].submitted;
    }
    const AgreementReport agreement = progress.agreement(campaignId);
    for (const ReviewerDrift &d : agreement.reviewers)
        if (reviewers.count(d.reviewer) && d.units > 0)
            reviewers[d.reviewer].drift = d.drift;
    for (auto &[name, r] : reviewers)
        if (r.files > 0)
            c.reviewers.push_back(r);
    c.units = agreement.units;
    c.percent = agreement.percent;
    c.alphaNominal = agreement.alphaNominal;
    c.alphaInterval = agreement.alphaInterval;
    for (const PairAgreement &p : agreement.pairs)
        c.pairs.push_back({p.a, p.b, p.items, p.kappa});
    std::map<QString, const FileAgreement *> agreementOf;
    for (const FileAgreement &f : agreement.files)
        agreementOf[f.key] = &f;

    // The files: their cases, disputes and consensus; the joint result as the review.
    std::map<QString, QStringList> assignedTo;
    for (const FileAssignment &f : assignment->files)
        assignedTo[f.key] = f.reviewers;
    QList<qint64> ids;
    for (const DrawnMember &m : draw->drawn)
        if (m.caseId && assignedTo.count(m.key))
            ids << *m.caseId;
    CampaignLoader::Result loaded = CampaignLoader(m_db).load(ids);
    std::map<qint64, CaseInput *> byId;
    for (CaseInput &ci : loaded.cases) {
        ci.review.reset(); // only a joint result counts in a campaign
        byId[ci.summary.id] = &ci;
    }
    ConsensusService consensus(m_db);
    ConsensusRepository sheets(m_db);
    for (const DrawnMember &m : draw->drawn) {
        if (!m.caseId || !byId.count(*m.caseId))
            continue;
        CaseInput &ci = *byId[*m.caseId];
        CampaignConduct::File f;
        f.caseNo = ci.summary.caseNo.isEmpty() ? m.caseNo : ci.summary.caseNo;
        f.agency = ci.summary.agency;
        if (const auto it = reviewsOf.find(m.key); it != reviewsOf.end())
            f.reviewers = int(it->second->reviews.size());
        if (const auto it = agreementOf.find(m.key); it != agreementOf.end()) {
            f.scoreGap = it->second->scoreGap;
            f.gradeMismatch = it->second->gradeMismatch;
            f.disputedItems = it->second->disputedItems;
        }
        if (const auto sheet = sheets.find(campaignId, *m.caseId)) {
            f.consensus = sheet->status == ConsensusStatus::Final ? CampaignConduct::Consensus::Final : CampaignConduct::Consensus::Draft;
            for (const ConsensusSignature &s : sheet->signatures)
                f.signedBy << s.reviewer;
            for (const QString &name : assignedTo[m.key])
                if (!sheet->signedBy(name))
                    f.awaiting << name;
            if (sheet->status == ConsensusStatus::Final)
                if (const auto view = consensus.finalConsensus(campaignId, *m.caseId))
                    ci.review = jointReview(*view);
        }
        c.files.push_back(f);
        input.cases.push_back(std::move(ci));
    }
}

} // namespace casereview
