// SPDX-License-Identifier: GPL-3.0-or-later
// The draw "sha256-rank-v1": exact ratio reading, round-half-up quotas, ranks against SHA-256
// values computed outside the program (printf 's\nKEY' | sha256sum), strata, minimum,
// must-include and exclusion flags, warnings and refusals.
#include "campaign/campaignerror.h"
#include "campaign/drawalgorithm.h"
#include "campaign/population.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
PopulationMember member(const char *key, const char *agency, QStringList flags = {})
{
    PopulationMember m;
    m.key = m.caseNo = QString::fromUtf8(key);
    m.agency = QString::fromUtf8(agency);
    m.caseType = QStringLiteral("行政处罚");
    m.flags = flags;
    return m;
}

DrawSpec ratio(const char *r, int minimum = 0)
{
    DrawSpec s;
    s.seed = QStringLiteral("s");
    s.ratioText = QString::fromLatin1(r);
    const auto parsed = DrawSpec::parseRatio(s.ratioText, nullptr);
    REQUIRE(parsed);
    s.ratioNumerator = parsed->first;
    s.ratioDenominator = parsed->second;
    s.minimum = minimum;
    return s;
}

QStringList keys(const DrawOutcome &o)
{
    QStringList k;
    for (const DrawnMember &d : o.drawn)
        k << d.key;
    return k;
}

// Ranks under seed "s" (sha256sum): D 23c2… < B 78dc… < C 8343… < E 9b34… < A d56c…
std::vector<PopulationMember> five()
{
    return {member("A", "甲局"), member("B", "甲局"), member("C", "甲局"), member("D", "甲局"), member("E", "甲局")};
}
} // namespace

TEST_CASE("campaign draw: a ratio is read as an exact decimal, above 0 and at most 1")
{
    struct Row {
        const char *text;
        qint64 num, den;
    };
    for (const Row &r : {Row{"0.1", 1, 10}, Row{"10%", 10, 100}, Row{".25", 25, 100}, Row{"1", 1, 1}, Row{"0.15", 15, 100}, Row{"100%", 100, 100}}) {
        CAPTURE(r.text);
        const auto p = DrawSpec::parseRatio(QString::fromLatin1(r.text), nullptr);
        REQUIRE(p);
        CHECK(p->first == r.num);
        CHECK(p->second == r.den);
    }
    for (const char *badText : {"1.5", "0", "0.0", "abc", "", "-0.1", "120%", "."}) {
        CAPTURE(badText);
        QString error;
        CHECK_FALSE(DrawSpec::parseRatio(QString::fromLatin1(badText), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("campaign draw: the quota is round-half-up of ratio times size, exactly")
{
    struct Row {
        qint64 num, den, size, expected;
    };
    // 0.1 × 25 = 2.5 → 3; 0.15 × 10 = 1.5 → 2 (a double would give 1.4999…); 0.1 × 4 = 0.4 → 0.
    for (const Row &r : {Row{1, 10, 25, 3}, Row{1, 10, 24, 2}, Row{1, 10, 5, 1}, Row{1, 10, 4, 0}, Row{15, 100, 10, 2},
                         Row{15, 100, 30, 5}, Row{1, 1, 7, 7}, Row{1, 3 * 1, 0, 0}, Row{333, 1000, 3, 1}}) {
        CAPTURE(r.size);
        CHECK(DrawAlgorithm::roundedShare(r.num, r.den, r.size) == r.expected);
    }
}

TEST_CASE("campaign draw: the rank is the SHA-256 of seed, LF, key")
{
    CHECK(DrawAlgorithm::rank(QStringLiteral("s"), QStringLiteral("A")).left(16) == QLatin1String("d56c5962d8e197c4"));
    CHECK(DrawAlgorithm::rank(QStringLiteral("s"), QStringLiteral("D")).left(16) == QLatin1String("23c29665d8d80613"));
    CHECK(DrawAlgorithm::rank(QStringLiteral("s"), QStringLiteral("D")).size() == 64);
}

TEST_CASE("campaign draw: the smallest ranks are drawn, must-include on top, exclusions left out")
{
    struct Row {
        const char *name;
        const char *ratioText;
        int minimum;
        QStringList must, exclude;
        QStringList expected;
    };
    const std::vector<Row> rows{
        {"0.5 of 5 = 2.5 → 3", "0.5", 0, {}, {}, {"D", "B", "C"}},
        {"0.1 of 5 = 0.5 → 1", "0.1", 0, {}, {}, {"D"}},
        {"0.1 of 5, minimum 2", "0.1", 2, {}, {}, {"D", "B"}},
        {"must-include A comes first and on top", "0.1", 0, {"重大"}, {}, {"A", "D"}},
        {"excluding D and B: 0.5 of 3 = 1.5 → 2", "0.5", 0, {}, {"撤销"}, {"C", "E"}},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        auto pop = five();
        pop[0].flags = {QStringLiteral("重大")};
        pop[1].flags = {QStringLiteral("撤销")};
        pop[3].flags = {QStringLiteral("撤销")};
        DrawSpec spec = ratio(r.ratioText, r.minimum);
        spec.mustInclude = r.must;
        spec.exclude = r.exclude;
        const DrawOutcome o = DrawAlgorithm::run(pop, spec);
        CHECK(keys(o) == r.expected);
        CHECK(o.populationSha256 == Population::sha256(Population::normalized(pop)));
    }
}

TEST_CASE("campaign draw: strata are drawn apart, in key order, each with its own quota")
{
    auto pop = five();
    pop[0].agency = pop[2].agency = QStringLiteral("乙局");  // 乙局: A, C; 甲局: B, D, E
    DrawSpec spec = ratio("0.5");
    spec.strata = {QStringLiteral("机关")};
    const DrawOutcome o = DrawAlgorithm::run(pop, spec);
    // 乙局: 2 × 0.5 = 1 → C (8343… < d56c…); 甲局: 3 × 0.5 = 1.5 → 2 → D, B.
    CHECK(keys(o) == QStringList{"C", "D", "B"});
    REQUIRE(o.strata.size() == 2);
    CHECK(o.strata[0].name == QStringLiteral("乙局"));
    CHECK(o.strata[1].quota == 2);
    CHECK(o.drawn[0].stratum == QStringLiteral("乙局"));
    CHECK(o.warnings.isEmpty());
}

TEST_CASE("campaign draw: the same record gives the same draw, another seed another one")
{
    std::vector<PopulationMember> pop;
    for (int i = 0; i < 200; ++i)
        pop.push_back(member(QStringLiteral("案%1").arg(i).toUtf8().constData(), i % 2 ? "甲局" : "乙局"));
    DrawSpec spec = ratio("0.1");
    spec.strata = {QStringLiteral("agency")};
    const DrawOutcome first = DrawAlgorithm::run(pop, spec);
    std::reverse(pop.begin(), pop.end());  // input order does not matter
    CHECK(DrawAlgorithm::run(pop, spec).drawn == first.drawn);
    CHECK(first.drawn.size() == 20);
    spec.seed = QStringLiteral("t");
    CHECK(DrawAlgorithm::run(pop, spec).drawn != first.drawn);
}

TEST_CASE("campaign draw: a stratum too small for the ratio is named in a warning")
{
    std::vector<PopulationMember> pop{member("A", "甲局"), member("B", "甲局"), member("C", "乙局")};
    pop.push_back(member("D", "乙局"));
    for (int i = 0; i < 20; ++i)
        pop.push_back(member(QStringLiteral("丙%1").arg(i).toUtf8().constData(), "丙局"));
    DrawSpec spec = ratio("0.1");
    spec.strata = {QStringLiteral("agency")};
    DrawOutcome o = DrawAlgorithm::run(pop, spec);
    REQUIRE(o.warnings.size() == 2);  // 甲局 and 乙局: 2 × 0.1 rounds to 0
    CHECK(o.warnings[0].contains(QStringLiteral("乙局")));
    CHECK(o.warnings[0].contains(QStringLiteral("rounds to 0")));
    CHECK(o.drawn.size() == 2);  // 丙局: 20 × 0.1 = 2
    spec.minimum = 3;
    o = DrawAlgorithm::run(pop, spec);
    CHECK(o.warnings.size() == 3);
    CHECK(o.warnings[1].contains(QStringLiteral("fewer than the minimum 3")));
    CHECK(o.warnings[0].contains(QStringLiteral("raised to the minimum 3")));
    CHECK(o.drawn.size() == 2 + 2 + 3);
}

TEST_CASE("campaign draw: refusals name the stratum, column or key")
{
    auto pop = five();
    for (auto &m : pop)
        if (m.key == QLatin1String("A"))
            m.agency = QStringLiteral("乙局"), m.flags = {QStringLiteral("撤销")};
    DrawSpec spec = ratio("0.5");
    spec.strata = {QStringLiteral("agency")};
    spec.exclude = {QStringLiteral("撤销")};
    try {
        DrawAlgorithm::run(pop, spec);
        FAIL("a stratum left empty was drawn");
    } catch (const CampaignError &e) {
        CHECK(e.kind() == CampaignError::Kind::EmptyStratum);
        CHECK(e.message().contains(QStringLiteral("乙局")));
    }
    spec.exclude.clear();
    spec.strata = {QStringLiteral("colour")};
    CHECK_THROWS_AS(DrawAlgorithm::run(pop, spec), CampaignError);
    spec.strata.clear();
    pop.push_back(member("A", "甲局"));
    try {
        DrawAlgorithm::run(pop, spec);
        FAIL("a duplicate key was drawn");
    } catch (const CampaignError &e) {
        CHECK(e.message().contains(QStringLiteral("A occurs twice")));
    }
    CHECK_THROWS_AS(DrawAlgorithm::run({}, spec), CampaignError);
}

TEST_CASE("campaign population: the canonical list is sorted, tab-separated and hashed")
{
    auto pop = five();
    pop[4].flags = {QStringLiteral("听证"), QStringLiteral("重大")};
    pop[4].decisionDate = QStringLiteral("2024-03-05");
    pop[4].amount = QStringLiteral("2000");
    const auto sorted = Population::normalized(pop);
    const QByteArray list = Population::canonicalList(sorted);
    CHECK(list.startsWith(QStringLiteral("A\t甲局\t行政处罚\t\t\t\nB\t").toUtf8()));
    CHECK(list.endsWith(QStringLiteral("E\t甲局\t行政处罚\t2024-03-05\t2000\t听证;重大\n").toUtf8()));
    // printf 'A\t甲局…' | sha256sum of the same five lines, computed outside the program.
    CHECK(Population::sha256(Population::normalized(five())) ==
          QLatin1String("d1ea2b8b7ed3a2b9ea31fae36ed206c232e4049412779a7fc6b41071aac54ee6"));
}
