// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a review's grade counts — the one rule the case list, the CLI, the dashboard,
// reports and exports share: final only on a signed review with every item answered;
// provisional while the answers already decide it (all answered, or a veto gate failed) but
// the review is unsigned or was signed with items open; none while open items could change it.
#include "review.h"

#include <QString>

namespace casereview {

enum class GradeStanding { None, Provisional, Final };

inline GradeStanding gradeStanding(ReviewStatus status, qsizetype unanswered, bool vetoFailed)
{
    if (status == ReviewStatus::Signed && unanswered == 0)
        return GradeStanding::Final;
    return unanswered == 0 || vetoFailed ? GradeStanding::Provisional : GradeStanding::None;
}

inline QString gradeStandingKey(GradeStanding s)
{
    switch (s) {
    case GradeStanding::None: return QStringLiteral("none");
    case GradeStanding::Provisional: return QStringLiteral("provisional");
    case GradeStanding::Final: return QStringLiteral("final");
    }
    return {};
}

} // namespace casereview
