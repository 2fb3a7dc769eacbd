// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored finding with the reviewer's decision on it (accept pre-fills the suggested
// deduction with the finding's evidence; dismiss needs a reason), and the audit trail.
#include "finding.h"

#include <QDateTime>
#include <optional>

namespace casereview {

enum class FindingVerdict { Accept, Dismiss };

QString findingVerdictKey(FindingVerdict v);  // "accept" | "dismiss"

struct FindingDecision {
    FindingVerdict verdict = FindingVerdict::Accept;
    QString reason;
    QString reviewer;
    QDateTime decidedAt;
};

struct StoredFinding {
    qint64 id = 0;
    qint64 caseId = 0;
    Finding finding;
    QString profile;
    QDateTime diagnosedAt;
    std::optional<FindingDecision> decision;
};

struct FindingAuditEntry {
    qint64 caseId = 0;
    QString rule;
    QString factKey;
    QString action;  // accept | dismiss | reopen | dropped
    QString reason;
    QString reviewer;
    QDateTime at;
};

} // namespace casereview
