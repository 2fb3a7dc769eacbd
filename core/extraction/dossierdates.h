// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dossier's key dates, each from the document that carries it: filing and closing
// forms by their labels, notices and the decision by their signature date, the delivery by
// the receipt for the decision.
#include "domain/dossierfields.h"
#include "dossiertext.h"

namespace casereview {

namespace DossierDates {
// Fills fields.dates (keys as kDateKeys); a date not found is left out.
void read(const DossierText &dossier, DossierFields &fields);
} // namespace DossierDates

} // namespace casereview
