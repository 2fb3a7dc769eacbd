// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesummaryloader.h"

#include "blindreviews.h"
#include "domain/leadingreview.h"
#include "rectification/rectificationrules.h"
#include "scoring/scoringengine.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/rectificationrepository.h"
#include "storage/reviewrepository.h"
#include "storage/standardrepository.h"

#include <QHash>
#include <algorithm>
#include <map>


namespace casereview {

std::vector<CaseSummary> CaseSummaryLoader::all()
{
    std::vector<CaseSummary> cases = CaseRepository(m_db).list();
    fill(cases, std::nullopt);
    return cases;
}

std::optional<CaseSummary> CaseSummaryLoader::one(qint64 caseId)
{
    std::vector<CaseSummary> cases = CaseRepository(m_db).list(caseId);
    if (cases.empty())
        return std::nullopt;
    fill(cases, caseId);
    return std::move(cases.front());
}

void CaseSummaryLoader::fill(std::vector<CaseSummary> &cases, std::optional<qint64> caseId)
{
    ReviewRepository reviewRepo(m_db);
    std::vector<Review> reviews = caseId ? reviewRepo.forCase(*caseId) : reviewRepo.all();
    const BlindReviews blind = BlindReviews::load(m_db, caseId);
    blind.drop(reviews); // a list shows nobody's work on a file still under blind review
    std::map<qint64, std::vector<const Review *>> byCase;  // leading first
    for (const Review &r : reviews)
        byCase[r.caseId].push_back(&r);
    for (auto &[id, list] : byCase)
        std::stable_sort(list.begin(), list.end(), [](const Review *a, const Review *b) { return LeadingReview::leads(*a, *b); });
    const std::map<qint64, std::vector<Answer>> answers = reviewRepo.answersForScoring(caseId);
    const std::map<qint64, int> open = FindingRepository(m_db).openCounts(caseId);

    StandardRepository standardRepo(m_db);
    QHash<QString, std::optional<ReviewStandard>> standards;  // "id\x1fversion" → parsed once
    static const std::vector<Answer> kNone;
    for (CaseSummary &c : cases) {
        if (auto it = open.find(c.id); it != open.end())
            c.openFindings = it->second;
        if (blind.blind(c.id)) {
            const BlindFile &f = *blind.file(c.id);
            c.blindAssigned = int(f.assigned.size());
            c.blindSubmitted = Blindness::submittedCount(f);
        }
        const auto l = byCase.find(c.id);
        if (l == byCase.end())
            continue;
        const Review &r = *l->second.front();
        c.reviewCount = int(l->second.size());
        c.otherReviews.clear();
        for (auto o = l->second.begin() + 1; o != l->second.end(); ++o)
            c.otherReviews.push_back({(*o)->reviewer, (*o)->status});
        const QString key = r.standardId + u'\x1f' + QString::number(r.standardVersion);
        if (!standards.contains(key))
            standards.insert(key, standardRepo.get(r.standardId, r.standardVersion));
        const std::optional<ReviewStandard> &standard = standards[key];
        CaseReviewSummary s;
        s.reviewId = r.id;
        s.reviewer = r.reviewer;
        s.status = r.status;
        if (standard) {
            const auto a = answers.find(r.id);
            const ScoreCard card = ScoringEngine::score(*standard, a == answers.end() ? kNone : a->second);
            s.total = card.total;
            s.maxTotal = card.maxTotal;
            s.grade = card.grade;
            s.unanswered = int(card.unanswered.size());
            s.vetoFailed = !card.vetoHits.isEmpty();
        }
        c.review = s;
    }
    addRectification(cases, caseId);
}

void CaseSummaryLoader::addRectification(std::vector<CaseSummary> &cases, std::optional<qint64> caseId)
{
    RectificationRepository repo(m_db);
    if (!repo.available())
        return;
    RectificationFilter filter;
    filter.caseId = caseId;
    const QMap<qint64, RectificationRules::LightSummary> lights = RectificationRules::perCase(repo.list(filter), m_today);
    for (CaseSummary &c : cases) {
        if (const auto it = lights.find(c.id); it != lights.end()) {
            c.rectificationLight = it->light;
            c.rectificationOpen = it->open;
            c.rectificationOverdue = it->overdue;
        } else if (c.review && c.review->standing() == GradeStanding::Final &&
                   !c.review->vetoFailed && c.review->total >= c.review->maxTotal && c.openFindings == 0) {
            c.rectificationLight = TrafficLight::Green;  // signed without a deduction: nothing to fix
        }
    }
}

} // namespace casereview
