// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A campaign's population as a canonical list, so that anyone holding the list can check its
// SHA-256 against the printed draw record and re-run the draw. The canonical list: one line
// per member, sorted by key (UTF-16 code unit order, which for Chinese and ASCII text is code
// point order), each line "key TAB agency TAB case_type TAB decision_date TAB amount TAB flags"
// with the flags joined by ';', every line ending in LF, encoded as UTF-8. Tabs and line
// breaks inside values were turned into spaces when the members were read.
#include "populationmember.h"

#include <vector>

namespace casereview {

namespace Population {
// Sorted by key; throws CampaignError(Invalid) naming a key that occurs twice or is empty.
std::vector<PopulationMember> normalized(std::vector<PopulationMember> members);
QByteArray canonicalList(const std::vector<PopulationMember> &sortedMembers);
QString sha256(const std::vector<PopulationMember> &sortedMembers);
}

} // namespace casereview
