// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiagnosis.h"

#include "database.h"

namespace casereview {

namespace SchemaDiagnosis {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE findings (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    rule         TEXT NOT NULL,
    fact_key     TEXT NOT NULL,
    severity     TEXT NOT NULL CHECK (severity IN ('veto', 'deduct', 'hint')),
    dimension    TEXT NOT NULL,
    legal_basis  TEXT NOT NULL,
    message      TEXT NOT NULL,
    item         TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    profile      TEXT NOT NULL,
    diagnosed_at TEXT NOT NULL,
    UNIQUE (case_id, rule, fact_key)
);
CREATE TABLE finding_decisions (
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    fact_key   TEXT NOT NULL,
    verdict    TEXT NOT NULL CHECK (verdict IN ('accept', 'dismiss')),
    reason     TEXT NOT NULL,
    reviewer   TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (case_id, rule, fact_key)
);
CREATE TABLE finding_audit (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    rule     TEXT NOT NULL,
    fact_key TEXT NOT NULL,
    action   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX finding_audit_case ON finding_audit(case_id);
)sql");
}
} // namespace SchemaDiagnosis

} // namespace casereview
