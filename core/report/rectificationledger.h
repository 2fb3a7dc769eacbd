// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 整改台账: the rectification items as a table for CSV / XLSX and as a printable document
// (a summary per agency, then every item, most urgent first). Pure; `today` decides overdue
// and 三色.
#include "export/exporttable.h"
#include "rectification/rectificationledgerinput.h"
#include "reportdocument.h"

namespace casereview {

namespace RectificationLedger {
using Input = RectificationLedgerInput;  // as RectificationService::ledgerInput() loads it

ExportTable table(const Input &input);
ReportDocument document(const Input &input);
QString lightZh(TrafficLight light);  // 绿 / 黄 / 红
} // namespace RectificationLedger

} // namespace casereview
