// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemareviews.h"

#include "database.h"

namespace casereview {

namespace SchemaReviews {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE standards (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE standard_versions (
    standard_id TEXT NOT NULL REFERENCES standards(id),
    version     INTEGER NOT NULL CHECK (version > 0),
    name        TEXT NOT NULL,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    builtin     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    PRIMARY KEY (standard_id, version)
);
CREATE TRIGGER standard_versions_no_update BEFORE UPDATE ON standard_versions
BEGIN SELECT RAISE(ABORT, 'standard versions are immutable: import the change as a new version'); END;
CREATE TRIGGER standard_versions_no_delete BEFORE DELETE ON standard_versions
BEGIN SELECT RAISE(ABORT, 'standard versions are kept for the reviews that used them'); END;

CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    reviewer         TEXT NOT NULL CHECK (reviewer <> ''),
    standard_id      TEXT NOT NULL,
    standard_version INTEGER NOT NULL,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'signed')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    submitted_at     TEXT,
    signed_at        TEXT,
    reopen_count     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, reviewer),
    FOREIGN KEY (standard_id, standard_version) REFERENCES standard_versions(standard_id, version)
);
CREATE INDEX reviews_by_case ON reviews(case_id);
CREATE TABLE review_answers (
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    item_id   TEXT NOT NULL,
    verdict   TEXT NOT NULL CHECK (verdict IN ('pass', 'deduct', 'na', 'fail')),
    deduction REAL NOT NULL DEFAULT 0 CHECK (deduction >= 0),
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item_id)
);
CREATE TABLE answer_evidence (
    review_id INTEGER NOT NULL,
    item_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    page      INTEGER NOT NULL CHECK (page > 0),
    x REAL, y REAL, w REAL, h REAL,
    quote     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item_id, seq),
    FOREIGN KEY (review_id, item_id) REFERENCES review_answers(review_id, item_id) ON DELETE CASCADE
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql");
}
} // namespace SchemaReviews

} // namespace casereview
