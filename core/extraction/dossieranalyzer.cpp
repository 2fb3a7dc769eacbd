// SPDX-License-Identifier: GPL-3.0-or-later
// Splits the pages into documents, then reads the metadata from those documents.
#include "dossieranalyzer.h"

#include "dossiersplitter.h"
#include "metadataextractor.h"

namespace DossierAnalyzer {
DossierAnalysis analyze(const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages)
{
    DossierAnalysis a;
    a.documents = DossierSplitter::split(pageTexts, ocrPages);
    a.fields = MetadataExtractor::extract(pageTexts, a.documents, ocrPages);
    return a;
}
} // namespace DossierAnalyzer
