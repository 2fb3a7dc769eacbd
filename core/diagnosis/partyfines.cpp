// SPDX-License-Identifier: GPL-3.0-or-later
// PartyFines: the decision's parties and their fines from the extracted `parties`, falling back
// to the case's fine where the extraction could not tell the parties' penalties apart.
#include "partyfines.h"

namespace casereview {

namespace PartyFines {
std::vector<PartyFine> of(const CaseView &v)
{
    const auto &parties = v.fields().parties;
    const bool ownFines =
        parties.size() > 1 && std::any_of(parties.begin(), parties.end(), [](const PartyRecord &p) { return p.fine && p.fine->yuan > 0; });
    if (!ownFines) {
        PartyFine one;
        if (parties.size() == 1)
            one.name = parties.front().name.value;
        one.person = CaseFacts::isPerson(v);
        one.fine = CaseFacts::fine(v);
        return {one};
    }
    std::vector<PartyFine> out;
    for (const PartyRecord &p : parties) {
        PartyFine f;
        f.name = p.name.value;
        f.person = p.type && p.type->value == PartyType::Person;
        if (p.fine && p.fine->yuan > 0)
            f.fine = AmountFact{p.fine->yuan, p.fine->evidence};
        out.push_back(f);
    }
    return out;
}

std::vector<PartyFine> reaching(const CaseView &v, double (*limit)(bool, const ParameterProfile &), const ParameterProfile &p)
{
    std::vector<PartyFine> out;
    for (const PartyFine &f : of(v))
        if (f.fine && f.fine->yuan >= limit(f.person, p))
            out.push_back(f);
    return out;
}

double hearingLimit(bool person, const ParameterProfile &p) { return person ? p.hearingThresholdPerson : p.hearingThresholdOrg; }
double majorLimit(bool person, const ParameterProfile &p) { return person ? p.majorThresholdPerson : p.majorThresholdOrg; }

QString describe(const PartyFine &f, bool several)
{
    const QString amount = f.fine ? QStringLiteral("罚款%1元").arg(CaseFacts::yuan(f.fine->yuan)) : QStringLiteral("未处罚款");
    if (!several || f.name.isEmpty())
        return amount;
    return QStringLiteral("当事人%1（%2）%3").arg(f.name, f.person ? QStringLiteral("自然人") : QStringLiteral("法人或其他组织"), amount);
}
} // namespace PartyFines

} // namespace casereview
