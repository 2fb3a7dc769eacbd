// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a reconciliation (合议) or a joint signature (联合署名) was refused. The kind lets a
// front end word it in its own language; the message is an English sentence naming the
// campaign, the case, the reviewer or the item. `problems` lists every problem of a sheet
// (Kind::Sheet). Nothing is written when one is thrown.
#include "consensussheet.h"

#include <stdexcept>

namespace casereview {

class ConsensusError : public std::runtime_error {
public:
    enum class Kind {
        Sheet, // the decisions do not make a valid sheet (see problems)
        StillBlind, // not every assigned reviewer has submitted: the reviews are still blind
        NotAllowed, // the reconciler is neither an assigned reviewer nor the organiser
        Locked, // the sheet is signed (or final) and can no longer change
        NotAssigned, // the signer is not assigned the file
        AlreadySigned, // the signer has signed this sheet already
        NoConsensus, // the file has no consensus sheet yet
        Stale, // a review changed after the sheet was made: reconcile again
    };
    ConsensusError(Kind kind, const QString &message, std::vector<ConsensusProblem> problems = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_problems(std::move(problems))
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const std::vector<ConsensusProblem> &problems() const { return m_problems; }

private:
    Kind m_kind;
    QString m_message;
    std::vector<ConsensusProblem> m_problems;
};

} // namespace casereview
