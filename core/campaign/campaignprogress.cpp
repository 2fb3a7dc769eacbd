// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a campaign's reviews (two queries for every review and answer in the store, then
// filtered to the assigned reviewers of the drawn files), scores them with the exact
// standard version each used, and derives status and agreement from them.
#include "campaignprogress.h"

#include "campaignerror.h"
#include "scoring/scoringengine.h"
#include "storage/campaignrepository.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/objectionrepository.h"
#include "storage/reviewrepository.h"
#include "storage/standardrepository.h"

#include <algorithm>
#include <map>

namespace casereview {

struct CampaignProgress::Loaded {
    CampaignRecord campaign;
    std::optional<DrawRecord> draw;
    std::optional<AssignmentRecord> assignment;
    std::vector<FileReviews> files;         // drawn files with ≥ 1 submitted assigned review
    std::map<QString, int> assignedCount; // member key → assigned reviewers
};

CampaignProgress::Loaded CampaignProgress::load(qint64 campaignId)
{
    CampaignRepository repo(m_db);
    Loaded l;
    auto c = repo.get(campaignId);
    if (!c)
        throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("there is no campaign %1").arg(campaignId));
    l.campaign = *c;
    l.draw = repo.draw(campaignId);
    if (!l.draw)
        return l;
    l.assignment = repo.assignmentForDraw(l.draw->id);
    if (!l.assignment)
        return l;
    std::map<QString, QStringList> reviewersOf;
    for (const FileAssignment &f : l.assignment->files) {
        reviewersOf[f.key] = f.reviewers;
        l.assignedCount[f.key] = int(f.reviewers.size());
    }
    ReviewRepository reviews(m_db);
    std::map<std::pair<qint64, QString>, Review> byCase;
    for (Review &r : reviews.all())
        if (r.status != ReviewStatus::Draft)
            byCase[{r.caseId, r.reviewer}] = r;
    const std::map<qint64, std::vector<Answer>> answers = reviews.answersForScoring();
    StandardRepository standards(m_db);
    std::map<std::pair<QString, int>, std::optional<ReviewStandard>> standardCache;
    for (const DrawnMember &m : l.draw->drawn) {
        if (!m.caseId || !reviewersOf.count(m.key))
            continue;
        FileReviews f{m.key, m.caseId, {}};
        for (const QString &name : reviewersOf[m.key]) {
            auto it = byCase.find({*m.caseId, name});
            if (it == byCase.end())
                continue;
            const Review &r = it->second;
            auto &standard = standardCache[{r.standardId, r.standardVersion}];
            if (!standard)
                standard = standards.get(r.standardId, r.standardVersion);
            if (!standard)
                continue;
            const auto a = answers.find(r.id);
            const std::vector<Answer> given = a == answers.end() ? std::vector<Answer>{} : a->second;
            const ScoreCard card = ScoringEngine::score(*standard, given);
            ReviewerScore rs{name, card.total, card.grade, {}};
            for (const Answer &ans : given)
                rs.answers[ans.itemId] = ans;
            f.reviews.push_back(std::move(rs));
        }
        if (!f.reviews.empty())
            l.files.push_back(std::move(f));
    }
    return l;
}

std::vector<FileReviews> CampaignProgress::reviews(qint64 campaignId) { return load(campaignId).files; }

AgreementReport CampaignProgress::agreement(qint64 campaignId, int minShared)
{
    Loaded l = load(campaignId);
    if (!l.draw)
        throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("campaign %1 has no draw yet").arg(campaignId));
    std::vector<FileReviews> doubled;
    for (FileReviews &f : l.files)
        if (f.reviews.size() >= 2)
            doubled.push_back(std::move(f));
    auto standard = StandardRepository(m_db).get(l.campaign.standardId, l.campaign.standardVersion);
    return CampaignAgreement::compute(doubled, standard.value_or(ReviewStandard{}), minShared);
}

CampaignStatus CampaignProgress::status(qint64 campaignId)
{
    const Loaded l = load(campaignId);
    CampaignStatus s;
    if (!l.draw)
        return s;
    s.drawn = int(l.draw->drawn.size());
    s.assigned = l.assignment ? int(l.assignment->files.size()) : 0;
    std::vector<FileReviews> complete;
    for (const FileReviews &f : l.files) {
        const auto n = l.assignedCount.find(f.key);
        if (n == l.assignedCount.end() || int(f.reviews.size()) < n->second)
            continue;
        ++s.reviewed;
        complete.push_back(f);
    }
    // Consensus sheets of the files the latest assignment gives to reviewers.
    const std::map<qint64, ConsensusStatus> sheets = ConsensusRepository(m_db).statuses(campaignId);
    for (const DrawnMember &m : l.draw->drawn) {
        const auto sheet = m.caseId && l.assignedCount.count(m.key) ? sheets.find(*m.caseId) : sheets.end();
        if (sheet == sheets.end())
            continue;
        ++s.reconciled;
        if (sheet->second == ConsensusStatus::Final)
            ++s.signedFiles;
    }
    const std::vector<qint64> contested = ObjectionRepository(m_db).contestedCases(campaignId);
    for (const DrawnMember &m : l.draw->drawn)
        if (m.caseId && l.assignedCount.count(m.key) && std::find(contested.begin(), contested.end(), *m.caseId) != contested.end())
            ++s.contested;
    const auto standard = StandardRepository(m_db).get(l.campaign.standardId, l.campaign.standardVersion);
    for (const FileAgreement &f : CampaignAgreement::compute(complete, standard.value_or(ReviewStandard{}), 0).files)
        if (f.scoreGap > 1e-9 || f.gradeMismatch || !f.disputedItems.isEmpty())
            ++s.disputed;
    return s;
}

} // namespace casereview
