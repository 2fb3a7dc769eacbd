// SPDX-License-Identifier: GPL-3.0-or-later
// Import, then diagnose what was stored, on the same store connection.
#include "importservice.h"

#include "diagnosisservice.h"

namespace casereview {

ImportRun ImportService::run(const QStringList &paths, const ImportOptions &options,
                             const CaseImporter::ProgressFn &progress, const std::atomic<bool> *cancel)
{
    ImportRun out;
    out.report = CaseImporter(m_db).run(paths, options, progress, cancel);
    std::vector<qint64> stored;
    for (const ImportOutcome &o : out.report.outcomes)
        if (o.status == ImportOutcome::Status::Imported && o.caseId > 0)
            stored.push_back(o.caseId);
    out.diagnoses = m_diagnosis.diagnose(m_db, stored);
    return out;
}

} // namespace casereview
