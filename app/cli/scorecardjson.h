// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The score card as the CLI prints it in JSON (the `score --json` contract).
#include "domain/gradestanding.h"
#include "scoring/scorecard.h"

#include <QJsonObject>

namespace ScoreCardJson {
QJsonValue number(double v);  // whole numbers print without a fraction
QJsonObject toJson(const casereview::ScoreCard &card);
// gradeStanding() of a review with this card.
casereview::GradeStanding standing(const casereview::ScoreCard &card, casereview::ReviewStatus status);
// The grade as the text output names it: "优秀" when final, "优秀, unsigned", "不合格, incomplete",
// or "no grade yet" while unanswered items could still change it.
QString gradeText(const casereview::ScoreCard &card, casereview::ReviewStatus status);
} // namespace ScoreCardJson
