// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 1, plain SQL: frozen as released, never edited (a later change is a new step).
#include "schemacases.h"

#include "database.h"

namespace casereview {

namespace SchemaCases {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE files (
    id        INTEGER PRIMARY KEY,
    sha256    TEXT NOT NULL UNIQUE,
    size      INTEGER NOT NULL,
    data      BLOB NOT NULL
);
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    file_id     INTEGER NOT NULL UNIQUE REFERENCES files(id),
    file_name   TEXT NOT NULL,
    source_path TEXT NOT NULL,
    page_count  INTEGER NOT NULL CHECK (page_count > 0),
    imported_at TEXT NOT NULL,
    warnings    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pages (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    page_no  INTEGER NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (case_id, page_no)
);
CREATE TABLE documents (
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    first_page INTEGER NOT NULL,
    last_page  INTEGER NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, seq)
);
CREATE TABLE fields (
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    valid    INTEGER,
    page     INTEGER NOT NULL,
    snippet  TEXT NOT NULL,
    PRIMARY KEY (case_id, key)
);
CREATE TABLE officers (
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    cert_no  TEXT NOT NULL,
    page     INTEGER NOT NULL,
    PRIMARY KEY (case_id, seq)
);
)sql");
}
} // namespace SchemaCases

} // namespace casereview
