// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Schema step for OCR: where each page's text comes from, OCR confidence and word boxes.
class Database;

namespace SchemaOcr {
void apply(Database &db);
}

} // namespace casereview
