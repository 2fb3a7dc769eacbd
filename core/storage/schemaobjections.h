// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for objections (异议, issue #15) to a campaign file's final consensus sheet: the
// campaign's objection window in days (on the campaign, default 7), the objections with their
// grounds, evidence files (the bytes, as rectification attachments keep them) and decision.
// The signed sheet is never touched: an upheld objection's verdict and deduction are an
// outcome beside it. A frozen step: it calls nothing but Database.
class Database;

namespace SchemaObjections {
void apply(Database &db);
}

} // namespace casereview
