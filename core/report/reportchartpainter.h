// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a ChartBlock as vectors with QPainter: column or horizontal bar charts (long labels get
// horizontal bars), a donut with a legend of counts and shares, and a Pareto chart (bars with
// the cumulative share as a line on a 0–100 % axis).
#include "reportdocument.h"
#include "reportpageflow.h"

namespace casereview {

namespace ReportChartPainter {
// The height the chart needs at `width` (device pixels), title included.
double height(const ChartBlock &chart, const ReportPageFlow &flow);
void paint(const ChartBlock &chart, ReportPageFlow &flow, const QRectF &rect);
} // namespace ReportChartPainter

} // namespace casereview
