// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Diagnoses many stored cases in parallel (QtConcurrent on a pool of its own, not the global
// one the GUI thread's painting waits on), one store connection per worker thread, with a
// progress callback and a cancel flag; results come back in the given order.
#include "domain/finding.h"
#include "holidaycalendar.h"
#include "parameterprofile.h"

#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace casereview {

struct CaseDiagnosis {
    qint64 caseId = 0;
    std::vector<Finding> findings;
    QString error;  // set when the case could not be read
};

class BatchScreener {
public:
    using Progress = std::function<void(int done, int total)>;

    BatchScreener(QString storePath, ParameterProfile profile, const HolidayCalendar &calendar = HolidayCalendar::official())
        : m_storePath(std::move(storePath)), m_profile(std::move(profile)), m_calendar(calendar) {}

    // `progress` is called from worker threads (serialised); `cancel` stops cases not yet started.
    std::vector<CaseDiagnosis> run(const std::vector<qint64> &caseIds, const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr) const;

private:
    QString m_storePath;
    ParameterProfile m_profile;
    const HolidayCalendar &m_calendar;
};

} // namespace casereview
