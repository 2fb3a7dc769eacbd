// SPDX-License-Identifier: GPL-3.0-or-later
// The draw "sha256-rank-v1" as drawalgorithm.h describes it, step by step.
#include "drawalgorithm.h"

#include "campaignerror.h"
#include "population.h"

#include <QCryptographicHash>
#include <algorithm>
#include <map>

namespace casereview {

namespace {
bool hasAny(const PopulationMember &m, const QStringList &flags)
{
    for (const QString &f : flags)
        if (m.flags.contains(f))
            return true;
    return false;
}

QString share(const DrawSpec &spec, int size)
{
    return QStringLiteral("%1 × %2 = %3").arg(size).arg(spec.ratioText).arg(double(spec.ratioNumerator) * size / double(spec.ratioDenominator));
}
} // namespace

QString DrawAlgorithm::rank(const QString &seed, const QString &key)
{
    const QByteArray bytes = seed.toUtf8() + '\n' + key.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 DrawAlgorithm::roundedShare(qint64 numerator, qint64 denominator, qint64 size)
{
    return (2 * numerator * size + denominator) / (2 * denominator);
}

QString DrawAlgorithm::stratumOf(const PopulationMember &m, const QStringList &strata)
{
    if (strata.isEmpty())
        return QStringLiteral("全部");
    QStringList parts;
    for (const QString &c : strata) {
        const QString v = m.column(c).value_or(QString());
        parts << (v.isEmpty() ? QStringLiteral("-") : v);
    }
    return parts.join(QStringLiteral(" / "));
}

DrawOutcome DrawAlgorithm::run(const std::vector<PopulationMember> &members, const DrawSpec &spec)
{
    if (spec.seed.isEmpty())
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the draw needs a seed"));
    for (const QString &c : spec.strata)
        if (PopulationMember::canonicalColumn(c).isEmpty())
            throw CampaignError(CampaignError::Kind::Invalid,
                                QStringLiteral("unknown stratum column '%1' (agency, case_type, decision_date, decision_year, amount, flags)").arg(c));
    if (spec.byRatio && (spec.ratioNumerator <= 0 || spec.ratioNumerator > spec.ratioDenominator))
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the ratio must be above 0 and at most 1"));
    if (!spec.byRatio && spec.count < 1)
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the count per stratum must be at least 1"));
    if (spec.minimum < 0)
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the minimum per stratum cannot be negative"));
    if (members.empty())
        throw CampaignError(CampaignError::Kind::EmptyStratum, QStringLiteral("the population is empty: nothing to draw from"));

    const std::vector<PopulationMember> sorted = Population::normalized(members);
    DrawOutcome out;
    out.populationSha256 = Population::sha256(sorted);
    std::map<QString, std::vector<const PopulationMember *>> strata;  // std::map: key order
    std::map<QString, int> excluded;
    for (const PopulationMember &m : sorted) {
        const QString s = stratumOf(m, spec.strata);
        if (hasAny(m, spec.exclude)) {
            ++excluded[s];
            strata[s];
        } else {
            strata[s].push_back(&m);
        }
    }
    for (const auto &[name, list] : strata) {
        StratumSummary sum;
        sum.name = name;
        sum.size = int(list.size());
        sum.excluded = excluded[name];
        if (list.empty())
            throw CampaignError(CampaignError::Kind::EmptyStratum,
                                QStringLiteral("stratum '%1' has no files left after the exclusions (%2 excluded)").arg(name).arg(sum.excluded));
        std::vector<std::pair<QString, const PopulationMember *>> candidates;
        for (const PopulationMember *m : list) {
            if (hasAny(*m, spec.mustInclude)) {
                out.drawn.push_back({m->key, m->caseId, m->catalogueRow, m->caseNo, name, true, rank(spec.seed, m->key)});
                ++sum.mustInclude;
            } else {
                candidates.emplace_back(rank(spec.seed, m->key), m);
            }
        }
        qint64 quota = 0;
        if (spec.byRatio) {
            const qint64 share = roundedShare(spec.ratioNumerator, spec.ratioDenominator, sum.size);
            quota = std::min<qint64>(std::max<qint64>(share, spec.minimum), sum.size);
            if (sum.size < spec.minimum)
                out.warnings << QStringLiteral("stratum '%1' has %2 files, fewer than the minimum %3: all are drawn").arg(name).arg(sum.size).arg(spec.minimum);
            else if (share < spec.minimum)
                out.warnings << QStringLiteral("stratum '%1' is small for the ratio: %2 rounds to %3, raised to the minimum %4")
                                    .arg(name, casereview::share(spec, sum.size)).arg(share).arg(spec.minimum);
            else if (share == 0)
                out.warnings << QStringLiteral("stratum '%1' is too small for the ratio: %2 rounds to 0, nothing is drawn at random (set a minimum)")
                                    .arg(name, casereview::share(spec, sum.size));
        } else {
            quota = std::min(spec.count, sum.size);
            if (sum.size < spec.count)
                out.warnings << QStringLiteral("stratum '%1' has %2 files, fewer than the count %3: all are drawn").arg(name).arg(sum.size).arg(spec.count);
        }
        sum.quota = int(quota);
        std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second->key < b.second->key;
        });
        const qint64 take = std::min<qint64>(quota, qint64(candidates.size()));
        for (qint64 i = 0; i < take; ++i) {
            const PopulationMember *m = candidates[size_t(i)].second;
            out.drawn.push_back({m->key, m->caseId, m->catalogueRow, m->caseNo, name, false, candidates[size_t(i)].first});
        }
        sum.drawnAtRandom = int(take);
        out.strata.push_back(sum);
    }
    return out;
}

} // namespace casereview
