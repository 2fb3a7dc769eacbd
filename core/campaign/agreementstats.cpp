// SPDX-License-Identifier: GPL-3.0-or-later
// Krippendorff's alpha, Cohen's kappa and percent agreement (formulas in agreementstats.h).
// Alpha is computed in O(values): for the interval metric the sum of (a − b)² over the
// ordered pairs of a set of m values is 2·m·Σx² − 2·(Σx)²; for the nominal metric the number
// of disagreeing ordered pairs is m² − Σ_c m_c².
#include "agreementstats.h"

#include <QHash>
#include <map>

namespace casereview {

namespace {
// Σ over ordered pairs (i ≠ j) of δ² within one set of values.
double pairSum(const std::vector<double> &values, AgreementStats::Metric metric)
{
    const double m = double(values.size());
    if (metric == AgreementStats::Metric::Interval) {
        double sum = 0, squares = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
        }
        return 2 * m * squares - 2 * sum * sum;
    }
    std::map<double, double> counts;
    for (double v : values)
        counts[v] += 1;
    double same = 0;
    for (const auto &[v, c] : counts)
        same += c * c;
    return m * m - same;
}
} // namespace

int AgreementStats::pairableUnits(const std::vector<std::vector<double>> &units)
{
    int n = 0;
    for (const auto &u : units)
        n += u.size() >= 2 ? 1 : 0;
    return n;
}

std::optional<double> AgreementStats::krippendorffAlpha(const std::vector<std::vector<double>> &units, Metric metric)
{
    std::vector<double> all;
    double observed = 0;
    for (const auto &u : units) {
        if (u.size() < 2)
            continue;
        observed += pairSum(u, metric) / double(u.size() - 1);
        all.insert(all.end(), u.begin(), u.end());
    }
    const double n = double(all.size());
    if (n < 2)
        return std::nullopt;
    const double dObserved = observed / n;
    const double dExpected = pairSum(all, metric) / (n * (n - 1));
    if (dExpected <= 1e-12)
        return std::nullopt;
    return 1.0 - dObserved / dExpected;
}

std::optional<double> AgreementStats::cohensKappa(const std::vector<std::pair<QString, QString>> &ratings)
{
    if (ratings.empty())
        return std::nullopt;
    QHash<QString, double> a, b;
    double agree = 0;
    for (const auto &[x, y] : ratings) {
        a[x] += 1;
        b[y] += 1;
        agree += x == y ? 1 : 0;
    }
    const double n = double(ratings.size());
    double expected = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        expected += (it.value() / n) * (b.value(it.key()) / n);
    if (expected >= 1 - 1e-12)
        return std::nullopt;
    return (agree / n - expected) / (1 - expected);
}

std::optional<double> AgreementStats::percentAgreement(const std::vector<std::vector<double>> &units)
{
    int pairable = 0, same = 0;
    for (const auto &u : units) {
        if (u.size() < 2)
            continue;
        ++pairable;
        bool all = true;
        for (double v : u)
            all &= v == u.front();
        same += all ? 1 : 0;
    }
    return pairable ? std::optional(double(same) / pairable) : std::nullopt;
}

} // namespace casereview
