// SPDX-License-Identifier: GPL-3.0-or-later
// Canonical population list and its SHA-256 (the format is described in population.h).
#include "population.h"

#include "campaignerror.h"

#include <QCryptographicHash>
#include <algorithm>

namespace casereview {

namespace Population {
std::vector<PopulationMember> normalized(std::vector<PopulationMember> members)
{
    std::sort(members.begin(), members.end(), [](const PopulationMember &a, const PopulationMember &b) { return a.key < b.key; });
    for (size_t i = 0; i < members.size(); ++i) {
        if (members[i].key.trimmed().isEmpty())
            throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("a population member has no key (case number)"));
        if (i > 0 && members[i].key == members[i - 1].key)
            throw CampaignError(CampaignError::Kind::Invalid,
                                QStringLiteral("the case number %1 occurs twice in the population").arg(members[i].key));
    }
    return members;
}

QByteArray canonicalList(const std::vector<PopulationMember> &sorted)
{
    QByteArray out;
    for (const PopulationMember &m : sorted) {
        const QStringList cells{m.key, m.agency, m.caseType, m.decisionDate, m.amount, m.flags.join(QLatin1Char(';'))};
        out += cells.join(QLatin1Char('\t')).toUtf8();
        out += '\n';
    }
    return out;
}

QString sha256(const std::vector<PopulationMember> &sorted)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalList(sorted), QCryptographicHash::Sha256).toHex());
}
} // namespace Population

} // namespace casereview
