// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardanalytics.h"

#include "campaignanalytics.h"

#include <algorithm>
#include <map>
#include <set>

namespace casereview {

namespace {
const QString kUnknown = QStringLiteral("（未识别）");
QString orUnknown(const QString &s) { return s.trimmed().isEmpty() ? kUnknown : s.trimmed(); }

QList<qint64> sortedIds(const std::set<qint64> &ids) { return QList<qint64>(ids.begin(), ids.end()); }

bool deducted(const ItemScore &s) { return s.verdict && (*s.verdict == Verdict::Deduct || *s.verdict == Verdict::Fail); }
} // namespace

namespace DashboardAnalytics {
DashboardStats build(const std::vector<CaseInput> &cases)
{
    DashboardStats out;
    out.campaign = CampaignAnalytics::analyze(cases);
    const CampaignStats &st = out.campaign;

    std::map<QString, std::set<qint64>> byGrade, byDimension, bySection, byProblem;
    std::map<QString, std::pair<double, std::set<qint64>>> agencyScores;
    for (const CaseInput &c : cases) {
        const qint64 id = c.summary.id;
        for (const CaseProblem &p : CampaignAnalytics::problemsOf(c))
            byProblem[p.itemKey].insert(id);
        if (!c.review || !c.review->isFinal())
            continue;
        const ReviewInput &r = *c.review;
        byGrade[r.card.grade].insert(id);
        auto &agency = agencyScores[orUnknown(c.summary.agency)];
        agency.first += r.card.total;
        agency.second.insert(id);
        for (const ItemScore &s : r.card.items) {
            if (!deducted(s))
                continue;
            const StandardItem *item = r.standard ? r.standard->findItem(s.itemId) : nullptr;
            byDimension[dimensionKey(item ? r.standard->dimensionOf(item->kind) : Dimension::Procedure)].insert(id);
            QString section = s.sectionId;
            for (const SectionScore &sec : r.card.sections)
                if (sec.id == s.sectionId)
                    section = sec.titleZh;
            bySection[section].insert(id);
        }
    }

    for (const CountRow &g : st.grades)
        out.grades.push_back({g.label, g.label, double(g.count), g.count, sortedIds(byGrade[g.label]), 0});
    for (const CountRow &a : st.byAgency) {
        const auto it = agencyScores.find(a.label);
        if (it == agencyScores.end())
            continue;  // no final review yet: no score to show
        const int n = int(it->second.second.size());
        out.scoreByAgency.push_back({a.label, a.label, it->second.first / n, n, sortedIds(it->second.second), 0});
    }
    std::stable_sort(out.scoreByAgency.begin(), out.scoreByAgency.end(),
                     [](const ChartBar &a, const ChartBar &b) { return a.value < b.value; });
    for (Dimension d : {Dimension::Procedure, Dimension::Discretion, Dimension::Legality}) {
        const QString key = dimensionKey(d);
        const auto &ids = byDimension[key];
        out.dimensions.push_back({key, CampaignAnalytics::dimensionName(d), st.deductionsByDimension[size_t(d)],
                                  int(ids.size()), sortedIds(ids), 0});
    }
    for (const DeductionRow &s : st.bySection)
        out.sections.push_back({s.label, s.label, s.points, s.occurrences, sortedIds(bySection[s.label]), 0});
    for (const ParetoRow &p : st.paretoByItem)
        out.pareto.push_back({p.key, p.label, double(p.occurrences), p.occurrences, sortedIds(byProblem[p.key]), p.cumulative});
    return out;
}
} // namespace DashboardAnalytics

} // namespace casereview
