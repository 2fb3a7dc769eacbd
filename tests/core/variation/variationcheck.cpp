// SPDX-License-Identifier: GPL-3.0-or-later
// The suite's metamorphic relations (see variationcheck.h).
#include "variationcheck.h"

#include "variationpipeline.h"
#include "variationwriter.h"

using namespace casereview;

namespace {
QString ruleSet(const std::set<QString> &rules)
{
    QStringList l(rules.begin(), rules.end());
    return l.isEmpty() ? QStringLiteral("(none)") : l.join(u' ');
}
} // namespace

namespace VariationCheck {
std::vector<InvariantRow> invariantRows(Pool pool)
{
    std::vector<InvariantRow> out;
    for (int d = 0; d < kDims; ++d) {
        const DimInfo &info = dimInfo(Dim(d));
        for (int v : pool == Pool::HeldOut ? info.heldOut : pool == Pool::Blind ? info.blind : info.tuning)
            if (v != 0)
                out.push_back({QStringLiteral("%1=%2").arg(QString::fromLatin1(info.name), info.values.value(v)), Dim(d), v});
    }
    return out;
}

std::vector<VariationSpec> bases()
{
    using K = VariationSpec::Kind;
    std::vector<VariationSpec> out;
    for (K k : {K::CompanyMinor, K::CompanyMajor, K::PersonMinor, K::PersonMajor})
        for (quint32 seed : {11u, 12u})
            out.push_back(VariationSpec::lawful(seed, k));
    return out;
}

QStringList lawfulProblems(const VariationSpec &spec, const VariationFamily &family)
{
    const VariationOutcome got = VariationPipeline::run(VariationWriter::dossier(spec, family));
    QStringList problems = VariationPipeline::fieldDiff(spec.expectedFields(family[Dim::Notice] == 0), got.fields);
    if (!got.defects().empty())
        problems << QStringLiteral("defects on a lawful dossier: ") + ruleSet(got.defects());
    return problems;
}

QStringList invariantProblems(const VariationSpec &spec, const VariationFamily &base, const InvariantRow &row)
{
    const VariationFamily varied = base.with(row.dim, row.value);
    const VariationOutcome before = VariationPipeline::run(VariationWriter::dossier(spec, base));
    const VariationOutcome after = VariationPipeline::run(VariationWriter::dossier(spec, varied));
    QStringList problems = VariationPipeline::fieldDiff(spec.expectedFields(varied[Dim::Notice] == 0), after.fields);
    if (before.findings != after.findings)
        problems << QStringLiteral("findings %1 → %2").arg(before.describe(), after.describe());
    return problems;
}

QStringList defectProblems(const VariationSpec &lawful, const VariationFamily &family, const DefectRow &row)
{
    VariationSpec broken = lawful;
    row.apply(broken);
    const VariationOutcome before = VariationPipeline::run(VariationWriter::dossier(lawful, family));
    const VariationOutcome after = VariationPipeline::run(VariationWriter::dossier(broken, family));
    QStringList problems;
    for (const QString &r : row.rules)
        if (!after.defects().count(r))
            problems << QStringLiteral("%1 not found%2").arg(r, after.hints().count(r) ? QStringLiteral(" (only a hint)") : QString());
    std::set<QString> others = after.defects();
    for (const QString &r : row.rules)
        others.erase(r);
    std::set<QString> baseOthers = before.defects();
    for (const QString &r : row.rules)
        baseOthers.erase(r);
    if (others != baseOthers)
        problems << QStringLiteral("other verdicts changed: %1 → %2").arg(ruleSet(baseOthers), ruleSet(others));
    return problems;
}

QStringList screeningProblems(const VariationSpec &lawful, const VariationFamily &family, const DefectRow *row)
{
    VariationSpec spec = lawful;
    if (row)
        row->apply(spec);
    const VariationOutcome got = VariationPipeline::run(VariationWriter::loneDecision(spec, family));
    std::set<QString> expected, found = got.defects();
    if (row && row->screening)
        for (const QString &r : row->screeningRules())
            expected.insert(r);
    if (row && row->screeningEither)
        for (const QString &r : row->rules)
            found.erase(r);
    if (found == expected)
        return {};
    return {QStringLiteral("lone decision: expected %1, found %2").arg(ruleSet(expected), got.describe())};
}
} // namespace VariationCheck
