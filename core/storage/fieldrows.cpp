// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldrows.h"

#include <QStringList>

namespace casereview {

namespace {
const QString kDatePrefix = QStringLiteral("date.");
const QString kPartyPrefix = QStringLiteral("party.");

// party.N.WHAT (N from 1) into the Nth party, which exists from then on.
void readParty(DossierFields &f, const QString &key, const QString &value, std::optional<bool> valid, const Evidence &ev)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    bool ok = false;
    const int n = parts.size() == 3 ? parts[1].toInt(&ok) : 0;
    if (!ok || n < 1 || n > 1000)
        return;
    if (f.parties.size() < size_t(n))
        f.parties.resize(size_t(n));
    PartyRecord &p = f.parties[size_t(n - 1)];
    const QString &what = parts[2];
    if (what == QLatin1String("name"))
        p.name = TextField{value, ev};
    else if (what == QLatin1String("type"))
        p.type = PartyTypeField{partyTypeFromKey(value), ev};
    else if (what == QLatin1String("uscc"))
        p.uscc = UsccField{value, valid.value_or(false), ev};
    else if (what == QLatin1String("penalty"))
        p.penalty = TextField{value, ev};
    else if (what == QLatin1String("fine_amount_yuan"))
        p.fine = AmountField{value.toDouble(), ev};
}
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
    else if (key == QLatin1String("party_type"))
        f.partyType = PartyTypeField{partyTypeFromKey(value), ev};
    else if (key == QLatin1String("party_uscc"))
        f.partyUscc = UsccField{value, valid.value_or(false), ev};
    else if (key == QLatin1String("fine_amount_yuan"))
        f.fineAmount = AmountField{value.toDouble(), ev};
    else if (key.startsWith(kPartyPrefix))
        readParty(f, key, value, valid, ev);
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

} // namespace casereview
