// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON shapes of the CLI contract for cases (see README, "CLI").
#include "domain/caserecord.h"

#include <QJsonObject>

namespace CaseJson {
QJsonObject summary(const casereview::CaseSummary &s);
// The case's leading review for `cases`: null when there is none; "grade" only when final
// (signed, every item answered), otherwise "provisional_grade" when the answers decide one.
QJsonValue review(const casereview::CaseSummary &s);
QJsonObject detail(const casereview::CaseRecord &r);
} // namespace CaseJson
