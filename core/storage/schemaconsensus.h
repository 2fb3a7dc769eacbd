// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for the reconciliation of a campaign's double reviews (合议, issue #15): one
// consensus sheet per campaign file with its answers (each marked disputed or not, with the
// reason of its decision) and the reviewers' joint signatures (联合署名). A frozen step: it
// calls nothing but Database.
class Database;

namespace SchemaConsensus {
void apply(Database &db);
}

} // namespace casereview
