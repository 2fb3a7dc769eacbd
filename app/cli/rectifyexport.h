// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rectify export`: the 整改台账 as CSV, XLSX or PDF.
class CliContext;
namespace casereview {
class Workspace;
}

int runRectifyExport(CliContext &ctx, casereview::Workspace &ws);
