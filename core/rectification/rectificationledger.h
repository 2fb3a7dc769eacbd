// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 整改台账: the rectification items as a table for CSV / XLSX and as a printable document
// (a summary per agency, then every item, most urgent first). Pure; `today` decides overdue
// and 三色.
#include "rectificationitem.h"
#include "export/exporttable.h"
#include "report/reportdocument.h"

#include <map>

namespace RectificationLedger {
struct Input {
    std::vector<RectificationItem> items;
    std::map<qint64, QString> caseNumbers;  // case id → 案号 (the file name when none was read)
    QDate today;
};

ExportTable table(const Input &input);
ReportDocument document(const Input &input);
QString lightZh(TrafficLight light);  // 绿 / 黄 / 红
} // namespace RectificationLedger
