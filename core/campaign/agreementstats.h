// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inter-reviewer agreement statistics as pure functions.
//
// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
// each unit holds the values its coders gave (any number, any coders: missing values are
// simply absent); units with fewer than two values are not pairable and are ignored. With
// n pairable values in all, α = 1 − D_o / D_e where
//   D_o = 1/n · Σ_u Σ_{i≠j in u} δ²(v_i, v_j) / (m_u − 1)   (observed, within units)
//   D_e = 1/(n(n−1)) · Σ_{i≠j over all pairable values} δ²(v_i, v_j)   (expected)
// δ² is 0/1 for the nominal metric and (a − b)² for the interval metric. nullopt when
// nothing is pairable or every value is the same (D_e = 0: α is undefined).
//
// Cohen's kappa for two raters over the same items: κ = (p_o − p_e) / (1 − p_e) with p_e
// from the raters' own marginals; nullopt when p_e = 1.
//
// Percent agreement: the share of pairable units on which every value is the same.
#include <QString>
#include <optional>
#include <vector>

namespace casereview {

class AgreementStats {
public:
    enum class Metric { Nominal, Interval };

    static std::optional<double> krippendorffAlpha(const std::vector<std::vector<double>> &units, Metric metric);
    static std::optional<double> cohensKappa(const std::vector<std::pair<QString, QString>> &ratings);
    static std::optional<double> percentAgreement(const std::vector<std::vector<double>> &units);
    static int pairableUnits(const std::vector<std::vector<double>> &units);
};

} // namespace casereview
