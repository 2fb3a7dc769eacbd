// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Campaigns in the store: the campaign and its phases, its population, recorded draws and
// assignments, the reviewer pool. Plain reads and writes only: validation, transactions and
// audit rows belong to CampaignService. Draws and assignments are never changed (triggers).
#include "campaign/campaignrecords.h"
#include "campaign/populationmember.h"
#include "domain/blindfile.h"

#include <map>

#include <optional>
#include <vector>

namespace casereview {

class Database;

class CampaignRepository {
public:
    explicit CampaignRepository(Database &db) : m_db(db) {}

    qint64 create(const CampaignRecord &campaign);
    std::optional<CampaignRecord> get(qint64 campaignId);

    // Replaces the population (the caller refuses this once a draw exists).
    void replacePopulation(qint64 campaignId, const std::vector<PopulationMember> &members, const QString &source, const QString &sha256);
    std::vector<PopulationMember> population(qint64 campaignId);
    // Gives catalogue rows without a case the stored case with their case number (the lowest
    // id when several have it). Returns how many rows were linked.
    int linkCatalogueRows(qint64 campaignId);
    // The store's cases as population members (all, or those ids that exist), in id order.
    std::vector<PopulationMember> storeCases(const std::optional<std::vector<qint64>> &caseIds);

    qint64 addDraw(const DrawRecord &draw);
    // The given draw of the campaign, or its latest when nullopt.
    std::optional<DrawRecord> draw(qint64 campaignId, std::optional<qint64> drawId = std::nullopt);
    int drawCount(qint64 campaignId);

    void addReviewer(qint64 campaignId, const CampaignReviewer &reviewer, const QString &at);
    std::vector<CampaignReviewer> reviewers(qint64 campaignId);

    qint64 addAssignment(const AssignmentRecord &assignment);
    std::optional<AssignmentRecord> assignmentForDraw(qint64 drawId);

    // The stored cases each campaign's current assignment (its latest one: a new draw not yet
    // assigned leaves the reviews of the last assignment blind) gives to reviewers, with who is
    // assigned and whose review of the case is submitted or signed; a case in several campaigns
    // has their reviewers together. One case, one campaign or all.
    std::map<qint64, BlindFile> blindFiles(std::optional<qint64> caseId = std::nullopt, std::optional<qint64> campaignId = std::nullopt);

private:
    Database &m_db;
};

} // namespace casereview
