// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what a review campaign's report (`campaign report`, ReportKind::CampaignResults) is
// made of: the campaign's files of its latest draw that are in the store, each with its joint
// result — the consensus sheet once every assigned reviewer signed it, scored under the
// campaign's standard version — as its review (a file without one has none and is not graded),
// and how the campaign was run (CampaignConduct: the draw, the reviewers, where the files stand,
// agreement, each file's disputes and consensus). A reviewer's own review never stands in for
// the joint result. Read only; throws CampaignError(NotFound) for an unknown campaign.
#include "analytics/campaigninput.h"
#include "report/campaignconduct.h"
#include "report/campaignreportbuilder.h"

#include <vector>

namespace casereview {

class Database;

struct CampaignReportInput {
    std::vector<CaseInput> cases; // in draw order
    CampaignConduct conduct;
};

class CampaignReportLoader {
public:
    explicit CampaignReportLoader(Database &db) : m_db(db) { }
    CampaignReportInput load(qint64 campaignId);
    // The campaign's report: CampaignReportBuilder over its files and their joint results, with
    // the conduct sections; the organiser is the campaign's unless `options` names one.
    ReportDocument report(qint64 campaignId, CampaignReportBuilder::Options options = {});

private:
    void addDraw(qint64 campaignId, CampaignConduct &conduct);
    void addFiles(qint64 campaignId, CampaignReportInput &input);
    Database &m_db;
};

} // namespace casereview
