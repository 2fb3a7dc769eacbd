// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure: the sections of a campaign report that say how the review campaign was run — the
// campaign and its draw (enough to check it against the printed 抽取记录), the reviewers and
// how the files were shared among them, where the files stand, the reviewers' agreement
// (Krippendorff's α, percent agreement, Cohen's κ per pair) and the disputed files with their
// reconciliation and joint signatures. Figures that cannot be computed print as "—".
#include "campaignconduct.h"
#include "reportdocument.h"
#include "sectionnumbers.h"

namespace casereview {

namespace CampaignConductSections {
void add(ReportDocument &doc, SectionNumbers &sections, const CampaignConduct &conduct);
}

} // namespace casereview
