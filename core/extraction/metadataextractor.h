// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a dossier's metadata (decision number, agency, party, fine, case type, key dates,
// officers), each from the document that carries it, with page and source line as evidence.
#include "domain/casedocument.h"
#include "domain/dossierfields.h"

#include <QString>
#include <vector>

namespace MetadataExtractor {
// pageTexts[0] is page 1; documents as DossierSplitter::split gives them.
DossierFields extract(const std::vector<QString> &pageTexts, const std::vector<CaseDocument> &documents);
} // namespace MetadataExtractor
