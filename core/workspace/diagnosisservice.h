// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one owner of "diagnose a stored case, then replace its findings": import, OCR, the CLI's
// diagnose and the findings panel all come here, so a case's findings do not depend on which
// front end touched the store. Decisions on findings that still hold are kept (FindingRepository).
#include "diagnosis/batchscreener.h"
#include "diagnosis/parameterprofile.h"

#include <atomic>
#include <functional>
#include <vector>

namespace casereview {

class Database;

class DiagnosisService {
public:
    using Progress = std::function<void(int done, int total)>;

    explicit DiagnosisService(ParameterProfile profile = ParameterProfile::henan()) : m_profile(std::move(profile)) {}

    const ParameterProfile &profile() const { return m_profile; }

    // Diagnoses the cases as stored in `db`'s file (in parallel, on read-only connections) and
    // stores their findings through `db`. Results come in the given order; a case that could not
    // be read, or whose findings could not be stored, has `error` set and keeps its old findings.
    // `progress` runs on worker threads; `cancel` stops cases not yet started (error "cancelled").
    std::vector<CaseDiagnosis> diagnose(Database &db, const std::vector<qint64> &caseIds, const Progress &progress = {},
                                        const std::atomic_bool *cancel = nullptr) const;

private:
    ParameterProfile m_profile;
};

} // namespace casereview
