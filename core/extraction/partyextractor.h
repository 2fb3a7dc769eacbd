// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the parties (当事人) of a dossier: each one's name, kind (organisation, 个体工商户,
// natural person) and unified social credit code, from the decision's party block first.
#include "domain/dossierfields.h"
#include "pagelines.h"

#include <optional>
#include <vector>

namespace casereview {

namespace PartyExtractor {
struct Party {
    std::optional<TextField> name;
    std::optional<PartyTypeField> type;
    std::optional<UsccField> uscc;
};

// Every party the decision's block names, in its order; empty when it names none.
// decision: the 行政处罚决定书 (may be empty); all: every page; filing: the 立案审批表 (may be empty).
std::vector<PartyRecord> readAll(const PageLines &decision, const PageLines &all, const PageLines &filing);
// The first party, with the dossier's other forms as the fallback for its name and code.
Party read(const PageLines &decision, const PageLines &all, const PageLines &filing);
} // namespace PartyExtractor

} // namespace casereview
