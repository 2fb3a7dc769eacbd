// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossieranalyzer.h"

namespace DossierAnalyzer {
DossierAnalysis analyze(const std::vector<QString> &pageTexts)
{
    DossierAnalysis a;
    if (!pageTexts.empty())
        a.documents.push_back({DocumentType::Other, 1, int(pageTexts.size()), {}});
    return a;
}
} // namespace DossierAnalyzer
