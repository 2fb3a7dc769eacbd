// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to change a campaign (评查活动): create it, set its population, draw, add
// reviewers, assign. Each step validates first, then writes its rows and an audit row
// (entity "campaign") in one transaction, so a refused step writes nothing. Takes a Database&
// like DiagnosisService; reading progress and agreement is CampaignProgress.
// Throws CampaignError (and StorageError when the store itself fails).
#include "campaignrecords.h"
#include "drawspec.h"
#include "populationmember.h"
#include "report/reportdocument.h"
#include "reviewerassignment.h"

#include <optional>

namespace casereview {

class Database;

class CampaignService {
public:
    explicit CampaignService(Database &db) : m_db(db) {}

    struct CreateRequest {
        QString name;
        QString legalBasis;
        QString scope;
        QString organiser;
        QString standardId;
        std::optional<int> standardVersion;  // nullopt: the latest
        std::vector<CampaignPhase> phases;
        QString actor;
    };
    qint64 create(const CreateRequest &request);
    CampaignRecord campaign(qint64 campaignId);

    struct PopulationResult {
        int size = 0;
        QString sha256;
        QString encoding;  // of a catalogue
        int linked = 0;    // catalogue rows whose case is in the store
    };
    // All stored cases (nullopt) or the given ones (each must exist).
    PopulationResult populationFromCases(qint64 campaignId, const std::optional<std::vector<qint64>> &caseIds, const QString &actor);
    PopulationResult populationFromCatalogue(qint64 campaignId, const QByteArray &csv, const QString &fileName, const QString &actor);
    std::vector<PopulationMember> population(qint64 campaignId);

    DrawRecord draw(qint64 campaignId, const DrawSpec &spec, const QStringList &witnesses, const QString &actor);
    DrawRecord recordedDraw(qint64 campaignId, std::optional<qint64> drawId = std::nullopt);

    struct Verification {
        bool equal = false;
        DrawRecord record;
        QString populationSha256;  // of the population as it is now
        std::vector<DrawnMember> recomputed;
        std::vector<StratumSummary> strata; // of the re-run
        QStringList differences;
    };
    // Re-runs the recorded draw on the campaign's population as stored now.
    Verification verifyDraw(qint64 campaignId, std::optional<qint64> drawId = std::nullopt);
    // The printable 抽取记录 of the draw (DrawRecordBuilder), its strata from the re-run when the
    // population still hashes as recorded.
    ReportDocument drawRecord(qint64 campaignId, std::optional<qint64> drawId = std::nullopt);

    void addReviewer(qint64 campaignId, const CampaignReviewer &reviewer, const QString &actor);
    std::vector<CampaignReviewer> reviewers(qint64 campaignId);

    // Assigns the latest draw's files; refused when that draw has an assignment already.
    AssignmentRecord assign(qint64 campaignId, int perCase, const QString &seed, const QString &actor);

    // Links catalogue rows to stored cases with their case number; audited when any was linked.
    int link(qint64 campaignId, const QString &actor);

private:
    PopulationResult storePopulation(qint64 campaignId, std::vector<PopulationMember> members, const QString &source,
                                     const QString &encoding, const QString &actor);
    Database &m_db;
};

} // namespace casereview
