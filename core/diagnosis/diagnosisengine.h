// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs every rule of the catalogue over one case and returns its findings, defects first.
#include "caseview.h"
#include "domain/finding.h"
#include "holidaycalendar.h"
#include "parameterprofile.h"

#include <vector>

namespace casereview {

namespace DiagnosisEngine {
std::vector<Finding> diagnose(const DiagnosisInput &input, const ParameterProfile &profile = ParameterProfile::henan(),
                              const HolidayCalendar &calendar = HolidayCalendar::official());
} // namespace DiagnosisEngine

} // namespace casereview
