// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for review campaigns (评查活动, issue #15): the campaign with its standard and
// phases, its population (stored cases and catalogue rows), recorded draws and what they drew,
// the reviewer pool and recorded assignments. A frozen step: it calls nothing but Database.
class Database;

namespace SchemaCampaign {
void apply(Database &db);
}

} // namespace casereview
