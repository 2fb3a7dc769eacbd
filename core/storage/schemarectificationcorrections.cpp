// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemarectificationcorrections.h"

#include "database.h"

namespace casereview {

namespace SchemaRectificationCorrections {
void apply(Database &db)
{
    // A withdrawal is its own row, not a new value of rectification_items.status: that column's
    // CHECK cannot be widened without rebuilding the table, and dropping a parent table with
    // foreign keys on would cascade-delete its sources, attachments and re-checks. The status
    // column keeps the status the item had when withdrawn, and a trigger freezes it.
    //
    // rectification_sources is rebuilt (nothing references it) so that a source key is unique
    // only among items that still hold it: a withdrawn item releases its keys, and the problem
    // can get a new item.
    db.exec(R"sql(
CREATE TABLE rectification_withdrawals (
    item_id INTEGER PRIMARY KEY REFERENCES rectification_items(id) ON DELETE CASCADE,
    reason  TEXT NOT NULL CHECK (trim(reason) <> ''),
    at      TEXT NOT NULL,
    by      TEXT NOT NULL CHECK (trim(by) <> '')
);
CREATE TRIGGER rectification_withdrawals_final BEFORE UPDATE ON rectification_withdrawals
BEGIN SELECT RAISE(ABORT, 'a withdrawal is final'); END;
CREATE TRIGGER rectification_withdrawn_frozen BEFORE UPDATE OF status ON rectification_items
WHEN EXISTS (SELECT 1 FROM rectification_withdrawals w WHERE w.item_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a withdrawn item keeps its status'); END;

CREATE TABLE rectification_supersessions (
    attachment_id INTEGER PRIMARY KEY REFERENCES rectification_attachments(id) ON DELETE CASCADE,
    reason        TEXT NOT NULL CHECK (trim(reason) <> ''),
    at            TEXT NOT NULL,
    by            TEXT NOT NULL CHECK (trim(by) <> ''),
    replaced_by   INTEGER REFERENCES rectification_attachments(id)
);
CREATE TRIGGER rectification_supersessions_final BEFORE UPDATE ON rectification_supersessions
BEGIN SELECT RAISE(ABORT, 'a superseded attachment stays superseded'); END;

CREATE TABLE rectification_sources_new (
    item_id       INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    source_key    TEXT NOT NULL,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('deduction', 'veto', 'finding')),
    review_id     INTEGER,
    standard_item TEXT NOT NULL DEFAULT '',
    rule          TEXT NOT NULL DEFAULT '',
    fact_key      TEXT NOT NULL DEFAULT '',
    deduction     REAL NOT NULL DEFAULT 0,
    pages         TEXT NOT NULL DEFAULT '[]',
    quote         TEXT NOT NULL DEFAULT '',
    released      INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
    PRIMARY KEY (item_id, seq)
);
INSERT INTO rectification_sources_new(item_id, seq, source_key, case_id, kind, review_id, standard_item, rule,
                                     fact_key, deduction, pages, quote)
    SELECT item_id, seq, source_key, case_id, kind, review_id, standard_item, rule, fact_key, deduction, pages, quote
    FROM rectification_sources;
DROP TABLE rectification_sources;
ALTER TABLE rectification_sources_new RENAME TO rectification_sources;
CREATE INDEX rectification_sources_case ON rectification_sources(case_id);
CREATE UNIQUE INDEX rectification_sources_held_key ON rectification_sources(source_key) WHERE released = 0;
)sql");
}
} // namespace SchemaRectificationCorrections

} // namespace casereview
