// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the analysis of a dossier's page texts yields: its documents and its metadata.
#include "casedocument.h"
#include "dossierfields.h"

#include <vector>

namespace casereview {

struct DossierAnalysis {
    std::vector<CaseDocument> documents;
    DossierFields fields;
};

} // namespace casereview
