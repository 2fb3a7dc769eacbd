// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The score card as the CLI prints it in JSON (the `score --json` contract).
#include "scoring/scorecard.h"

#include <QJsonObject>

namespace ScoreCardJson {
QJsonValue number(double v);  // whole numbers print without a fraction
QJsonObject toJson(const ScoreCard &card);
} // namespace ScoreCardJson
