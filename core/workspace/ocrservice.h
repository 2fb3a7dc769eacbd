// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The OCR use case both front ends run: scanned pages are read (OcrRunner) and each case is
// diagnosed again on its new text, keeping decisions on findings that still hold — a case whose
// last page was read before its progress is reported (so whoever refreshes it sees its new
// findings), a case read only in part (stopped, or a page failed) when the run ends.
#include "ocr/ocrrunner.h"

namespace casereview {

class Database;
class DiagnosisService;

class OcrService {
public:
    OcrService(Database &db, const DiagnosisService &diagnosis) : m_db(db), m_diagnosis(diagnosis) {}

    // Blocks until done (call it off the GUI thread); `progress` runs on the calling thread.
    OcrReport run(const std::vector<qint64> &caseIds, const OcrOptions &options, const OcrRunner::ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

private:
    Database &m_db;
    const DiagnosisService &m_diagnosis;
};

} // namespace casereview
