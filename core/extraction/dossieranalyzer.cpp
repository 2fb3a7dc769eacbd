// SPDX-License-Identifier: GPL-3.0-or-later
// Cleans the pages (PageCleaner), splits them into documents, then reads the metadata from
// those documents.
#include "dossieranalyzer.h"

#include "dossiersplitter.h"
#include "metadataextractor.h"
#include "pagecleaner.h"

namespace casereview {

namespace DossierAnalyzer {
DossierAnalysis analyze(const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages)
{
    DossierAnalysis a;
    const std::vector<QString> pages = PageCleaner::clean(pageTexts);
    a.documents = DossierSplitter::split(pages, ocrPages);
    a.fields = MetadataExtractor::extract(pages, a.documents, ocrPages);
    return a;
}
} // namespace DossierAnalyzer

} // namespace casereview
