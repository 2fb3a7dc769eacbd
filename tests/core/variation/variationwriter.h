// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a Spec and a family into the page texts of a dossier, as import would give them: the
// documents in archive order, laid out in lines or paragraphs, with footers, noise, and long
// documents over two pages. The pipeline under test gets only the page texts (it must split
// the dossier itself); `pageTypes` is the truth for measuring the split.
#include "domain/documenttype.h"
#include "variationfamily.h"
#include "variationspec.h"

#include <QString>
#include <vector>

struct VariationDossier {
    std::vector<QString> pages;
    std::vector<casereview::DocumentType> pageTypes;  // the document each page belongs to
    std::vector<bool> firstPages;         // the page starts a document
};

namespace VariationWriter {
VariationDossier dossier(const VariationSpec &spec, const VariationFamily &family);
// A lone decision (screening), narrating the procedure before it.
VariationDossier loneDecision(const VariationSpec &spec, const VariationFamily &family);
} // namespace VariationWriter
