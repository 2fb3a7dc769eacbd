// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: one agency's problems → the rectification notice (整改通知书): the problems found, the
// cases and pages behind each, the deadline and how to report back.
#include "analytics/campaignstats.h"
#include "reportdocument.h"

#include <QDate>

namespace casereview {

namespace RectificationNoticeBuilder {
struct Options {
    QString bureau;   // the issuing bureau, named in the text and above the date
    QDate issued;     // the notice's date
    QDate deadline;   // invalid: 30 days after `issued`
};
// The agency must have at least one case with problems (callers check casesWithProblems).
ReportDocument build(const AgencyProblems &agency, const Options &options);
} // namespace RectificationNoticeBuilder

} // namespace casereview
