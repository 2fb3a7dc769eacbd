// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One diagnosis result: which statutory rule a case breaks (or cannot be checked against),
// why, in plain Chinese with the numbers used, and the pages that show each fact.
#include "dimension.h"
#include "evidence.h"

#include <QString>
#include <optional>
#include <vector>

namespace casereview {

enum class Severity { Veto, Deduct, Hint };

struct Finding {
    QString rule;        // a rule id of diagnosis-rules.md
    Severity severity = Severity::Deduct;
    Dimension dimension = Dimension::Procedure;
    QString legalBasis;
    QString message;
    QString item;        // suggested standard item id (review-standards-draft.json)
    std::vector<Evidence> evidence;
    QString key;         // the key facts; a stored reviewer decision follows a finding with the same rule + key
    QString reader;      // which reader decided it ("RemedyClause", "RightsClause", "DocumentTyper", "dates" …)

    bool operator==(const Finding &) const = default;
};

QString severityKey(Severity s);  // "veto" | "deduct" | "hint"
QString dimensionKey(Dimension d);  // "procedure" | "discretion" | "legality"
std::optional<Severity> severityFromKey(const QString &key);
std::optional<Dimension> dimensionFromKey(const QString &key);

} // namespace casereview
