// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The printable 抽取记录 of a campaign draw (双随机): everything a third party needs to re-run it
// and check the result — the campaign and its standard, seed, algorithm and how it ranks, the
// SHA-256 of the canonical population list and its size, the strata with their sizes, quotas
// and what was drawn, the warnings, who drew it and who witnessed it, the drawn list with each
// file's rank — and signature lines. A pure function of the records; `strata` comes from
// re-running the draw on the population when it is unchanged (nullopt: the population list no
// longer hashes to the recorded value, which the record then says, counting from the drawn list).
#include "campaignrecords.h"
#include "drawspec.h"
#include "report/reportdocument.h"

#include <optional>

namespace casereview {

namespace DrawRecordBuilder {
ReportDocument build(const CampaignRecord &campaign, const DrawRecord &draw, const std::optional<std::vector<StratumSummary>> &strata);
}

} // namespace casereview
