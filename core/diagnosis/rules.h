// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The statutory rules: pure functions from a case's facts to findings. Each appends what it
// finds; a rule that lacks its facts appends a hint, and a lawful look-alike appends nothing.
#include "caseview.h"
#include "domain/finding.h"
#include "holidaycalendar.h"
#include "parameterprofile.h"

#include <vector>

namespace casereview {

struct RuleContext {
    const CaseView &view;
    const ParameterProfile &profile;
    const HolidayCalendar &calendar;
};

using Findings = std::vector<Finding>;

namespace Rules {
void inspectionOfficers(const RuleContext &c, Findings &out);
void priorNotice(const RuleContext &c, Findings &out);
void statementRights(const RuleContext &c, Findings &out);
void hearingNotice(const RuleContext &c, Findings &out);
void hearingWindow(const RuleContext &c, Findings &out);
void rightsPeriod(const RuleContext &c, Findings &out);
void decisionOverdue(const RuleContext &c, Findings &out);
void lateDelivery(const RuleContext &c, Findings &out);
void serviceProof(const RuleContext &c, Findings &out);
void limitation(const RuleContext &c, Findings &out);
void remedyNotice(const RuleContext &c, Findings &out);
void decisionContents(const RuleContext &c, Findings &out);
void fineRange(const RuleContext &c, Findings &out);
void majorLegalReview(const RuleContext &c, Findings &out);
void majorCollectiveDiscussion(const RuleContext &c, Findings &out);
void filingApproval(const RuleContext &c, Findings &out);
void usccValid(const RuleContext &c, Findings &out);
void partyConsistent(const RuleContext &c, Findings &out);
} // namespace Rules

} // namespace casereview
