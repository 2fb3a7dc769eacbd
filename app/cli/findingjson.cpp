// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingjson.h"

#include <QJsonObject>

using namespace casereview;

namespace FindingJson {
QJsonArray stored(const std::vector<StoredFinding> &findings)
{
    QJsonArray out;
    for (const StoredFinding &s : findings) {
        const Finding &f = s.finding;
        QJsonArray evidence;
        for (const Evidence &e : f.evidence)
            evidence.append(QJsonObject{{"page", e.page}, {"snippet", e.snippet}});
        out.append(QJsonObject{{"rule", f.rule},
                               {"severity", severityKey(f.severity)},
                               {"dimension", dimensionKey(f.dimension)},
                               {"legal_basis", f.legalBasis},
                               {"item", f.item},
                               {"decision", s.decision ? QJsonValue(findingVerdictKey(s.decision->verdict)) : QJsonValue()},
                               {"message", f.message},
                               {"evidence", evidence},
                               // As diagnose --json names it; null for a finding stored before schema 10.
                               {"reader", f.reader.isNull() ? QJsonValue() : QJsonValue(f.reader)}});
    }
    return out;
}
} // namespace FindingJson
