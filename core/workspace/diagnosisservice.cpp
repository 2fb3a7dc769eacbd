// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and diagnoses on BatchScreener's parallel read connections, writes on the caller's one.
#include "diagnosisservice.h"

#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/storageerror.h"

namespace casereview {

std::vector<CaseDiagnosis> DiagnosisService::diagnose(Database &db, const std::vector<qint64> &caseIds,
                                                      const Progress &progress, const std::atomic_bool *cancel) const
{
    if (caseIds.empty())
        return {};
    std::vector<CaseDiagnosis> results = BatchScreener(db.path(), m_profile).run(caseIds, progress, cancel);
    FindingRepository findings(db);
    bool available = false;
    try {
        available = findings.available();
    } catch (const StorageError &e) {
        for (CaseDiagnosis &r : results)
            if (r.error.isEmpty())
                r.error = e.message();
        return results;
    }
    if (!available)
        return results;  // a store opened read-only before its findings tables existed
    for (CaseDiagnosis &r : results) {
        if (!r.error.isEmpty())
            continue;
        try {
            findings.replace(r.caseId, r.findings, m_profile.name);
        } catch (const StorageError &e) {
            r.error = QStringLiteral("findings not stored: %1").arg(e.message());
        }
    }
    return results;
}

} // namespace casereview
