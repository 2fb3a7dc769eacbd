// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a draw (双随机抽取) is asked to do and what it drew: the inputs a third party needs to
// re-run it (seed, strata, quota, minimum, must-include and exclusion flags) and its result.
// Every number is the campaign's choice; none is fixed by law.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace casereview {

struct DrawSpec {
    QString seed;
    QStringList strata;        // canonical column names (PopulationMember::canonicalColumn); empty: one stratum
    bool byRatio = true;
    qint64 ratioNumerator = 0;  // the ratio as an exact decimal: numerator / denominator
    qint64 ratioDenominator = 1;
    QString ratioText;          // as given ("0.1", "10%")
    int count = 0;              // per stratum, when !byRatio
    int minimum = 0;            // per stratum, for a ratio
    QStringList mustInclude;    // flags whose members are drawn on top of the quota
    QStringList exclude;        // flags whose members are not in the draw at all

    // Reads "0.1", ".25", "10%", "1" exactly; nullopt (and `error`) for a ratio ≤ 0, above 1 or not a number.
    static std::optional<std::pair<qint64, qint64>> parseRatio(const QString &text, QString *error);
    // The record of the parameters as the draw keeps and prints it:
    // {"seed","strata":[…],"ratio":"0.1" or "count":N,"min":N,"must_include":[…],"exclude":[…]}.
    QJsonObject toJson() const;
    // Throws CampaignError(Invalid) when the record does not make a valid spec.
    static DrawSpec fromJson(const QJsonObject &json);
};

struct DrawnMember {
    QString key;
    std::optional<qint64> caseId;
    std::optional<int> catalogueRow;
    QString caseNo;
    QString stratum;
    bool mustInclude = false;  // reason must_include, else random
    QString rank;              // hex SHA-256 the member was ranked by
    bool operator==(const DrawnMember &) const = default;
};

struct StratumSummary {
    QString name;
    int size = 0;         // members after exclusions
    int excluded = 0;
    int mustInclude = 0;
    int quota = 0;        // random picks asked for: round-half-up(R × size), at least the minimum, at most the size
    int drawnAtRandom = 0;
};

struct DrawOutcome {
    QString populationSha256;
    std::vector<DrawnMember> drawn;
    std::vector<StratumSummary> strata;
    QStringList warnings;
};

} // namespace casereview
