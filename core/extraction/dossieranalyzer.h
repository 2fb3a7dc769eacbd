// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure analysis of a dossier's page texts: splits it into documents and extracts the
// metadata, each value with the page and snippet it came from.
#include "domain/dossier.h"

#include <QString>
#include <vector>

namespace casereview {

namespace DossierAnalyzer {
// pageTexts[0] is page 1; ocrPages (empty, or a flag per page) marks texts read by OCR.
DossierAnalysis analyze(const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages = {});
} // namespace DossierAnalyzer

} // namespace casereview
