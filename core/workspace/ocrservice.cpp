// SPDX-License-Identifier: GPL-3.0-or-later
// OCR with the diagnosis redone per case as OcrRunner finishes reading it.
#include "ocrservice.h"

#include "diagnosisservice.h"

namespace casereview {

OcrReport OcrService::run(const std::vector<qint64> &caseIds, const OcrOptions &options,
                          const OcrRunner::ProgressFn &progress, const std::atomic<bool> *cancel)
{
    OcrReport report = OcrRunner(m_db).run(
        caseIds, options,
        [&](const OcrProgress &p) {
            if (p.completedCase > 0)
                m_diagnosis.diagnose(m_db, {p.completedCase});
            if (progress)
                progress(p);
        },
        cancel);
    m_diagnosis.diagnose(m_db, report.casesPartlyRead);
    return report;
}

} // namespace casereview
