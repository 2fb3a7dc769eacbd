// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entry point for writing an ExportTable in a format chosen by name ("csv" / "xlsx").
#include "exporttable.h"

#include <optional>

namespace casereview {

namespace TableExporter {
std::optional<ExportFormat> formatFrom(const QString &name);  // case-insensitive; nullopt if unknown
ExportResult write(const ExportTable &table, ExportFormat format, const QString &path);
} // namespace TableExporter

} // namespace casereview
