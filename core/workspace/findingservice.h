// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to read and decide a case's diagnosis findings, for both front ends: a reviewer
// accepts a finding, dismisses it with a reason, or takes the decision back (undo); each is
// audited by FindingRepository in the same transaction. Reads run on the Workspace's read pool,
// decisions on its writer, which announces ChangeEvent{Findings, {caseId}} once committed.
// Failures arrive typed in the future: NotFound when the finding is not (or no longer) the
// case's, Refused for a dismissal without a reason or an undo of a finding not decided.
#include "domain/findingreview.h"

#include <QFuture>
#include <QString>
#include <vector>

namespace casereview {

class Workspace;

class FindingService {
public:
    // What the findings panel shows of a case: its findings as stored (with decisions) and how
    // many scanned pages still wait for OCR (the diagnosis cannot see those yet).
    struct CaseFindings {
        qint64 caseId = 0;
        std::vector<StoredFinding> findings;
        int ocrPending = 0;
    };

    explicit FindingService(Workspace &workspace) : m_ws(workspace) {}

    QFuture<CaseFindings> load(qint64 caseId);
    // The decision as stored: the finding with its decision (undo: without one).
    QFuture<StoredFinding> decide(qint64 caseId, qint64 findingId, FindingVerdict verdict, const QString &reason,
                                  const QString &reviewer);
    QFuture<StoredFinding> undo(qint64 caseId, qint64 findingId, const QString &reviewer);
    QFuture<std::vector<FindingAuditEntry>> audit(qint64 caseId);

private:
    Workspace &m_ws;
};

} // namespace casereview
