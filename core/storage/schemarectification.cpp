// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemarectification.h"

#include "database.h"

namespace casereview {

namespace SchemaRectification {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE rectification_items (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    agency      TEXT NOT NULL,
    contact     TEXT NOT NULL DEFAULT '',
    problem     TEXT NOT NULL CHECK (problem <> ''),
    legal_basis TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('case', 'systemic')),
    veto        INTEGER NOT NULL DEFAULT 0,
    deadline    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'in_progress', 'reported', 'closed', 'failed')),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX rectification_items_case ON rectification_items(case_id);
CREATE INDEX rectification_items_agency ON rectification_items(agency);
CREATE TABLE rectification_sources (
    item_id       INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    source_key    TEXT NOT NULL UNIQUE,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('deduction', 'veto', 'finding')),
    review_id     INTEGER,
    standard_item TEXT NOT NULL DEFAULT '',
    rule          TEXT NOT NULL DEFAULT '',
    fact_key      TEXT NOT NULL DEFAULT '',
    deduction     REAL NOT NULL DEFAULT 0,
    pages         TEXT NOT NULL DEFAULT '[]',
    quote         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, seq)
);
CREATE INDEX rectification_sources_case ON rectification_sources(case_id);
CREATE TABLE rectification_attachments (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size      INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    data      BLOB NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
);
CREATE INDEX rectification_attachments_item ON rectification_attachments(item_id);
CREATE TABLE rectification_rechecks (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    result     TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
    note       TEXT NOT NULL CHECK (note <> ''),
    checked_on TEXT NOT NULL,
    recurred   INTEGER CHECK (recurred IN (0, 1)),
    at         TEXT NOT NULL,
    by         TEXT NOT NULL
);
CREATE INDEX rectification_rechecks_item ON rectification_rechecks(item_id);
CREATE TABLE rectification_recheck_cases (
    recheck_id INTEGER NOT NULL REFERENCES rectification_rechecks(id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (recheck_id, case_id)
);
CREATE TRIGGER rectification_attachments_no_update BEFORE UPDATE ON rectification_attachments
BEGIN SELECT RAISE(ABORT, 'attachments are kept as received'); END;
)sql");
}
} // namespace SchemaRectification

} // namespace casereview
