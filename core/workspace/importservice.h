// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import use case both front ends run: files are read and stored (CaseImporter), then every
// case stored is diagnosed, so a case has its findings the moment the import hands it over.
// Scanned pages stay queued for OCR (OcrService), which diagnoses the case again on its new text.
#include "diagnosis/batchscreener.h"
#include "import/caseimporter.h"

namespace casereview {

class Database;
class DiagnosisService;

struct ImportRun {
    ImportReport report;
    std::vector<CaseDiagnosis> diagnoses;  // one per imported case, in the report's order
};

class ImportService {
public:
    ImportService(Database &db, const DiagnosisService &diagnosis) : m_db(db), m_diagnosis(diagnosis) {}

    // Blocks until done (call it off the GUI thread). A cancelled run still diagnoses the cases
    // it stored before it stopped. Throws StorageError when the store cannot be read at all.
    ImportRun run(const QStringList &paths, const ImportOptions &options, const CaseImporter::ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

private:
    Database &m_db;
    const DiagnosisService &m_diagnosis;
};

} // namespace casereview
