// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rectify withdraw` and `rectify update --supersede-attachment`: correcting rectification
// records made by mistake without deleting anything.
class CliContext;
namespace casereview { class RectificationService; }

int runRectifyWithdraw(CliContext &ctx, casereview::RectificationService &service, long long itemId);
int runRectifySupersede(CliContext &ctx, casereview::RectificationService &service, long long itemId);
