// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosisengine.h"

#include "rules.h"

#include <algorithm>

namespace casereview {

namespace DiagnosisEngine {
std::vector<Finding> diagnose(const DiagnosisInput &input, const ParameterProfile &profile, const HolidayCalendar &calendar)
{
    const CaseView view(input);
    const RuleContext context{view, profile, calendar};
    using Rule = void (*)(const RuleContext &, Findings &);
    static const Rule kRules[] = {
        Rules::inspectionOfficers, Rules::priorNotice,     Rules::statementRights,  Rules::hearingNotice,
        Rules::hearingWindow,      Rules::decisionOverdue, Rules::lateDelivery,     Rules::remedyNotice,
        Rules::majorLegalReview,   Rules::majorCollectiveDiscussion, Rules::rightsPeriod, Rules::fineRange,
        Rules::limitation,         Rules::usccValid,       Rules::partyConsistent,  Rules::decisionContents,
        Rules::serviceProof,       Rules::filingApproval,
    };
    Findings out;
    for (Rule rule : kRules)
        rule(context, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return out;
}
} // namespace DiagnosisEngine

} // namespace casereview
