// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The standards shipped with the program as Qt resources (:/standards/*.json).
#include "reviewstandard.h"

#include <vector>

namespace casereview {

namespace BuiltinStandards {
// Every built-in standard, validated. Throws StandardError if a resource is broken.
std::vector<ReviewStandard> load();
} // namespace BuiltinStandards

} // namespace casereview
