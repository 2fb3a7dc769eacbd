// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// 三色 of rectification: green = closed or nothing to fix, yellow = open within the deadline,
// red = overdue, veto-level or a failed re-check. Worse colours compare greater.
enum class TrafficLight { Green, Yellow, Red };

} // namespace casereview
