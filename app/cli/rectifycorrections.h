// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rectify withdraw` and `rectify update --supersede-attachment`: correcting rectification
// records made by mistake without deleting anything.
class CliContext;
class RectificationService;

int runRectifyWithdraw(CliContext &ctx, RectificationService &service, long long itemId);
int runRectifySupersede(CliContext &ctx, RectificationService &service, long long itemId);
