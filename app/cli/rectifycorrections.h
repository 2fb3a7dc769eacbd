// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rectify withdraw` and `rectify update --supersede-attachment`: correcting rectification
// records made by mistake without deleting anything.
class CliContext;
namespace casereview {
class Workspace;
}

int runRectifyWithdraw(CliContext &ctx, casereview::Workspace &ws, long long itemId);
int runRectifySupersede(CliContext &ctx, casereview::Workspace &ws, long long itemId);
