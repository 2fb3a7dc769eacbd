// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Facts several rules share: the fine, the party's kind, whether the case is major or needs a
// hearing, whether the file holds only a decision, and the formatting of dates in messages.
#include "caseview.h"
#include "parameterprofile.h"

#include <initializer_list>
#include <optional>

namespace casereview {

struct AmountFact {
    double yuan = 0;
    Evidence evidence;
};

namespace CaseFacts {
std::optional<AmountFact> fine(const CaseView &v);
bool isPerson(const CaseView &v);
// Revocation, suspension, closure, occupational ban, lowered qualification in the decision.
std::optional<Evidence> heavyPenalty(const CaseView &v);
std::optional<Evidence> hearingHeld(const CaseView &v);
// Why the case is major (message text + evidence), or nullopt: any party's fine at its kind's
// threshold (PartyFines), or a heavy penalty.
std::optional<std::pair<QString, Evidence>> majorReason(const CaseView &v, const ParameterProfile &p);
// The file holds a decision but none of the procedure documents (a screening input).
bool decisionOnly(const CaseView &v);
// The text between the sentence start before `pos` and the sentence end after it.
QStringView sentenceAt(QStringView text, qsizetype pos, qsizetype *start = nullptr);
// The page of the first of these dates (the ones a finding's verdict turns on) that was read
// from OCR which cannot be vouched for, or 0.
int uncertainPage(const CaseView &v, std::initializer_list<const DateFact *> deciding);
QString cnDate(QDate d);
QString yuan(double v);
} // namespace CaseFacts

} // namespace casereview
