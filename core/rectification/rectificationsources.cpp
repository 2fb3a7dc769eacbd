// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationsources.h"

#include "rectificationerror.h"
#include "standards/standarderror.h"
#include "storage/standardservice.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"
#include "storage/reviewrepository.h"

#include <algorithm>

namespace casereview {

namespace {
using Err = RectificationError;
[[noreturn]] void refuse(Err::Kind kind, const QString &message) { throw RectificationError(kind, message); }

std::vector<int> anchorPages(const std::vector<EvidenceAnchor> &evidence)
{
    std::vector<int> pages;
    for (const EvidenceAnchor &e : evidence)
        pages.push_back(e.page);
    return pages;
}

std::vector<int> evidencePages(const std::vector<Evidence> &evidence)
{
    std::vector<int> pages;
    for (const Evidence &e : evidence)
        if (e.page > 0)
            pages.push_back(e.page);
    return pages;
}
} // namespace

namespace RectificationSources {
RectificationPlanner::Input read(Database &db, const std::vector<qint64> &reviewIds, const std::vector<qint64> &askedCases,
                                 bool allFindings, std::vector<qint64> *withoutSignedReview)
{
    RectificationPlanner::Input in;
    ReviewRepository reviews(db);
    CaseRepository cases(db);
    StandardService standards(db);
    std::vector<Review> picked;
    std::vector<qint64> caseIds;
    auto addCase = [&](qint64 caseId) {
        if (std::find(caseIds.begin(), caseIds.end(), caseId) == caseIds.end())
            caseIds.push_back(caseId);
    };
    for (qint64 id : reviewIds) {
        const std::optional<Review> r = reviews.get(id);
        if (!r)
            refuse(Err::Kind::NotFound, QStringLiteral("no review %1 in the store").arg(id));
        if (r->status != ReviewStatus::Signed)
            refuse(Err::Kind::NotSigned, QStringLiteral("review %1 (case %2, %3) is %4, not signed; rectification items "
                                                        "come from signed reviews")
                                             .arg(id)
                                             .arg(r->caseId)
                                             .arg(r->reviewer, ReviewStatusKeys::key(r->status)));
        picked.push_back(*r);
        addCase(r->caseId);
    }
    for (qint64 caseId : askedCases) {
        if (!cases.get(caseId))
            refuse(Err::Kind::NotFound, QStringLiteral("no case %1 in the store").arg(caseId));
        bool signedOne = false;
        for (const Review &r : reviews.forCase(caseId))
            if (r.status == ReviewStatus::Signed) {
                signedOne = true;
                if (std::none_of(picked.begin(), picked.end(), [&](const Review &p) { return p.id == r.id; }))
                    picked.push_back(r);
            }
        if (!signedOne)
            if (withoutSignedReview)
                withoutSignedReview->push_back(caseId);
        addCase(caseId);
    }
    for (qint64 caseId : caseIds) {
        const auto c = cases.get(caseId);
        in.agencies[caseId] = c && c->analysis.fields.agency ? c->analysis.fields.agency->value : QString();
    }

    for (const Review &r : picked) {
        ReviewStandard standard;
        try {
            standard = standards.get(r.standardId, r.standardVersion);
        } catch (const StandardError &e) {
            refuse(Err::Kind::NotFound, e.message());
        }
        for (const Answer &a : reviews.answers(r.id)) {
            if (a.verdict != Verdict::Deduct && a.verdict != Verdict::Fail)
                continue;
            const StandardItem *item = standard.findItem(a.itemId);
            RectificationPlanner::Deduction d;
            d.caseId = r.caseId;
            d.reviewId = r.id;
            d.itemId = a.itemId;
            d.title = item ? item->titleZh : a.itemId;
            d.legalBasis = item ? item->legalBasis : QStringList();
            d.veto = a.verdict == Verdict::Fail;
            d.deduction = a.deduction;
            d.note = a.note;
            d.pages = anchorPages(a.evidence);
            d.quote = a.evidence.empty() ? QString() : a.evidence.front().quote;
            in.deductions.push_back(d);
        }
    }

    FindingRepository findings(db);
    if (findings.available())
        for (qint64 caseId : caseIds)
            for (const StoredFinding &f : findings.list(caseId)) {
                const bool accepted = f.decision && f.decision->verdict == FindingVerdict::Accept;
                const bool open = !f.decision && f.finding.severity != Severity::Hint;
                if (!accepted && !(allFindings && open))
                    continue;
                RectificationPlanner::FindingProblem p;
                p.caseId = caseId;
                p.rule = f.finding.rule;
                p.factKey = f.finding.key;
                p.suggestedItem = f.finding.item;
                p.message = f.finding.message;
                p.legalBasis = f.finding.legalBasis;
                p.veto = f.finding.severity == Severity::Veto;
                p.pages = evidencePages(f.finding.evidence);
                p.quote = f.finding.evidence.empty() ? QString() : f.finding.evidence.front().snippet;
                in.findings.push_back(p);
            }
    return in;
}
} // namespace RectificationSources

} // namespace casereview
