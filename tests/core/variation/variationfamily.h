// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a generated dossier is written: one choice per dimension (date form, notice title, remedy
// clause wording, …). The values of each dimension are split into a TUNING pool, which the
// asserting tests use and the pipeline's authors may look at, and a HELD-OUT pool, which only
// bench_variation uses, to measure whether what holds on the tuning wordings generalises, and a
// BLIND pool, written after the held-out pool had been looked at while fixing: its figures are
// recorded once, before any change made in its light (then it joins held-out and a new blind
// pool is written). Value 0 of every dimension is the base wording and is always tuning.
#include <QString>
#include <QStringList>
#include <array>
#include <random>

enum class Dim {
    Dates,       // VariationFormat::date forms
    Numerals,    // period forms 六十日 / 60日 / 六十天 / ６０日
    Amounts,     // VariationFormat::amount forms
    Titles,      // how the notices and the decision are titled
    Notice,      // separate hearing notice / combined 事先（听证）告知书 / hearing clause in the plain notice
    Remedy,      // the remedy clause's wording and order
    Brackets,    // the case number's brackets and serial
    PartyLabel,  // 当事人 / 被处罚人 / 当事人名称 / 单位名称 / name on the next line
    Layout,      // lines / decision as one paragraph / notice and decision as one paragraph
    Order,       // archive order of the documents
    Noise,       // whitespace and punctuation noise
    Officers,    // how the records list officers and certificates
    Footer,      // page footers
    Range,       // how the cited statutory range is written
    Pagination,  // one page per document / long documents over two pages
    Count
};
constexpr int kDims = int(Dim::Count);

struct DimInfo {
    const char *name;
    QStringList values;  // a label per value
    std::vector<int> tuning;
    std::vector<int> heldOut;
    std::vector<int> blind;
};

// The pools of values a family is drawn from (see above).
enum class Pool { Tuning = 0, HeldOut = 1, Blind = 2 };
constexpr int kPools = 3;
const char *poolName(Pool p);

const DimInfo &dimInfo(Dim d);

struct VariationFamily {
    std::array<int, kDims> v{};  // all zero: the base wording

    int operator[](Dim d) const { return v[size_t(d)]; }
    VariationFamily with(Dim d, int value) const
    {
        VariationFamily f = *this;
        f.v[size_t(d)] = value;
        return f;
    }
    // Every dimension drawn from the tuning pool, or (held-out, blind) from that pool or tuning,
    // with at least one dimension from the pool.
    static VariationFamily random(std::mt19937 &rng, Pool pool);
    static VariationFamily random(std::mt19937 &rng, bool heldOut) { return random(rng, heldOut ? Pool::HeldOut : Pool::Tuning); }
    QString label() const;  // "Dates=二〇二四年 Notice=combined …", non-base values only
};
