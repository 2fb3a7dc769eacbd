// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the law-enforcement officers (name + 执法证号) listed on an inspection or inquiry
// record, whether listed inline, as a name field plus a number field, or as a table.
#include "domain/dossierfields.h"
#include "pagelines.h"

#include <vector>

namespace casereview {

namespace OfficerExtractor {
std::vector<Officer> fromRecord(const PageLines &record);
// The one-character province names that prefix a 执法证号 (浙02548901).
const QString &provinceAbbreviations();
} // namespace OfficerExtractor

} // namespace casereview
