// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is fined how much: each party of the decision with its own kind and its own 罚款, so the
// rules that turn on the party (the 较大数额 hearing threshold of 行政处罚法 第63条 differs for a
// person and an organisation, a provision's range may too) or on the amount judge every party of a
// decision against several, each by its own penalty.
#include "casefacts.h"

#include <vector>

namespace casereview {

struct PartyFine {
    QString name;  // empty when the file names no party, or the parties' penalties are not told apart
    bool person = false;  // 自然人; an organisation or 个体工商户 otherwise (河南省政府令第204号 counts 个体工商户 as an organisation)
    std::optional<AmountFact> fine;
};

namespace PartyFines {
// The decision's parties in its order. One entry for the case — its fine and the first party's
// kind — when the fields name at most one party, or name several but no penalty of their own.
std::vector<PartyFine> of(const CaseView &v);
// The parties whose fine reaches the threshold `limit` gives for their kind.
std::vector<PartyFine> reaching(const CaseView &v, double (*limit)(bool person, const ParameterProfile &),
                                const ParameterProfile &p);
double hearingLimit(bool person, const ParameterProfile &p);
double majorLimit(bool person, const ParameterProfile &p);
// "罚款X元" for one party of the case; "当事人N（自然人）罚款X元" where the decision has several.
QString describe(const PartyFine &f, bool several);
} // namespace PartyFines

} // namespace casereview
