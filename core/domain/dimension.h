// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// The three review dimensions every score and finding is counted under:
// 程序合规性 (procedure), 裁量合理性 (discretion), 决定合法性 (legality).
enum class Dimension { Procedure, Discretion, Legality };

} // namespace casereview
