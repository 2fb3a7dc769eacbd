// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierfields.h"

namespace casereview {

QString partyTypeKey(PartyType type)
{
    switch (type) {
    case PartyType::Organisation: return QStringLiteral("organisation");
    case PartyType::IndividualBusiness: return QStringLiteral("individual_business");
    case PartyType::Person: return QStringLiteral("person");
    }
    return QStringLiteral("organisation");
}

PartyType partyTypeFromKey(const QString &key)
{
    if (key == QLatin1String("person"))
        return PartyType::Person;
    if (key == QLatin1String("individual_business"))
        return PartyType::IndividualBusiness;
    return PartyType::Organisation;
}

} // namespace casereview
