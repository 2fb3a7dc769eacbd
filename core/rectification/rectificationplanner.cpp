// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationplanner.h"

#include <algorithm>

namespace casereview {

namespace RectificationPlanner {
QString deductionKey(qint64 reviewId, const QString &itemId) { return QStringLiteral("review:%1:%2").arg(reviewId).arg(itemId); }

QString findingKey(qint64 caseId, const QString &rule, const QString &factKey)
{
    return QStringLiteral("finding:%1:%2:%3").arg(caseId).arg(rule, factKey);
}

namespace {
struct Problem {
    QString groupKey;  // what makes two problems "the same" (standard item, else rule)
    QString genericTitle;
    RectificationItem item;  // one source
};

RectificationItem fromDeduction(const Deduction &d)
{
    RectificationItem item;
    item.caseId = d.caseId;
    item.problem = d.note.trimmed().isEmpty() ? d.title : QStringLiteral("%1：%2").arg(d.title, d.note.trimmed());
    item.legalBasis = d.legalBasis.join(QStringLiteral("；"));
    item.veto = d.veto;
    RectificationSource s;
    s.key = deductionKey(d.reviewId, d.itemId);
    s.caseId = d.caseId;
    s.kind = d.veto ? RectificationSourceKind::Veto : RectificationSourceKind::Deduction;
    s.reviewId = d.reviewId;
    s.standardItem = d.itemId;
    s.deduction = d.deduction;
    s.pages = d.pages;
    s.quote = d.quote;
    item.sources.push_back(s);
    return item;
}

RectificationItem fromFinding(const FindingProblem &f)
{
    RectificationItem item;
    item.caseId = f.caseId;
    item.problem = f.message;
    item.legalBasis = f.legalBasis;
    item.veto = f.veto;
    RectificationSource s;
    s.key = findingKey(f.caseId, f.rule, f.factKey);
    s.caseId = f.caseId;
    s.kind = RectificationSourceKind::Finding;
    s.standardItem = f.suggestedItem;
    s.rule = f.rule;
    s.factKey = f.factKey;
    s.pages = f.pages;
    s.quote = f.quote;
    item.sources.push_back(s);
    return item;
}

void merge(RectificationItem &into, const RectificationItem &other)
{
    into.veto = into.veto || other.veto;
    if (into.legalBasis.isEmpty())
        into.legalBasis = other.legalBasis;
    for (const RectificationSource &s : other.sources)
        into.sources.push_back(s);
}
} // namespace

Plan plan(const Input &input, const QSet<QString> &trackedKeys, Grouping grouping, const QDate &deadline)
{
    Plan out;
    std::vector<Problem> problems;
    for (const Deduction &d : input.deductions) {
        if (trackedKeys.contains(deductionKey(d.reviewId, d.itemId))) {
            ++out.alreadyTracked;
            continue;
        }
        // Two reviewers deducting the same item of one case describe one problem.
        auto same = std::find_if(problems.begin(), problems.end(), [&](const Problem &p) {
            return p.item.caseId == d.caseId && p.groupKey == QStringLiteral("item:") + d.itemId;
        });
        if (same != problems.end()) {
            merge(same->item, fromDeduction(d));
            continue;
        }
        problems.push_back({QStringLiteral("item:") + d.itemId, d.title, fromDeduction(d)});
    }
    for (const FindingProblem &f : input.findings) {
        if (trackedKeys.contains(findingKey(f.caseId, f.rule, f.factKey))) {
            ++out.alreadyTracked;
            continue;
        }
        const QString group = f.suggestedItem.isEmpty() ? QStringLiteral("rule:") + f.rule : QStringLiteral("item:") + f.suggestedItem;
        auto same = std::find_if(problems.begin(), problems.end(),
                                 [&](const Problem &p) { return p.item.caseId == f.caseId && p.groupKey == group; });
        if (same != problems.end()) {
            merge(same->item, fromFinding(f));
            continue;
        }
        problems.push_back({group, f.message, fromFinding(f)});
    }

    for (Problem &p : problems) {
        const auto agency = input.agencies.find(p.item.caseId);
        p.item.agency = agency == input.agencies.end() ? QString() : agency->second;
        p.item.deadline = deadline;
        p.item.kind = p.item.veto ? RectificationKind::CaseCorrection : RectificationKind::Systemic;
    }

    if (grouping == Grouping::PerProblem) {
        for (Problem &p : problems)
            out.items.push_back(std::move(p.item));
        return out;
    }
    // Per agency: cases of an unknown agency are not pooled with each other.
    std::vector<Problem> grouped;
    for (Problem &p : problems) {
        auto same = std::find_if(grouped.begin(), grouped.end(), [&](const Problem &g) {
            return g.groupKey == p.groupKey && !p.item.agency.isEmpty() && g.item.agency == p.item.agency;
        });
        if (same == grouped.end()) {
            grouped.push_back(std::move(p));
            continue;
        }
        merge(same->item, p.item);
    }
    for (Problem &g : grouped) {
        if (g.item.caseIds().size() > 1) {
            g.item.problem = QStringLiteral("%1（%2件案卷）").arg(g.genericTitle).arg(g.item.caseIds().size());
            g.item.kind = RectificationKind::Systemic;
        }
        out.items.push_back(std::move(g.item));
    }
    return out;
}
} // namespace RectificationPlanner

} // namespace casereview
