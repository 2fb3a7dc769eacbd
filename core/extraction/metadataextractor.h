// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a dossier's metadata (decision number, agency, party, fine, case type, key dates,
// officers), each from the document that carries it, with page and source line as evidence.
#include "domain/casedocument.h"
#include "domain/dossierfields.h"

#include <QString>
#include <vector>

namespace casereview {

namespace MetadataExtractor {
// pageTexts[0] is page 1; documents as DossierSplitter::split gives them. ocrPages (empty, or
// a flag per page) marks texts read by OCR: a number or name read there is checked against
// its other mentions in the dossier.
DossierFields extract(const std::vector<QString> &pageTexts, const std::vector<CaseDocument> &documents,
                      const std::vector<bool> &ocrPages = {});

// `value` as the dossier spells it most: every run of `text` as long as `value` that differs
// from it in at most one character (two from ten characters on, three from twelve; bracket
// forms alike) votes for its character at each position; a character another spelling puts
// there at least twice and more often than `value` does replaces it. OCR misreads a character
// in one mention (绵阴福通 among twelve 绵阳福通), rarely the same way in all.
QString consensus(const QString &value, const QString &text);
} // namespace MetadataExtractor

} // namespace casereview
