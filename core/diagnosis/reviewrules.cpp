// SPDX-License-Identifier: GPL-3.0-or-later
// Internal approvals: legal review and collective discussion of major cases (第57、58条), and
// the filing approval that must precede the investigation (第54条).
#include "casefacts.h"
#include "rulecatalogue.h"
#include "rules.h"

namespace casereview {

using namespace CaseFacts;

namespace {
void majorNeeds(const RuleContext &c, Findings &out, const char *rule, DocumentType needed, const QString &what)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || decisionOnly(v))
        return;
    auto reason = majorReason(v, c.profile);
    if (!reason) {
        if (auto held = hearingHeld(v))
            reason = std::pair{QStringLiteral("案件经过听证"), *held};
    }
    if (!reason)
        return;
    const auto doc = v.first(needed);
    const auto decided = v.date(QStringLiteral("decision"));
    if (doc) {
        const QString t = v.text(*doc);
        const auto dates = TextScan::dates(t);
        if (!dates.empty() && decided && dates.back().date > decided->date) {
            Finding f = RuleCatalogue::finding(
                rule, QStringLiteral("重大案件（%1），%2日期%3晚于决定日期%4").arg(reason->first, what, cnDate(dates.back().date), cnDate(decided->date)),
                {v.evidence(*doc, dates.back().start, dates.back().length), decided->evidence}, QStringLiteral("late"));
            if (const int page = uncertainPage(v, {&*decided}))
                f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
            out.push_back(f);
        }
        return;
    }
    if (!v.textComplete()) {
        out.push_back(RuleCatalogue::hint(rule, QStringLiteral("重大案件（%1），未识别到%2，部分页面无文字层，请人工核对").arg(reason->first, what),
                                          {reason->second}));
        return;
    }
    out.push_back(RuleCatalogue::finding(rule, QStringLiteral("重大案件（%1），卷内无%2").arg(reason->first, what),
                                         {v.pageEvidence(*decision), reason->second}, QStringLiteral("missing")));
}
} // namespace

namespace Rules {
void majorLegalReview(const RuleContext &c, Findings &out)
{
    majorNeeds(c, out, "MAJOR_NO_LEGAL_REVIEW", DocumentType::LegalReview, QStringLiteral("决定前的法制审核意见"));
}

void majorCollectiveDiscussion(const RuleContext &c, Findings &out)
{
    majorNeeds(c, out, "MAJOR_NO_COLLECTIVE_DISCUSSION", DocumentType::CollectiveDiscussion, QStringLiteral("决定前的负责人集体讨论记录"));
}

void filingApproval(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || decisionOnly(v))
        return;
    const auto filing = v.first(DocumentType::FilingApproval);
    if (!filing) {
        if (v.textComplete())
            out.push_back(RuleCatalogue::finding("NO_FILING_APPROVAL", QStringLiteral("卷内无立案审批表"), {v.pageEvidence(*decision)},
                                                 QStringLiteral("missing")));
        return;
    }
    const auto filed = v.date(QStringLiteral("filed"));
    if (!filed)
        return;
    for (const CaseDocument &inquiry : v.ofType(DocumentType::InquiryRecord)) {
        const QString t = v.text(inquiry);
        const auto dates = TextScan::dates(t.left(80));
        if (dates.empty() || dates.front().date >= filed->date)
            continue;
        out.push_back(RuleCatalogue::finding(
            "NO_FILING_APPROVAL",
            QStringLiteral("询问笔录日期%1早于立案日期%2，先调查后立案").arg(cnDate(dates.front().date), cnDate(filed->date)),
            {v.evidence(inquiry, dates.front().start, dates.front().length), filed->evidence}, QStringLiteral("order")));
        return;
    }
}
} // namespace Rules

} // namespace casereview
