// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the party (当事人) of a dossier: name, kind (organisation, 个体工商户, natural person)
// and unified social credit code, preferring the decision's party block.
#include "domain/dossierfields.h"
#include "pagelines.h"

#include <optional>

namespace PartyExtractor {
struct Party {
    std::optional<TextField> name;
    std::optional<PartyTypeField> type;
    std::optional<UsccField> uscc;
};

// decision: the 行政处罚决定书 (may be empty); all: every page; filing: the 立案审批表 (may be empty).
Party read(const PageLines &decision, const PageLines &all, const PageLines &filing);
} // namespace PartyExtractor
