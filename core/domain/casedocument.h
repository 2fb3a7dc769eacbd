// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One document inside a dossier, by physical page range (1-based, inclusive).
#include "documenttype.h"

#include <QString>

namespace casereview {

struct CaseDocument {
    DocumentType type = DocumentType::Other;
    int firstPage = 1;
    int lastPage = 1;
    QString title;  // the heading as printed, when found

    bool operator==(const CaseDocument &) const = default;
};

} // namespace casereview
