// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldrows.h"

#include <QStringList>

namespace {
const QString kDatePrefix = QStringLiteral("date.");
} // namespace

namespace FieldRows {
void read(DossierFields &f, const QString &key, const QString &value, std::optional<bool> valid, const Evidence &ev)
{
    if (key == QLatin1String("case_no"))
        f.caseNo = TextField{value, ev};
    else if (key == QLatin1String("agency"))
        f.agency = TextField{value, ev};
    else if (key == QLatin1String("party_name"))
        f.partyName = TextField{value, ev};
    else if (key == QLatin1String("case_type"))
        f.caseType = TextField{value, ev};
    else if (key == QLatin1String("party_type")) {
        const PartyType t = value == QLatin1String("person")                ? PartyType::Person
                          : value == QLatin1String("individual_business") ? PartyType::IndividualBusiness
                                                                          : PartyType::Organisation;
        f.partyType = PartyTypeField{t, ev};
    } else if (key == QLatin1String("party_uscc"))
        f.partyUscc = UsccField{value, valid.value_or(false), ev};
    else if (key == QLatin1String("fine_amount_yuan"))
        f.fineAmount = AmountField{value.toDouble(), ev};
    else if (key.startsWith(kDatePrefix))
        f.dates[key.mid(kDatePrefix.size())] = DateField{QDate::fromString(value, Qt::ISODate), ev};
}

QString joinKeys(const std::set<QString> &keys)
{
    return QStringList(keys.begin(), keys.end()).join(QLatin1Char('\n'));
}

std::set<QString> splitKeys(const QString &column)
{
    const QStringList keys = column.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return {keys.begin(), keys.end()};
}
} // namespace FieldRows
