// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for the extracted values a reviewer must check by eye: per case, the keys of the
// fields resting on doubtful OCR words (OcrDoubt), kept so the case list can show and filter them.
class Database;

namespace SchemaUncertainFields {
void apply(Database &db);
} // namespace SchemaUncertainFields

} // namespace casereview
