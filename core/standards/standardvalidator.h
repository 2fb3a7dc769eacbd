// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks a review standard for consistency (ids, points adding up, veto gates, grade bands)
// and describes each problem in one sentence that names the section or item.
#include "reviewstandard.h"

#include <QStringList>

namespace casereview {

namespace StandardValidator {
QStringList problems(const ReviewStandard &standard);
// Throws StandardError listing every problem, prefixed with the standard's id.
void require(const ReviewStandard &standard);
} // namespace StandardValidator

} // namespace casereview
