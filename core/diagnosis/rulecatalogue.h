// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixed rule ids of diagnosis-rules.md with their severity, dimension, legal basis and the
// standard item a finding suggests deducting; findings are made from here so they agree.
#include "domain/finding.h"

#include <QString>
#include <span>

namespace casereview {

struct RuleInfo {
    const char *id;
    Severity severity;
    Dimension dimension;
    const char *legalBasis;
    const char *item;
    const char *reader;  // the reader whose values decide the rule, unless a finding names another
};

namespace RuleCatalogue {
std::span<const RuleInfo> all();
const RuleInfo *find(const QString &id);
// A finding of rule `id` at its catalogue severity.
Finding finding(const char *id, const QString &message, std::vector<Evidence> evidence, const QString &key);
// The rule could not find the facts it needs: a hint, never a defect.
Finding hint(const char *id, const QString &message, std::vector<Evidence> evidence = {});
// A finding whose deciding fact rests on a scanned page's OCR that cannot be vouched for (a
// low-confidence date, a line that may not have been read): kept, as a hint that names the page.
Finding unverified(Finding f, int page, const QString &why);
// A finding whose text was read but could not settle it (a limit written in a way no reader
// parses, a document that may be cut short): a hint naming the page to check.
Finding unproven(Finding f, int page, const QString &why);
} // namespace RuleCatalogue

} // namespace casereview
