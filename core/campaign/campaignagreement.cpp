// SPDX-License-Identifier: GPL-3.0-or-later
// Per-file, per-item, per-pair and per-reviewer agreement (see campaignagreement.h).
#include "campaignagreement.h"

#include "agreementstats.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace casereview {

namespace {
bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.verdict == b.verdict && std::abs(a.deduction - b.deduction) < 1e-9;
}

std::optional<double> points(const Answer &a)
{
    if (a.verdict == Verdict::Pass)
        return 0.0;
    if (a.verdict == Verdict::Deduct)
        return a.deduction;
    return std::nullopt;
}
} // namespace

QStringList CampaignAgreement::ordered(const QSet<QString> &ids, const ReviewStandard &standard)
{
    QStringList veto, scored, other;
    for (const StandardSection &s : standard.sections)
        for (const StandardItem &i : s.items)
            if (ids.contains(i.id))
                (i.veto ? veto : scored) << i.id;
    for (const QString &id : ids)
        if (!standard.findItem(id))
            other << id;
    other.sort();
    return veto + scored + other;
}

double CampaignAgreement::verdictCode(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return 0;
    case Verdict::Deduct: return 1;
    case Verdict::NotApplicable: return 2;
    case Verdict::Fail: return 3;
    }
    return 0;
}

AgreementReport CampaignAgreement::compute(const std::vector<FileReviews> &files, const ReviewStandard &standard, int minShared)
{
    AgreementReport out;
    std::vector<std::vector<double>> verdictUnits, pointUnits;
    std::map<QString, std::vector<std::vector<double>>> perItem;
    std::map<std::pair<QString, QString>, std::vector<std::pair<QString, QString>>> pairRatings;
    std::map<QString, std::pair<double, int>> ownSum;   // reviewer → (Σ deduction, units)
    std::map<QString, double> driftSum;                 // reviewer → Σ (own − unit mean)

    for (const FileReviews &f : files) {
        FileAgreement fa;
        fa.key = f.key;
        fa.caseId = f.caseId;
        fa.reviewers = int(f.reviews.size());
        QSet<QString> grades, itemIds, disputed;
        double lo = 0, hi = 0;
        for (size_t r = 0; r < f.reviews.size(); ++r) {
            const ReviewerScore &rs = f.reviews[r];
            lo = r == 0 ? rs.total : std::min(lo, rs.total);
            hi = r == 0 ? rs.total : std::max(hi, rs.total);
            grades.insert(rs.grade);
            for (const auto &[id, a] : rs.answers)
                itemIds.insert(id);
        }
        fa.scoreGap = hi - lo;
        fa.gradeMismatch = grades.size() > 1;
        for (const QString &id : ordered(itemIds, standard)) {
            std::vector<std::pair<const QString *, const Answer *>> given;
            for (const ReviewerScore &rs : f.reviews)
                if (auto it = rs.answers.find(id); it != rs.answers.end())
                    given.emplace_back(&rs.reviewer, &it->second);
            if (given.size() < 2)
                continue;
            std::vector<double> codes, pts;
            bool same = true;
            for (const auto &[who, a] : given) {
                codes.push_back(verdictCode(a->verdict));
                if (auto p = points(*a))
                    pts.push_back(*p);
                same &= sameAnswer(*a, *given.front().second);
            }
            if (!same)
                disputed.insert(id);
            verdictUnits.push_back(codes);
            pointUnits.push_back(pts);
            perItem[id].push_back(codes);
            for (size_t i = 0; i < given.size(); ++i)
                for (size_t j = i + 1; j < given.size(); ++j) {
                    const bool swap = *given[j].first < *given[i].first;
                    const auto &x = swap ? given[j] : given[i];
                    const auto &y = swap ? given[i] : given[j];
                    pairRatings[{*x.first, *y.first}].emplace_back(VerdictKeys::key(x.second->verdict), VerdictKeys::key(y.second->verdict));
                }
            if (pts.size() >= 2) {
                double mean = 0;
                for (double p : pts)
                    mean += p;
                mean /= double(pts.size());
                for (const auto &[who, a] : given)
                    if (auto p = points(*a)) {
                        ownSum[*who].first += *p;
                        ownSum[*who].second += 1;
                        driftSum[*who] += *p - mean;
                    }
            }
        }
        for (const QString &id : ordered(itemIds, standard))
            if (disputed.contains(id))
                fa.disputedItems << id;
        out.files.push_back(fa);
    }
    out.units = AgreementStats::pairableUnits(verdictUnits);
    out.percent = AgreementStats::percentAgreement(verdictUnits);
    out.alphaNominal = AgreementStats::krippendorffAlpha(verdictUnits, AgreementStats::Metric::Nominal);
    out.alphaInterval = AgreementStats::krippendorffAlpha(pointUnits, AgreementStats::Metric::Interval);
    for (const auto &[pair, ratings] : pairRatings) {
        PairAgreement p{pair.first, pair.second, int(ratings.size()), std::nullopt};
        if (p.items >= minShared)
            p.kappa = AgreementStats::cohensKappa(ratings);
        out.pairs.push_back(p);
    }
    QSet<QString> itemIds;
    for (const auto &[id, units] : perItem)
        itemIds.insert(id);
    for (const QString &id : ordered(itemIds, standard)) {
        const auto &units = perItem[id];
        out.items.push_back({id, AgreementStats::pairableUnits(units), AgreementStats::percentAgreement(units),
                             AgreementStats::krippendorffAlpha(units, AgreementStats::Metric::Nominal)});
    }
    for (const auto &[who, sum] : ownSum)
        out.reviewers.push_back({who, sum.second, sum.first / sum.second, driftSum[who] / sum.second});
    return out;
}

} // namespace casereview
