// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignloader.h"
#include "domain/leadingreview.h"
#include "review/blindreviews.h"
#include "scoring/scoringengine.h"
#include "standards/standarderror.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"
#include "storage/reviewrepository.h"
#include "storage/standardservice.h"

#include <algorithm>

namespace casereview {

namespace {
std::optional<Review> chooseReview(const std::vector<Review> &all, const QString &reviewer)
{
    if (!reviewer.isEmpty()) {
        for (const Review &r : all)
            if (r.reviewer == reviewer)
                return r;
        return std::nullopt;
    }
    std::optional<Review> best;
    for (const Review &r : all)
        if (!best || LeadingReview::leads(r, *best))
            best = r;
    return best;
}
} // namespace

std::shared_ptr<const ReviewStandard> CampaignLoader::standard(const QString &id, int version)
{
    const QString key = id + u'@' + QString::number(version);
    auto it = m_standards.find(key);
    if (it != m_standards.end())
        return it->second;
    std::shared_ptr<const ReviewStandard> s;
    try {
        s = std::make_shared<const ReviewStandard>(StandardService(m_db).get(id, version));
    } catch (const StandardError &) {
        // A review under a standard the store no longer reads is reported without titles.
    }
    m_standards[key] = s;
    return s;
}

CaseInput CampaignLoader::build(const CaseSummary &summary, const std::vector<Review> &reviews, const QString &reviewer,
                                 const std::function<std::vector<Answer>(qint64)> &answersOf, std::vector<StoredFinding> findings)
{
    CaseInput in;
    in.summary = summary;
    if (const auto review = chooseReview(reviews, reviewer)) {
        ReviewInput r;
        r.review = *review;
        r.answers = answersOf(review->id);
        r.standard = standard(review->standardId, review->standardVersion);
        if (r.standard)
            r.card = ScoringEngine::score(*r.standard, r.answers);
        in.review = std::move(r);
    }
    in.findings = std::move(findings);
    return in;
}

CaseInput CampaignLoader::loadOne(const CaseSummary &summary, const QString &reviewer, bool details)
{
    ReviewRepository reviews(m_db);
    FindingRepository findings(m_db);
    std::vector<Review> visible = reviews.forCase(summary.id);
    BlindReviews::load(m_db, summary.id).drop(visible, reviewer);
    CaseInput in = build(
        summary, visible, reviewer, [&](qint64 id) { return reviews.answers(id); },
        findings.available() ? findings.list(summary.id) : std::vector<StoredFinding>());
    if (details)
        if (const auto record = CaseRepository(m_db).get(summary.id))
            for (const auto &[key, field] : record->analysis.fields.dates)
                in.dates[key] = field.value;
    return in;
}

CampaignLoader::Result CampaignLoader::load(const QList<qint64> &caseIds, const QString &reviewer)
{
    Result result;
    std::vector<CaseSummary> all = CaseRepository(m_db).list();
    std::sort(all.begin(), all.end(), [](const CaseSummary &a, const CaseSummary &b) { return a.id < b.id; });
    if (caseIds.isEmpty()) {
        // Every case: reviews, answers and findings in a few queries, not a few per case.
        ReviewRepository reviewRepo(m_db);
        std::map<qint64, std::vector<Review>> reviews;
        std::vector<Review> visible = reviewRepo.all();
        BlindReviews::load(m_db).drop(visible, reviewer);
        for (Review &r : visible) // by id, as forCase() gives them
            reviews[r.caseId].push_back(std::move(r));
        std::map<qint64, std::vector<Answer>> answers = reviewRepo.allAnswers();
        FindingRepository findingRepo(m_db);
        std::map<qint64, std::vector<StoredFinding>> findings;
        if (findingRepo.available())
            findings = findingRepo.listAll();
        const std::vector<Review> none;
        for (const CaseSummary &s : all) {
            const auto r = reviews.find(s.id);
            const auto f = findings.find(s.id);
            result.cases.push_back(build(s, r == reviews.end() ? none : r->second, reviewer,
                                         [&](qint64 id) { return answers[id]; },
                                         f == findings.end() ? std::vector<StoredFinding>() : std::move(f->second)));
        }
        return result;
    }
    for (qint64 id : caseIds) {
        const auto it = std::find_if(all.begin(), all.end(), [id](const CaseSummary &s) { return s.id == id; });
        if (it == all.end())
            result.unknownIds << id;
        else
            result.cases.push_back(loadOne(*it, reviewer));
    }
    return result;
}

std::optional<CaseInput> CampaignLoader::loadCase(qint64 caseId, const QString &reviewer)
{
    for (const CaseSummary &s : CaseRepository(m_db).list())
        if (s.id == caseId)
            return loadOne(s, reviewer, true);
    return std::nullopt;
}

} // namespace casereview
