// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign tables. Draws and assignments are records: triggers refuse to change or delete
// them, so a second draw is a new row and never silently replaces the first. The population
// is the campaign's own list (member_key = case number); a catalogue row gets its case_id
// when a case with its number is in the store, which does not change the canonical list.
#include "schemacampaign.h"

#include "database.h"

namespace casereview {

namespace SchemaCampaign {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE campaigns (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (trim(name) <> ''),
    legal_basis       TEXT NOT NULL DEFAULT '',
    scope             TEXT NOT NULL DEFAULT '',
    organiser         TEXT NOT NULL DEFAULT '',
    standard_id       TEXT NOT NULL,
    standard_version  INTEGER NOT NULL,
    population_source TEXT NOT NULL DEFAULT '',
    population_sha256 TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    FOREIGN KEY (standard_id, standard_version) REFERENCES standard_versions(standard_id, version)
);
CREATE TABLE campaign_phases (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    phase       TEXT NOT NULL CHECK (phase IN ('self_check', 'draw', 'review', 'recheck', 'feedback',
                                               'objection', 'rectification', 'follow_up')),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL CHECK (ends_on >= starts_on),
    PRIMARY KEY (campaign_id, phase)
);
CREATE TABLE campaign_population (
    campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    member_key    TEXT NOT NULL CHECK (member_key <> ''),
    case_id       INTEGER REFERENCES cases(id),
    catalogue_row INTEGER,
    agency        TEXT NOT NULL DEFAULT '',
    case_no       TEXT NOT NULL DEFAULT '',
    case_type     TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    amount        TEXT NOT NULL DEFAULT '',
    flags         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, member_key)
);
CREATE INDEX campaign_population_case_no ON campaign_population(case_no);
CREATE TABLE campaign_draws (
    id                INTEGER PRIMARY KEY,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns(id),
    algorithm         TEXT NOT NULL,
    seed              TEXT NOT NULL CHECK (seed <> ''),
    spec              TEXT NOT NULL,
    population_sha256 TEXT NOT NULL,
    population_size   INTEGER NOT NULL,
    witnesses         TEXT NOT NULL DEFAULT '[]',
    warnings          TEXT NOT NULL DEFAULT '[]',
    drawn_at          TEXT NOT NULL,
    drawn_by          TEXT NOT NULL
);
CREATE TABLE campaign_drawn (
    draw_id    INTEGER NOT NULL REFERENCES campaign_draws(id),
    seq        INTEGER NOT NULL,
    member_key TEXT NOT NULL,
    stratum    TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('random', 'must_include')),
    rank       TEXT NOT NULL,
    PRIMARY KEY (draw_id, seq),
    UNIQUE (draw_id, member_key)
);
CREATE TRIGGER campaign_draws_no_update BEFORE UPDATE ON campaign_draws
BEGIN SELECT RAISE(ABORT, 'a draw is a record: draw again instead'); END;
CREATE TRIGGER campaign_draws_no_delete BEFORE DELETE ON campaign_draws
BEGIN SELECT RAISE(ABORT, 'a draw is a record: draw again instead'); END;
CREATE TRIGGER campaign_drawn_no_update BEFORE UPDATE ON campaign_drawn
BEGIN SELECT RAISE(ABORT, 'a draw is a record: draw again instead'); END;
CREATE TRIGGER campaign_drawn_no_delete BEFORE DELETE ON campaign_drawn
BEGIN SELECT RAISE(ABORT, 'a draw is a record: draw again instead'); END;
CREATE TABLE campaign_reviewers (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    unit        TEXT NOT NULL CHECK (trim(unit) <> ''),
    specialty   TEXT NOT NULL DEFAULT '',
    conflicts   TEXT NOT NULL DEFAULT '[]',
    added_at    TEXT NOT NULL,
    PRIMARY KEY (campaign_id, name)
);
CREATE TABLE campaign_assignments (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    draw_id     INTEGER NOT NULL UNIQUE REFERENCES campaign_draws(id),
    algorithm   TEXT NOT NULL,
    seed        TEXT NOT NULL CHECK (seed <> ''),
    per_case    INTEGER NOT NULL CHECK (per_case > 0),
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL
);
CREATE TABLE campaign_assigned (
    assignment_id INTEGER NOT NULL REFERENCES campaign_assignments(id),
    member_key    TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    reviewer      TEXT NOT NULL,
    PRIMARY KEY (assignment_id, member_key, seq)
);
CREATE TRIGGER campaign_assigned_no_update BEFORE UPDATE ON campaign_assigned
BEGIN SELECT RAISE(ABORT, 'an assignment is a record'); END;
CREATE TRIGGER campaign_assigned_no_delete BEFORE DELETE ON campaign_assigned
BEGIN SELECT RAISE(ABORT, 'an assignment is a record'); END;
)sql");
}
} // namespace SchemaCampaign

} // namespace casereview
