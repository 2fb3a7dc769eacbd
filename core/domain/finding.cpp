// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"
#include "findingreview.h"

namespace casereview {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Veto: return QStringLiteral("veto");
    case Severity::Deduct: return QStringLiteral("deduct");
    case Severity::Hint: return QStringLiteral("hint");
    }
    return {};
}

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::Procedure: return QStringLiteral("procedure");
    case Dimension::Discretion: return QStringLiteral("discretion");
    case Dimension::Legality: return QStringLiteral("legality");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity s : {Severity::Veto, Severity::Deduct, Severity::Hint})
        if (severityKey(s) == key)
            return s;
    return std::nullopt;
}

std::optional<Dimension> dimensionFromKey(const QString &key)
{
    for (Dimension d : {Dimension::Procedure, Dimension::Discretion, Dimension::Legality})
        if (dimensionKey(d) == key)
            return d;
    return std::nullopt;
}

QString findingVerdictKey(FindingVerdict v)
{
    return v == FindingVerdict::Accept ? QStringLiteral("accept") : QStringLiteral("dismiss");
}

} // namespace casereview
