// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulecatalogue.h"

namespace casereview {

namespace {
using S = Severity;
using D = Dimension;
const RuleInfo kRules[] = {
    {"INSPECTION_RECORD_OFFICERS", S::Veto, D::Procedure, "行政处罚法第42条、第55条；河南省行政执法条例第24条", "P-A02", "OfficerExtractor"},
    {"NO_PRIOR_NOTICE", S::Veto, D::Procedure, "行政处罚法第44条、第62条", "P-A09", "DocumentTyper"},
    {"NOTICE_LACKS_STATEMENT_RIGHTS", S::Deduct, D::Procedure, "行政处罚法第44条、第45条", "P-F01", "RightsClause"},
    {"NO_HEARING_NOTICE", S::Veto, D::Procedure, "行政处罚法第63条", "P-A10", "RightsClause"},
    {"HEARING_WINDOW_TOO_SHORT", S::Deduct, D::Procedure, "行政处罚法第64条第1项", "P-F03", "RightsClause"},
    {"DECISION_OVERDUE", S::Deduct, D::Procedure, "行政处罚法第60条", "P-F07", "dates"},
    {"LATE_DELIVERY", S::Deduct, D::Procedure, "行政处罚法第61条", "P-G04", "dates"},
    {"REMEDY_NOTICE_DEFECT", S::Deduct, D::Legality, "行政处罚法第59条第1款第5项；行政复议法第20条；行政诉讼法第46条", "P-G02", "RemedyClause"},
    {"MAJOR_NO_LEGAL_REVIEW", S::Veto, D::Legality, "行政处罚法第58条", "P-A11", "DocumentTyper"},
    {"MAJOR_NO_COLLECTIVE_DISCUSSION", S::Deduct, D::Legality, "行政处罚法第57条第2款", "P-F05", "DocumentTyper"},
    {"DECIDED_BEFORE_RIGHTS_PERIOD_END", S::Veto, D::Procedure, "行政处罚法第44条、第45条、第62条、第64条", "P-A09", "RightsClause+dates"},
    {"FINE_OUT_OF_RANGE", S::Deduct, D::Discretion, "行政处罚法第5条；所引处罚条款", "P-A06", "cited range"},
    {"LIMITATION_EXPIRED", S::Veto, D::Legality, "行政处罚法第36条", "P-A07", "dates"},
    {"USCC_INVALID", S::Deduct, D::Legality, "GB 32100-2015；行政处罚法第59条第1款第1项", "P-B04", "Uscc"},
    {"PARTY_INCONSISTENT", S::Deduct, D::Legality, "行政处罚法第59条第1款第1项", "P-B04", "PartyExtractor"},
    {"DECISION_CONTENTS_MISSING", S::Deduct, D::Legality, "行政处罚法第59条", "P-G01", "DecisionContents"},
    {"NO_SERVICE_PROOF", S::Deduct, D::Procedure, "行政处罚法第61条", "P-G04", "DocumentTyper"},
    {"NO_FILING_APPROVAL", S::Deduct, D::Procedure, "行政处罚法第54条", "P-B01", "DocumentTyper"},
};
} // namespace

namespace RuleCatalogue {
std::span<const RuleInfo> all() { return kRules; }

const RuleInfo *find(const QString &id)
{
    for (const RuleInfo &r : kRules)
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

Finding finding(const char *id, const QString &message, std::vector<Evidence> evidence, const QString &key)
{
    const RuleInfo *r = find(QLatin1String(id));
    Finding f;
    f.rule = QLatin1String(id);
    if (r) {
        f.severity = r->severity;
        f.dimension = r->dimension;
        f.legalBasis = QString::fromUtf8(r->legalBasis);
        f.item = QLatin1String(r->item);
    }
    f.message = message;
    f.reader = r ? QLatin1String(r->reader) : QString();
    f.evidence = std::move(evidence);
    f.key = key;
    return f;
}

Finding hint(const char *id, const QString &message, std::vector<Evidence> evidence)
{
    Finding f = finding(id, message, std::move(evidence), QStringLiteral("hint"));
    f.severity = Severity::Hint;
    return f;
}
Finding unverified(Finding f, int page, const QString &why)
{
    f.severity = Severity::Hint;
    f.message += QStringLiteral("（第%1页为扫描件，%2，无法确认，请对照原件人工核对）").arg(page).arg(why);
    return f;
}
Finding unproven(Finding f, int page, const QString &why)
{
    f.severity = Severity::Hint;
    f.message += QStringLiteral("（第%1页%2，无法确认，请人工核对）").arg(page).arg(why);
    return f;
}
} // namespace RuleCatalogue

} // namespace casereview
