// SPDX-License-Identifier: GPL-3.0-or-later
// Metamorphic invariance: a lawful dossier written another way (date and numeral forms, titles,
// remedy wording, brackets, party labels, layout, page order, noise …, the TUNING values of
// variationfamily.cpp) must give the same fields and the same (rule, severity) findings. Rows
// that do not hold on main yet are listed by name below, run every time and reported, so a row
// that starts holding is seen and moved into kHolding. Held-out values are never used here.
#include "variationcheck.h"

#include <doctest/doctest.h>

#include <QSet>

// Shared with defect_test.cpp: the families defects are also tried under.
extern const QSet<QString> kHoldingInvariants;

namespace {
// Tuning rows asserted to hold on every base. The others are reported, not asserted.
const QSet<QString> kHolding = {
    QStringLiteral("Dates=二〇二四年三月五日"), QStringLiteral("Dates=2024-03-05"), QStringLiteral("Dates=2024年03月05日"),
    QStringLiteral("Numerals=60日"), QStringLiteral("Amounts=人民币叁万元整"), QStringLiteral("Amounts=大写（￥小写）"),
    QStringLiteral("Titles=处罚告知书+agency"), QStringLiteral("Remedy=知道或者应当知道…依法"), QStringLiteral("Brackets=[2024]12号"),
    QStringLiteral("Brackets=〔2024〕0012号"), QStringLiteral("PartyLabel=被处罚人："), QStringLiteral("PartyLabel=party in one sentence"),
    QStringLiteral("Layout=decision one paragraph"),
    QStringLiteral("Order=decision first"), QStringLiteral("Noise=spaces around punctuation"), QStringLiteral("Officers=table lines"),
    QStringLiteral("Footer=第 N 页 共 M 页"), QStringLiteral("Range=5万元以上10万元以下"), QStringLiteral("Pagination=decision over two pages"),
    QStringLiteral("Titles=权利告知书"), QStringLiteral("Notice=combined 事先（听证）告知书"),
};
} // namespace

const QSet<QString> kHoldingInvariants = kHolding;

TEST_CASE("variation: the generator's USCC check character follows GB 32100-2015")
{
    // the standard's published example code and a code with letters throughout
    CHECK(VariationSpec::usccCheck(QStringLiteral("91350100M000100Y4")) == u'3');
    for (quint32 seed = 1; seed < 40; ++seed) {
        const QString code = VariationSpec::makeUscc(seed);
        REQUIRE(code.size() == 18);
        CHECK(VariationSpec::usccCheck(code.left(17)) == code.back());
    }
}

TEST_CASE("variation: lawful generated dossiers read right and raise no defect")
{
    for (const VariationSpec &spec : VariationCheck::bases()) {
        CAPTURE(spec.party);
        CHECK(VariationCheck::lawfulProblems(spec, VariationFamily()).join(QStringLiteral("; ")).toStdString() == "");
    }
}

TEST_CASE("variation: invariant transformations keep fields and findings")
{
    const auto rows = VariationCheck::invariantRows(false);
    REQUIRE(rows.size() >= 12);
    QSet<QString> names;
    for (const InvariantRow &row : rows)
        names.insert(row.name);
    for (const QString &name : kHolding) {
        CAPTURE(name.toStdString());
        CHECK(names.contains(name));  // a renamed row must be renamed here too
    }
    int holding = 0, failing = 0;
    for (const InvariantRow &row : rows) {
        QStringList problems;
        for (const VariationSpec &spec : VariationCheck::bases())
            for (const QString &p : VariationCheck::invariantProblems(spec, VariationFamily(), row))
                problems << spec.party + QStringLiteral(": ") + p;
        if (kHolding.contains(row.name)) {
            ++holding;
            INFO(row.name.toStdString());
            CHECK(problems.join(QStringLiteral("\n")).toStdString() == "");
        } else if (problems.isEmpty()) {
            MESSAGE("now holds, move into kHolding: " << row.name.toStdString());
        } else {
            ++failing;
            MESSAGE("known failing: " << row.name.toStdString() << " — " << problems.first().toStdString());
        }
    }
    MESSAGE(holding << " invariant rows asserted, " << failing << " known failing");
}
