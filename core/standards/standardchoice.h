// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which standard a new review of a case starts with: the one whose name matches the case type
// (处罚 / 强制 / 许可 / 检查), else the general penalty standard, the common case.
#include "standardversioninfo.h"

#include <vector>

namespace casereview {

namespace StandardChoice {
QString forCaseType(const std::vector<StandardVersionInfo> &standards, const QString &caseType);
} // namespace StandardChoice

} // namespace casereview
