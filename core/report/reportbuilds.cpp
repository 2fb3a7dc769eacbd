// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilds.h"
#include "analytics/campaignanalytics.h"
#include "analytics/campaignloader.h"
#include "rectificationproblems.h"
#include "review/blindreviews.h"
#include "reviewopinionbuilder.h"
#include "storage/rectificationrepository.h"
#include "storage/reviewrepository.h"

namespace casereview {

ReportBuild ReportBuilds::opinion(qint64 caseId, const QString &reviewer, const QString &viewer)
{
    ReportBuild b;
    const BlindReviews blind = BlindReviews::load(m_db, caseId);
    if (blind.blind(caseId) && (reviewer.isEmpty() || reviewer != viewer)) {
        b.error = ReportBuild::Error::Blind;
        b.detail = QString::number(caseId);
        b.blind = *blind.file(caseId);
        return b;
    }
    if (reviewer.isEmpty()) {
        const std::vector<Review> all = ReviewRepository(m_db).forCase(caseId);
        if (all.size() > 1) {
            b.error = ReportBuild::Error::AmbiguousReviewer;
            for (const Review &r : all)
                b.known << r.reviewer;
            return b;
        }
    }
    const auto input = CampaignLoader(m_db).loadCase(caseId, reviewer);
    if (!input) {
        b.error = ReportBuild::Error::NoCase;
        b.detail = QString::number(caseId);
    } else if (!input->review) {
        b.error = ReportBuild::Error::NoReview;
        b.detail = reviewer;
    } else if (!input->review->standard) {
        b.error = ReportBuild::Error::NoStandard;
        b.detail = QStringLiteral("%1 v%2").arg(input->review->review.standardId).arg(input->review->review.standardVersion);
    } else {
        b.doc = ReviewOpinionBuilder::build(*input);
    }
    return b;
}

ReportBuild ReportBuilds::campaign(const QList<qint64> &caseIds, const CampaignReportBuilder::Options &options)
{
    ReportBuild b;
    const CampaignLoader::Result loaded = CampaignLoader(m_db).load(caseIds);
    if (!loaded.unknownIds.isEmpty()) {
        b.error = ReportBuild::Error::NoCase;
        b.detail = QString::number(loaded.unknownIds.first());
    } else if (loaded.cases.empty()) {
        b.error = ReportBuild::Error::NoCases;
    } else {
        b.doc = CampaignReportBuilder::build(loaded.cases, CampaignAnalytics::analyze(loaded.cases), options);
    }
    return b;
}

ReportBuild ReportBuilds::notice(const QString &agency, RectificationNoticeBuilder::Options options)
{
    ReportBuild b;
    b.detail = agency;
    const CampaignLoader::Result loaded = CampaignLoader(m_db).load();
    const CampaignStats stats = CampaignAnalytics::analyze(loaded.cases);
    const AgencyProblems *found = nullptr;
    for (const AgencyProblems &a : stats.agencies) {
        b.known << a.agency;
        if (a.agency == agency)
            found = &a;
    }
    if (!found) {
        b.error = ReportBuild::Error::UnknownAgency;
        return b;
    }
    RectificationRepository rectification(m_db);
    std::vector<RectificationItem> items;
    if (rectification.available())
        items = rectification.list({std::nullopt, agency, std::nullopt});
    std::map<qint64, QString> numbers;
    for (const CaseInput &c : loaded.cases)
        numbers[c.summary.id] = c.summary.caseNo;
    const AgencyProblems tracked = RectificationProblems::fromItems(agency, items, numbers, found->cases);
    if (!tracked.casesWithProblems.empty()) {
        if (!options.deadline.isValid())
            options.deadline = RectificationProblems::earliestDeadline(items);
        found = &tracked;
        b.fromRectificationItems = true;
    }
    if (found->casesWithProblems.empty()) {
        b.error = ReportBuild::Error::NoProblems;
        b.detail = agency;
        b.cases = found->cases;
        return b;
    }
    b.doc = RectificationNoticeBuilder::build(*found, options);
    return b;
}

std::vector<std::pair<QString, int>> ReportBuilds::noticeAgencies()
{
    const CampaignLoader::Result loaded = CampaignLoader(m_db).load();
    std::vector<std::pair<QString, int>> out;
    QStringList tracked;
    RectificationRepository rectification(m_db);
    if (rectification.available())
        for (const RectificationItem &i : rectification.list())
            if (i.status != RectificationStatus::Closed)
                tracked << i.agency;
    for (const AgencyProblems &a : CampaignAnalytics::analyze(loaded.cases).agencies)
        if (!a.casesWithProblems.empty() || tracked.contains(a.agency))
            out.emplace_back(a.agency, int(a.casesWithProblems.size()));
    return out;
}

} // namespace casereview
