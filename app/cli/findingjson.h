// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON shape of a case's stored findings for `show --json` (see README, "CLI"): as the store
// holds them after import, OCR or diagnose, with the reviewer's decision (null while open).
#include "domain/findingreview.h"

#include <QJsonArray>
#include <vector>

namespace FindingJson {
QJsonArray stored(const std::vector<casereview::StoredFinding> &findings);
} // namespace FindingJson
