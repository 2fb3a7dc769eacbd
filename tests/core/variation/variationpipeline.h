// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the pipeline under test on a generated dossier exactly as the store does: page texts →
// DossierAnalyzer::analyze (split + fields) → DiagnosisInput → DiagnosisEngine::diagnose, and
// reduces the result to what the suite compares: normalised fields and (rule, severity) pairs.
#include "domain/finding.h"
#include "domain/casedocument.h"
#include "variationwriter.h"

#include <QString>
#include <map>
#include <set>
#include <utility>
#include <vector>

struct VariationOutcome {
    std::map<QString, QString> fields;            // keys as VariationSpec::expectedFields
    std::set<std::pair<QString, casereview::Severity>> findings;  // every finding, hints included
    std::vector<casereview::CaseDocument> documents;
    std::vector<casereview::Finding> raw;

    std::set<QString> defects() const;  // rules with a non-hint finding
    std::set<QString> hints() const;    // rules with a hint
    QString describe() const;           // "RULE/veto RULE/hint …" for messages
};

namespace VariationPipeline {
VariationOutcome run(const VariationDossier &dossier);
// Case numbers compare on their meaning: brackets folded to 〔〕, full-width digits folded,
// 第 and leading zeros of the serial dropped.
QString canonicalCaseNo(QString no);
// The fields that differ, as "key: expected ≠ got" lines.
QStringList fieldDiff(const std::map<QString, QString> &expected, const std::map<QString, QString> &got);
} // namespace VariationPipeline
