// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seeded, documented draw (双随机) of a campaign, algorithm "sha256-rank-v1". It is a pure
// function of the population and the DrawSpec, so anyone with the printed record (seed,
// parameters, canonical population list) can re-run it; `campaign verify-draw` does.
//
//  1. Members carrying an exclusion flag are left out.
//  2. Each remaining member's stratum is the values of the strata columns joined by " / "
//     (an empty value reads "-"); without strata there is one stratum, "全部".
//  3. In each stratum, members carrying a must-include flag are drawn (reason must_include).
//  4. The quota of a stratum of `size` members (after exclusions) is, for a ratio R given as
//     an exact decimal, round-half-up(R × size) = floor((2·R·size + 1) / 2), raised to the
//     minimum, and at most `size`; for a count N it is min(N, size).
//  5. Every other member of the stratum gets rank = lowercase hex SHA-256 of the UTF-8 bytes of
//     seed, one LF (0x0A), member key (the case number). The `quota` members with the smallest
//     rank (compared as strings; ties by key) are drawn (reason random). Must-include members
//     come on top of the quota.
//  6. The result lists strata in key order, in each the must-include members by key, then the
//     random ones by rank.
// A stratum left empty by the exclusions is refused; a stratum too small for the ratio (its
// quota rounds to 0 or is raised to the minimum, or it has fewer members than asked) gives a
// warning naming it.
#include "drawspec.h"
#include "populationmember.h"

namespace casereview {

class DrawAlgorithm {
public:
    static constexpr const char *name = "sha256-rank-v1";

    // `members` as Population::normalized gives them. Throws CampaignError (EmptyStratum, Invalid).
    static DrawOutcome run(const std::vector<PopulationMember> &members, const DrawSpec &spec);
    static QString rank(const QString &seed, const QString &key);
    // round-half-up(numerator / denominator × size), exactly.
    static qint64 roundedShare(qint64 numerator, qint64 denominator, qint64 size);
    static QString stratumOf(const PopulationMember &member, const QStringList &strata);
};

} // namespace casereview
