// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The consensus sheet (合议表) of one campaign file, a pure function of its assigned reviewers'
// submitted answers and the reconciler's decisions. The disputed items are those where the
// reviewers' verdicts or deductions differ (CampaignAgreement's per-file list: veto gates
// first, then standard order) and those only some of them answered. An item every reviewer
// answered alike takes the common answer; each disputed item takes the reconciler's decision,
// which needs a reason (evidence is optional); an item nobody answered stays open unless the
// reconciler answers it. A decision that would change an agreed item is refused: the
// consensus settles disputes, it does not overrule what the reviewers agree on.
// Every problem is reported, typed and naming its item, so nothing is written half-checked.
#include "campaignagreement.h"
#include "domain/consensusrecord.h"

namespace casereview {

// The reconciler's answer to one item; `reason` is required for a disputed item.
struct ConsensusDecision {
    Answer answer;
    QString reason;
};

struct ConsensusProblem {
    enum class Kind {
        UnknownItem, // the item is not in the campaign's standard version
        InvalidAnswer, // the answer does not fit the item (verdict, deduction, evidence)
        Duplicate, // the item is decided more than once
        MissingDecision, // a disputed item has no decision
        MissingReason, // a disputed item's decision has no reason
        ChangesAgreed, // the decision differs from what every reviewer answered
    };
    Kind kind;
    QString item;
    QString message; // an English sentence naming the item
    bool operator==(const ConsensusProblem &) const = default;
};

struct ConsensusDraft {
    QStringList disputed; // veto gates first, then standard order
    std::vector<ConsensusItem> items; // in standard order; empty when there are problems
    std::vector<ConsensusProblem> problems;
    bool ok() const { return problems.empty(); }
};

namespace ConsensusSheet {
// The disputed items of the file: `file.reviews` are the assigned reviewers' submitted reviews.
QStringList disputedItems(const FileReviews &file, const ReviewStandard &standard);
ConsensusDraft make(const FileReviews &file, const ReviewStandard &standard, const std::vector<ConsensusDecision> &decisions);
// "王 deduct 2, 李 pass": the reviewers' answers to one item side by side ("—" when unanswered).
QString sideBySide(const FileReviews &file, const QString &itemId);
std::vector<Answer> answers(const std::vector<ConsensusItem> &items);
} // namespace ConsensusSheet

} // namespace casereview
