// SPDX-License-Identifier: GPL-3.0-or-later
// bench_variation: how well the pipeline (split → fields → diagnosis) generalises to dossiers
// it was never tuned on. It generates N dossiers per (family pool × defect row) from a seed —
// the suite's own wording (tests/core/variation), tuning and held-out families reported apart —
// runs DossierAnalyzer + DiagnosisEngine on the page texts, and prints per rule id TP/FP/FN,
// precision, recall and hints, fields exact per field, and the same for lone decisions
// (screening). Expected findings come from the defect table, never from a run. No pass/fail.
//   cmake --build build --target bench_variation && build/bench/bench_variation [--n 6] [--seed 1]
//   [--examples] (failure classes with a count and an example family) [--dump ROW [--held-out] [--lone]]
//   (print one dossier) [--rows] (which test rows hold) [--matrix] (each defect row under each
//   single-dimension family: attribution of failures to a wording)
#include "variationcheck.h"
#include "variationdefects.h"
#include "variationfamily.h"
#include "variationpipeline.h"
#include "variationwriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <map>
#include <random>

using namespace casereview;

namespace {
struct RuleStats {
    int tp = 0, fp = 0, fn = 0, hints = 0, fnAsHint = 0;
};
struct Tally {
    std::map<QString, RuleStats> rules;
    std::map<QString, std::pair<int, int>> fields;  // exact, total
    std::map<QString, std::pair<int, int>> split;   // document type: found at its page, total
    int dossiers = 0, exactVerdicts = 0;
};

void print(const char *s) { std::fputs(s, stdout); }
void print(const QString &s) { std::fputs(s.toUtf8().constData(), stdout); }

QString ratio(int a, int b) { return b == 0 ? QStringLiteral("   -  ") : QStringLiteral("%1").arg(double(a) / b, 6, 'f', 3); }

const DefectRow kLawful{QStringLiteral("lawful"), {}, [](const VariationSpec &) { return true; }, [](VariationSpec &) {}, true, false, {}};

std::vector<const DefectRow *> allRows()
{
    std::vector<const DefectRow *> rows{&kLawful};
    for (const DefectRow &r : VariationDefects::rows())
        rows.push_back(&r);
    return rows;
}

// Rows a lone decision cannot show: the decision alone must not raise their rule as a defect.
const QStringList kDossierOnly = {QStringLiteral("decision_receipt_removed"), QStringLiteral("major_without_legal_review"),
                                  QStringLiteral("one_officer_only"), QStringLiteral("filing_approval_removed"),
                                  QStringLiteral("uscc_differs_between_documents"), QStringLiteral("party_name_differs_in_notice")};

std::optional<VariationSpec> specFor(const DefectRow &row, std::mt19937 &rng)
{
    using K = VariationSpec::Kind;
    const K kinds[] = {K::CompanyMinor, K::CompanyMajor, K::PersonMinor, K::PersonMajor};
    for (int attempt = 0; attempt < 16; ++attempt) {
        VariationSpec s = VariationSpec::lawful(rng(), kinds[std::uniform_int_distribution<int>(0, 3)(rng)]);
        if (row.fits(s)) {
            row.apply(s);
            return s;
        }
    }
    return std::nullopt;
}

struct Example {
    int count = 0;
    QString label;
};
using Examples = std::map<QString, Example>;
void note(Examples *examples, const QString &what, const QString &label)
{
    if (!examples)
        return;
    Example &e = (*examples)[what];
    if (e.count++ == 0)
        e.label = label;
}

void tally(Tally &pool, const QStringList &expectedRules, const VariationOutcome &got, Examples *examples,
           const QString &row, const QString &label)
{
    const std::set<QString> expected(expectedRules.begin(), expectedRules.end());
    const auto defects = got.defects();
    const auto hints = got.hints();
    for (const QString &rule : expected) {
        if (defects.count(rule)) {
            ++pool.rules[rule].tp;
        } else {
            ++pool.rules[rule].fn;
            if (hints.count(rule))
                ++pool.rules[rule].fnAsHint;
            note(examples, QStringLiteral("%1 FN in %2").arg(rule, row), label);
        }
    }
    for (const QString &rule : defects)
        if (!expected.count(rule)) {
            ++pool.rules[rule].fp;
            note(examples, QStringLiteral("%1 FP in %2").arg(rule, row), label);
        }
    for (const QString &rule : hints)
        ++pool.rules[rule].hints;
    pool.exactVerdicts += defects == expected ? 1 : 0;
    ++pool.dossiers;
}

void printPool(const char *title, const Tally &p, bool withFields)
{
    print(QStringLiteral("\n== %1: %2 dossiers, verdict exact %3\n").arg(QString::fromLatin1(title)).arg(p.dossiers).arg(ratio(p.exactVerdicts, p.dossiers)));
    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(QStringLiteral("rule"), -32).arg(QStringLiteral("TP"), 5).arg(QStringLiteral("FP"), 5)
              .arg(QStringLiteral("FN"), 5).arg(QStringLiteral("prec"), 6).arg(QStringLiteral("recall"), 6).arg(QStringLiteral("hints"), 6)
              .arg(QStringLiteral("FN=hint"), 7));
    for (const auto &[rule, s] : p.rules)
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(rule, -32).arg(s.tp, 5).arg(s.fp, 5).arg(s.fn, 5)
                  .arg(ratio(s.tp, s.tp + s.fp)).arg(ratio(s.tp, s.tp + s.fn)).arg(s.hints, 6).arg(s.fnAsHint, 7));
    if (!withFields)
        return;
    print("-- fields exact\n");
    for (const auto &[key, c] : p.fields)
        print(QStringLiteral("%1 %2 / %3  %4\n").arg(key, -24).arg(c.first, 5).arg(c.second, 5).arg(ratio(c.first, c.second)));
    print("-- document split (a document of the type starts on its page)\n");
    for (const auto &[key, c] : p.split)
        print(QStringLiteral("%1 %2 / %3  %4\n").arg(key, -24).arg(c.first, 5).arg(c.second, 5).arg(ratio(c.first, c.second)));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int n = value("--n", 6);
    const quint32 seed = quint32(value("--seed", 1));
    const bool examples = args.contains(QStringLiteral("--examples"));
    const int dumpAt = int(args.indexOf(QStringLiteral("--dump")));
    if (dumpAt >= 0 && dumpAt + 1 < args.size()) {
        const DefectRow *row = args[dumpAt + 1] == u"lawful" ? &kLawful : VariationDefects::find(args[dumpAt + 1]);
        if (!row)
            return 2;
        std::mt19937 rng(seed);
        const auto spec = specFor(*row, rng);
        const VariationFamily fam = VariationFamily::random(rng, args.contains(QStringLiteral("--blind")) ? Pool::Blind
                                                               : args.contains(QStringLiteral("--held-out")) ? Pool::HeldOut : Pool::Tuning);
        const VariationDossier d = args.contains(QStringLiteral("--lone")) ? VariationWriter::loneDecision(*spec, fam) : VariationWriter::dossier(*spec, fam);
        print(QStringLiteral("family: %1\n").arg(fam.label()));
        for (size_t i = 0; i < d.pages.size(); ++i)
            print(QStringLiteral("---- page %1 (%2)\n%3\n").arg(i + 1).arg(documentTypeKey(d.pageTypes[i]), d.pages[i]));
        const VariationOutcome out = VariationPipeline::run(d);
        print(QStringLiteral("findings: %1\n").arg(out.describe()));
        for (const Finding &f : out.raw)
            print(QStringLiteral("  %1 %2\n").arg(f.rule, f.message));
        print(QStringLiteral("fields: %1\n").arg(VariationPipeline::fieldDiff(spec->expectedFields(fam[Dim::Notice] == 0), out.fields).join(QStringLiteral("; "))));
        return 0;
    }

    if (args.contains(QStringLiteral("--matrix"))) {
        // Attribution: each defect row on each single-dimension family (tuning and held-out):
        // the dimension values under which the row stops holding.
        const auto bases = VariationCheck::bases();
        for (const DefectRow &row : VariationDefects::rows()) {
            QStringList failing;
            int baseFails = 0, baseTried = 0;
            for (const VariationSpec &s : bases)
                if (row.fits(s)) {
                    ++baseTried;
                    baseFails += VariationCheck::defectProblems(s, VariationFamily(), row).isEmpty() ? 0 : 1;
                }
            if (baseFails)
                failing << QStringLiteral("    base family (%1/%2); below: only the families that differ from it").arg(baseFails).arg(baseTried);
            for (int pool = 0; pool < kPools; ++pool)
                for (const InvariantRow &dim : VariationCheck::invariantRows(Pool(pool))) {
                    const VariationFamily fam = VariationFamily().with(dim.dim, dim.value);
                    int fails = 0, tried = 0;
                    QString first;
                    for (const VariationSpec &s : bases) {
                        if (!row.fits(s))
                            continue;
                        ++tried;
                        const QStringList p = VariationCheck::defectProblems(s, fam, row);
                        if (!p.isEmpty() && fails++ == 0)
                            first = p.first();
                    }
                    if (fails != baseFails)
                        failing << QStringLiteral("    %1%2 (%3/%4): %5").arg(pool ? QStringLiteral("[%1] ").arg(QString::fromLatin1(poolName(Pool(pool)))) : QString(), dim.name)
                                       .arg(fails).arg(tried).arg(first);
                }
            print(QStringLiteral("%1: %2\n").arg(row.name, failing.isEmpty() ? QStringLiteral("holds under every single-dimension family") : QStringLiteral("fails under")));
            for (const QString &f : failing)
                print(f + u'\n');
        }
        return 0;
    }
    if (args.contains(QStringLiteral("--rows"))) {
        // Which rows of the metamorphic tests hold on the bases they use (the tests' named lists).
        const auto bases = VariationCheck::bases();
        const VariationFamily base;
        for (int pool = 0; pool < kPools; ++pool)
            for (const InvariantRow &row : VariationCheck::invariantRows(Pool(pool))) {
                QStringList problems;
                for (const VariationSpec &s : bases)
                    for (const QString &p : VariationCheck::invariantProblems(s, base, row))
                        problems << p;
                print(QStringLiteral("invariant %1 %2 %3 %4\n").arg(QString::fromLatin1(poolName(Pool(pool))),
                                                                   problems.isEmpty() ? QStringLiteral("HOLDS") : QStringLiteral("fails"), row.name,
                                                                   problems.value(0)));
            }
        for (const DefectRow &row : VariationDefects::rows()) {
            QStringList problems, lone;
            int tried = 0;
            for (const VariationSpec &s : bases) {
                if (!row.fits(s))
                    continue;
                ++tried;
                problems << VariationCheck::defectProblems(s, base, row);
                lone << VariationCheck::screeningProblems(s, base, &row);
            }
            print(QStringLiteral("defect %1 %2 on %3 bases %4\n").arg(problems.isEmpty() ? QStringLiteral("HOLDS") : QStringLiteral("fails"), row.name)
                      .arg(tried).arg(problems.value(0)));
            print(QStringLiteral("screening %1 %2 %3\n").arg(lone.isEmpty() ? QStringLiteral("HOLDS") : QStringLiteral("fails"), row.name, lone.value(0)));
        }
        return 0;
    }
    Examples firstExample;
    Tally dossierPools[kPools], screeningPools[kPools];
    for (int pool = 0; pool < kPools; ++pool) {
        const QString poolLabel = QString::fromLatin1(poolName(Pool(pool)));
        for (const DefectRow *row : allRows()) {
            std::mt19937 rng(seed * 7919u + quint32(qHash(row->name)) + quint32(pool));
            for (int i = 0; i < n; ++i) {
                const auto spec = specFor(*row, rng);
                if (!spec)
                    continue;
                const VariationFamily fam = VariationFamily::random(rng, Pool(pool));
                const QString label = QStringLiteral("%1 [%2] %3").arg(row->name, poolLabel, fam.label());
                const VariationDossier d = VariationWriter::dossier(*spec, fam);
                const VariationOutcome out = VariationPipeline::run(d);
                Tally &p = dossierPools[pool];
                tally(p, row->rules, out, examples ? &firstExample : nullptr, QStringLiteral("%1 [%2]").arg(row->name, poolLabel), label);
                const auto expected = spec->expectedFields(fam[Dim::Notice] == 0);
                for (const auto &[key, v] : expected) {
                    auto it = out.fields.find(key);
                    const bool ok = it != out.fields.end() && it->second == v;
                    p.fields[key].first += ok;
                    ++p.fields[key].second;
                    if (!ok)
                        note(examples ? &firstExample : nullptr, QStringLiteral("field %1 [%2]").arg(key, poolLabel),
                             label + QStringLiteral(" → ") + (it == out.fields.end() ? QStringLiteral("(none)") : it->second) + QStringLiteral(" expected ") + v);
                }
                for (size_t page = 0; page < d.pages.size(); ++page) {
                    if (!d.firstPages[page])
                        continue;
                    const QString key = documentTypeKey(d.pageTypes[page]);
                    const bool found = std::any_of(out.documents.begin(), out.documents.end(), [&](const CaseDocument &c) {
                        return c.firstPage == int(page) + 1 && c.type == d.pageTypes[page];
                    });
                    p.split[key].first += found;
                    ++p.split[key].second;
                    if (!found)
                        note(examples ? &firstExample : nullptr, QStringLiteral("split %1 [%2]").arg(key, poolLabel), label);
                }
                // screening: the decision alone
                const bool dossierOnly = kDossierOnly.contains(row->name);
                if (row->screening || dossierOnly) {
                    const VariationOutcome lone = VariationPipeline::run(VariationWriter::loneDecision(*spec, fam));
                    tally(screeningPools[pool], dossierOnly ? QStringList() : row->screeningRules(), lone, examples ? &firstExample : nullptr,
                          QStringLiteral("lone %1 [%2]").arg(row->name, poolLabel), label);
                }
            }
        }
    }
    print(QStringLiteral("bench_variation: n=%1 per (pool × row), seed=%2, %3 defect/look-alike rows\n").arg(n).arg(seed).arg(VariationDefects::rows().size()));
    printPool("full dossiers, TUNING families", dossierPools[0], true);
    printPool("full dossiers, HELD-OUT families", dossierPools[1], true);
    printPool("full dossiers, BLIND families", dossierPools[2], true);
    printPool("lone decisions (screening), TUNING families", screeningPools[0], false);
    printPool("lone decisions (screening), HELD-OUT families", screeningPools[1], false);
    printPool("lone decisions (screening), BLIND families", screeningPools[2], false);
    if (examples) {
        print("\n== failure classes: count, first example's family\n");
        for (const auto &[what, e] : firstExample)
            print(QStringLiteral("%1 ×%2\n    %3\n").arg(what).arg(e.count).arg(e.label));
    }
    return 0;
}
