// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fine ranges of frequently cited penalty provisions (resource
// :/diagnosis/penalty-provisions.json), for decisions that cite a provision without quoting it.
#include <QString>
#include <QStringView>
#include <optional>

namespace casereview {

struct ProvisionRange {
    double min = 0;
    std::optional<double> max;  // none: no upper bound known
    QString citation;           // the provision as the table names it
};

namespace ProvisionTable {
// The range of the provision cited as 《law》article (article may carry a 款), read with the
// decision's own text for the aggravating circumstance and the base of a scaled range.
// nullopt when the provision is unknown or its base is not stated.
std::optional<ProvisionRange> range(const QString &law, const QString &article, QStringView decisionText, bool person);
} // namespace ProvisionTable

} // namespace casereview
