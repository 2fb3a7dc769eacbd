// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks officers read on OCR pages against the dossier's other mentions of its people:
// filing approval, signatures, handlers, servers and contacts name the same officers again.
#include "domain/dossierfields.h"

#include <QStringList>
#include <vector>

namespace casereview {

namespace OfficerConsensus {
// The names written after people labels ("承办人：武敏夏子娜", "由武敏、夏子娜承办",
// "送达人|严宇雷国轩"), one run per label, split at 、 and with spaces removed.
QStringList peopleRuns(const std::vector<QString> &pageTexts);

// Of one record's officers, those listed on an OCR page (ocrPages[0] is page 1) whose name the
// people runs never spell as read take the spelling the runs repeat, and a certificate whose
// province prefix is missing or not a province takes the one the record's other certificates
// share. A reading the runs attest stands: OCR tends to misread a glyph the same way on every
// page, so the runs' majority can be the misreading.
void correct(std::vector<Officer> &officers, const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages);
} // namespace OfficerConsensus

} // namespace casereview
