// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationproblems.h"
#include "analytics/campaignanalytics.h"

#include <algorithm>

namespace casereview {

namespace {
bool open(const RectificationItem &i) { return i.status != RectificationStatus::Closed && i.status != RectificationStatus::Withdrawn; }

QString groupKey(const RectificationItem &item)
{
    for (const RectificationSource &s : item.sources) {
        if (!s.standardItem.isEmpty())
            return QStringLiteral("item:") + s.standardItem;
        if (!s.rule.isEmpty())
            return QStringLiteral("rule:") + s.rule;
    }
    return QStringLiteral("rect:%1").arg(item.id);
}

// "标题：说明" as the planner writes it → the title and the particulars.
std::pair<QString, QString> split(const QString &problem)
{
    const qsizetype at = problem.indexOf(QStringLiteral("："));
    if (at <= 0)
        return {problem, QString()};
    return {problem.left(at), problem.mid(at + 1)};
}
} // namespace

namespace RectificationProblems {
AgencyProblems fromItems(const QString &agency, const std::vector<RectificationItem> &items,
                         const std::map<qint64, QString> &caseNumbers, int agencyCases)
{
    AgencyProblems out;
    out.agency = agency;
    out.cases = agencyCases;
    std::vector<std::vector<CaseProblem>> perCase;
    for (const RectificationItem &item : items) {
        if (!open(item))
            continue;
        const auto [title, particulars] = split(item.problem);
        for (qint64 caseId : item.caseIds()) {
            CaseProblem p;
            p.itemKey = groupKey(item);
            p.title = title;
            p.reason = particulars;
            p.legalBasis = item.legalBasis;
            p.veto = item.veto;
            std::vector<int> pages;
            for (const RectificationSource &s : item.sources)
                if (s.caseId == caseId) {
                    p.deduction += s.deduction;
                    pages.insert(pages.end(), s.pages.begin(), s.pages.end());
                }
            std::sort(pages.begin(), pages.end());
            pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
            p.pages = pages;
            auto it = std::find_if(out.casesWithProblems.begin(), out.casesWithProblems.end(),
                                   [caseId](const AgencyCaseProblems &c) { return c.caseId == caseId; });
            if (it == out.casesWithProblems.end()) {
                const auto no = caseNumbers.find(caseId);
                out.casesWithProblems.push_back({caseId, no != caseNumbers.end() ? no->second : QString(), {}});
                it = out.casesWithProblems.end() - 1;
            }
            it->problems.push_back(p);
        }
    }
    std::sort(out.casesWithProblems.begin(), out.casesWithProblems.end(),
              [](const AgencyCaseProblems &a, const AgencyCaseProblems &b) { return a.caseId < b.caseId; });
    for (const AgencyCaseProblems &c : out.casesWithProblems)
        perCase.push_back(c.problems);
    out.byItem = CampaignAnalytics::paretoByItem(perCase);
    return out;
}

QDate earliestDeadline(const std::vector<RectificationItem> &items)
{
    QDate best;
    for (const RectificationItem &i : items)
        if (open(i) && i.deadline.isValid() && (!best.isValid() || i.deadline < best))
            best = i.deadline;
    return best;
}
} // namespace RectificationProblems

} // namespace casereview
