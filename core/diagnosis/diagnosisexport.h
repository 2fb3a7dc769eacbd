// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exported shapes of a screening run: the CLI JSON contract and the flagged-list CSV.
#include "batchscreener.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace casereview {

namespace DiagnosisExport {
QJsonObject finding(const Finding &f);
// [{"case_id", "findings": [{"rule","severity","dimension","legal_basis","message","item","evidence":[{"page","snippet"}]}]}]
QJsonArray json(const std::vector<CaseDiagnosis> &results);
// UTF-8 with BOM (opens in Excel); one row per finding.
QByteArray csv(const std::vector<CaseDiagnosis> &results, const std::map<qint64, QString> &fileNames);
} // namespace DiagnosisExport

} // namespace casereview
