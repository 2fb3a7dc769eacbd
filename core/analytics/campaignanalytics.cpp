// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignanalytics.h"

#include <QSet>
#include <algorithm>
#include <map>

namespace casereview {

namespace {
const QString kUnknown = QStringLiteral("（未识别）");

QString orUnknown(const QString &s) { return s.trimmed().isEmpty() ? kUnknown : s.trimmed(); }

std::vector<int> sortedPages(std::vector<int> pages)
{
    pages.erase(std::remove_if(pages.begin(), pages.end(), [](int p) { return p <= 0; }), pages.end());
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    return pages;
}

std::vector<CountRow> countRows(const std::map<QString, int> &counts)
{
    std::vector<CountRow> rows;
    for (const auto &[label, n] : counts)
        rows.push_back({label, n});
    std::stable_sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) { return a.count > b.count; });
    return rows;
}

bool deducted(const ItemScore &s)
{
    return s.verdict && (*s.verdict == Verdict::Deduct || *s.verdict == Verdict::Fail);
}

std::vector<CaseProblem> reviewProblems(const ReviewInput &r)
{
    std::vector<CaseProblem> out;
    for (const ItemScore &s : r.card.items) {
        if (!deducted(s))
            continue;
        const StandardItem *item = r.standard ? r.standard->findItem(s.itemId) : nullptr;
        CaseProblem p;
        p.itemKey = r.card.standardId + u':' + s.itemId;
        p.title = item ? item->titleZh : s.itemId;
        p.dimension = item && r.standard ? r.standard->dimensionOf(item->kind) : Dimension::Procedure;
        p.deduction = s.max - s.score;
        p.veto = *s.verdict == Verdict::Fail;
        p.legalBasis = item ? item->legalBasis.join(QStringLiteral("；")) : QString();
        std::vector<int> pages;
        if (const Answer *a = r.answer(s.itemId)) {
            p.reason = a->note;
            for (const EvidenceAnchor &e : a->evidence)
                pages.push_back(e.page);
        }
        p.pages = sortedPages(pages);
        out.push_back(p);
    }
    return out;
}
} // namespace

namespace CampaignAnalytics {
QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Procedure: return QStringLiteral("程序合规性");
    case Dimension::Discretion: return QStringLiteral("裁量合理性");
    case Dimension::Legality: return QStringLiteral("决定合法性");
    }
    return {};
}

std::vector<CaseProblem> problemsOf(const CaseInput &c)
{
    std::vector<CaseProblem> out;
    const ReviewInput *signedReview = c.review && c.review->isFinal() ? &*c.review : nullptr;
    QSet<QString> covered;
    if (signedReview) {
        out = reviewProblems(*signedReview);
        for (const CaseProblem &p : out)
            covered.insert(p.itemKey);
    }
    for (const StoredFinding &sf : c.findings) {
        if (!sf.decision || sf.decision->verdict != FindingVerdict::Accept)
            continue;
        const Finding &f = sf.finding;
        const ReviewStandard *standard = c.review && c.review->standard ? c.review->standard.get() : nullptr;
        const StandardItem *item = standard && !f.item.isEmpty() ? standard->findItem(f.item) : nullptr;
        CaseProblem p;
        p.itemKey = item ? standard->id + u':' + item->id : QStringLiteral("rule:") + f.rule;
        if (covered.contains(p.itemKey))
            continue;
        covered.insert(p.itemKey);
        p.title = item ? item->titleZh : f.rule;
        p.dimension = f.dimension;
        p.veto = f.severity == Severity::Veto;
        p.reason = f.message;
        p.legalBasis = f.legalBasis;
        std::vector<int> pages;
        for (const Evidence &e : f.evidence)
            pages.push_back(e.page);
        p.pages = sortedPages(pages);
        p.fromFinding = true;
        out.push_back(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const CaseProblem &a, const CaseProblem &b) {
        if (a.veto != b.veto)
            return a.veto;
        return a.deduction > b.deduction;
    });
    return out;
}

std::vector<ScoreBucket> histogram(const std::vector<double> &scores, const std::vector<double> &edges)
{
    std::vector<ScoreBucket> out;
    for (size_t i = 0; i + 1 < edges.size(); ++i)
        out.push_back({edges[i], edges[i + 1], 0});
    for (double s : scores) {
        for (size_t i = 0; i < out.size(); ++i) {
            const bool last = i + 1 == out.size();
            if (s >= out[i].from && (s < out[i].to || (last && s <= out[i].to))) {
                ++out[i].count;
                break;
            }
        }
    }
    return out;
}

std::vector<ParetoRow> pareto(std::vector<ParetoRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const ParetoRow &a, const ParetoRow &b) {
        if (a.occurrences != b.occurrences)
            return a.occurrences > b.occurrences;
        if (a.points != b.points)
            return a.points > b.points;
        return a.key < b.key;
    });
    int total = 0;
    for (const ParetoRow &r : rows)
        total += r.occurrences;
    int running = 0;
    for (ParetoRow &r : rows) {
        running += r.occurrences;
        r.share = total ? double(r.occurrences) / total : 0;
        r.cumulative = total ? double(running) / total : 0;
    }
    return rows;
}

std::vector<ParetoRow> paretoByItem(const std::vector<std::vector<CaseProblem>> &problemsPerCase)
{
    std::map<QString, ParetoRow> byKey;
    for (const auto &problems : problemsPerCase)
        for (const CaseProblem &p : problems) {
            ParetoRow &r = byKey[p.itemKey];
            r.key = p.itemKey;
            if (r.label.isEmpty())
                r.label = p.title;
            ++r.occurrences;
            r.points += p.deduction;
            r.vetoes += p.veto ? 1 : 0;
        }
    std::vector<ParetoRow> rows;
    for (auto &[k, r] : byKey)
        rows.push_back(r);
    return pareto(rows);
}

std::vector<ParetoRow> paretoByDimension(const std::vector<std::vector<CaseProblem>> &problemsPerCase)
{
    std::vector<ParetoRow> rows;
    for (Dimension d : {Dimension::Procedure, Dimension::Discretion, Dimension::Legality})
        rows.push_back({casereview::dimensionKey(d), dimensionName(d), 0, 0, 0, 0, 0});
    for (const auto &problems : problemsPerCase)
        for (const CaseProblem &p : problems) {
            ++rows[size_t(p.dimension)].occurrences;
            rows[size_t(p.dimension)].points += p.deduction;
            rows[size_t(p.dimension)].vetoes += p.veto ? 1 : 0;
        }
    return pareto(rows);
}

QString pageList(const std::vector<int> &pages)
{
    if (pages.empty())
        return {};
    QStringList parts;
    for (int p : pages)
        parts << QString::number(p);
    return QStringLiteral("第%1页").arg(parts.join(QStringLiteral("、")));
}

CampaignStats analyze(const std::vector<CaseInput> &cases, const Options &options)
{
    CampaignStats st;
    st.caseCount = int(cases.size());
    std::map<QString, int> agencies, types, sections;
    std::map<QString, double> sectionPoints;
    std::vector<QString> gradeOrder;
    std::map<QString, int> gradeCounts;
    std::vector<double> scores;
    std::vector<std::vector<CaseProblem>> problems;
    std::map<QString, std::vector<size_t>> casesOfAgency;

    for (size_t i = 0; i < cases.size(); ++i) {
        const CaseInput &c = cases[i];
        const QString agency = orUnknown(c.summary.agency);
        ++agencies[agency];
        ++types[orUnknown(c.summary.caseType)];
        casesOfAgency[agency].push_back(i);
        for (const StoredFinding &f : c.findings) {
            if (!f.decision)
                ++st.pendingFindings;
            else if (f.decision->verdict == FindingVerdict::Accept)
                ++st.acceptedFindings;
        }
        problems.push_back(problemsOf(c));
        if (!c.review) {
            ++st.unreviewedCount;
            continue;
        }
        const ReviewInput &r = *c.review;
        if (r.standard)
            for (const GradeBand &g : r.standard->grades)
                if (std::find(gradeOrder.begin(), gradeOrder.end(), g.name) == gradeOrder.end())
                    gradeOrder.push_back(g.name);
        if (!r.isFinal()) {
            ++st.incompleteCount;
            continue;
        }
        ++st.finalCount;
        ++gradeCounts[r.card.grade];
        scores.push_back(r.card.total);
        if (!r.card.vetoHits.isEmpty())
            ++st.vetoCases;
        for (const ItemScore &s : r.card.items) {
            if (!deducted(s))
                continue;
            const StandardItem *item = r.standard ? r.standard->findItem(s.itemId) : nullptr;
            const Dimension d = item ? r.standard->dimensionOf(item->kind) : Dimension::Procedure;
            st.deductionsByDimension[size_t(d)] += s.max - s.score;
            QString section = s.sectionId;
            for (const SectionScore &sec : r.card.sections)
                if (sec.id == s.sectionId)
                    section = sec.titleZh;
            sectionPoints[section] += s.max - s.score;
            ++sections[section];
        }
    }

    st.byAgency = countRows(agencies);
    st.byCaseType = countRows(types);
    for (const QString &g : gradeOrder)
        st.grades.push_back({g, gradeCounts[g]});
    for (const auto &[g, n] : gradeCounts)
        if (std::find(gradeOrder.begin(), gradeOrder.end(), g) == gradeOrder.end())
            st.grades.push_back({g, n});
    st.histogram = histogram(scores, options.bucketEdges);
    double sum = 0;
    for (double s : scores)
        sum += s;
    st.meanScore = scores.empty() ? 0 : sum / double(scores.size());
    for (const auto &[label, pts] : sectionPoints)
        st.bySection.push_back({label, pts, sections[label]});
    std::stable_sort(st.bySection.begin(), st.bySection.end(),
                     [](const DeductionRow &a, const DeductionRow &b) { return a.points > b.points; });
    st.paretoByItem = paretoByItem(problems);
    st.paretoByDimension = paretoByDimension(problems);

    // Typical cases: veto first, then the lowest final score; cases with no problem are not typical.
    std::vector<size_t> order;
    for (size_t i = 0; i < cases.size(); ++i)
        if (!problems[i].empty())
            order.push_back(i);
    auto totalOf = [&](size_t i) {
        const auto &r = cases[i].review;
        return r && r->isFinal() ? r->card.total : 1e9;
    };
    auto vetoOf = [&](size_t i) {
        return std::any_of(problems[i].begin(), problems[i].end(), [](const CaseProblem &p) { return p.veto; });
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (vetoOf(a) != vetoOf(b))
            return vetoOf(a);
        if (totalOf(a) != totalOf(b))
            return totalOf(a) < totalOf(b);
        return problems[a].size() > problems[b].size();
    });
    for (size_t k = 0; k < order.size() && int(k) < options.typicalCount; ++k) {
        const CaseInput &c = cases[order[k]];
        const bool isFinal = c.review && c.review->isFinal();
        st.typicalCases.push_back({c.summary.id, c.summary.caseNo, orUnknown(c.summary.agency),
                                   isFinal ? c.review->card.total : 0, isFinal ? c.review->card.grade : QString(),
                                   vetoOf(order[k]), problems[order[k]]});
    }

    for (const CountRow &a : st.byAgency) {
        AgencyProblems ap;
        ap.agency = a.label;
        ap.cases = a.count;
        std::vector<std::vector<CaseProblem>> own;
        for (size_t i : casesOfAgency[a.label]) {
            if (problems[i].empty())
                continue;
            ap.casesWithProblems.push_back({cases[i].summary.id, cases[i].summary.caseNo, problems[i]});
            own.push_back(problems[i]);
        }
        ap.byItem = paretoByItem(own);
        st.agencies.push_back(ap);
    }
    return st;
}
} // namespace CampaignAnalytics

} // namespace casereview
