// SPDX-License-Identifier: GPL-3.0-or-later
// Objection tables. An objection is filed against a final sheet only, at most one open per
// item; it is decided once (upheld with a verdict and deduction, or rejected, always with a
// reason and who decided when) and is a record from then on; none is ever deleted. Evidence
// files are kept as received, added only while the objection is open.
#include "schemaobjections.h"

#include "database.h"

namespace casereview {

namespace SchemaObjections {
void apply(Database &db)
{
    db.exec(R"sql(
ALTER TABLE campaigns ADD COLUMN objection_days INTEGER NOT NULL DEFAULT 7 CHECK (objection_days BETWEEN 0 AND 365);
CREATE TABLE campaign_objections (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    consensus_id INTEGER NOT NULL REFERENCES campaign_consensus(id),
    item_id      TEXT NOT NULL CHECK (trim(item_id) <> ''),
    agency       TEXT NOT NULL CHECK (trim(agency) <> ''),
    grounds      TEXT NOT NULL CHECK (trim(grounds) <> ''),
    filed_at     TEXT NOT NULL,
    filed_by     TEXT NOT NULL CHECK (trim(filed_by) <> ''),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'rejected')),
    decided_by   TEXT,
    decided_at   TEXT,
    reason       TEXT,
    verdict      TEXT CHECK (verdict IS NULL OR verdict IN ('pass', 'deduct', 'na', 'fail')),
    deduction    REAL,
    CHECK ((status = 'open' AND decided_by IS NULL AND decided_at IS NULL AND reason IS NULL
            AND verdict IS NULL AND deduction IS NULL)
        OR (status = 'rejected' AND trim(decided_by) <> '' AND decided_at IS NOT NULL AND trim(reason) <> ''
            AND verdict IS NULL AND deduction IS NULL)
        OR (status = 'upheld' AND trim(decided_by) <> '' AND decided_at IS NOT NULL AND trim(reason) <> ''
            AND verdict IS NOT NULL AND deduction IS NOT NULL))
);
CREATE INDEX campaign_objections_file ON campaign_objections(campaign_id, case_id);
CREATE UNIQUE INDEX campaign_objections_one_open ON campaign_objections(campaign_id, case_id, item_id) WHERE status = 'open';
CREATE TABLE campaign_objection_evidence (
    objection_id INTEGER NOT NULL REFERENCES campaign_objections(id),
    seq          INTEGER NOT NULL,
    file_name    TEXT NOT NULL CHECK (trim(file_name) <> ''),
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (objection_id, seq)
);
CREATE TRIGGER campaign_objections_final_sheet BEFORE INSERT ON campaign_objections
WHEN NOT EXISTS (SELECT 1 FROM campaign_consensus WHERE id = NEW.consensus_id AND status = 'final'
                 AND campaign_id = NEW.campaign_id AND case_id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'an objection is filed against a final consensus sheet'); END;
CREATE TRIGGER campaign_objections_open_insert BEFORE INSERT ON campaign_objections
WHEN NEW.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'an objection is filed open'); END;
CREATE TRIGGER campaign_objections_decided BEFORE UPDATE ON campaign_objections
WHEN OLD.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'a decided objection is a record'); END;
CREATE TRIGGER campaign_objections_decide_only BEFORE UPDATE ON campaign_objections
WHEN OLD.status = 'open'
  AND (NEW.status = 'open' OR NEW.id IS NOT OLD.id OR NEW.campaign_id IS NOT OLD.campaign_id
       OR NEW.case_id IS NOT OLD.case_id OR NEW.consensus_id IS NOT OLD.consensus_id
       OR NEW.item_id IS NOT OLD.item_id OR NEW.agency IS NOT OLD.agency OR NEW.grounds IS NOT OLD.grounds
       OR NEW.filed_at IS NOT OLD.filed_at OR NEW.filed_by IS NOT OLD.filed_by)
BEGIN SELECT RAISE(ABORT, 'an open objection changes only by its decision'); END;
CREATE TRIGGER campaign_objections_no_delete BEFORE DELETE ON campaign_objections
BEGIN SELECT RAISE(ABORT, 'an objection is a record'); END;
CREATE TRIGGER campaign_objection_evidence_open BEFORE INSERT ON campaign_objection_evidence
WHEN NOT EXISTS (SELECT 1 FROM campaign_objections WHERE id = NEW.objection_id AND status = 'open')
BEGIN SELECT RAISE(ABORT, 'evidence is added to an open objection only'); END;
CREATE TRIGGER campaign_objection_evidence_no_update BEFORE UPDATE ON campaign_objection_evidence
BEGIN SELECT RAISE(ABORT, 'evidence is kept as received'); END;
CREATE TRIGGER campaign_objection_evidence_no_delete BEFORE DELETE ON campaign_objection_evidence
BEGIN SELECT RAISE(ABORT, 'evidence is kept as received'); END;
)sql");
}
} // namespace SchemaObjections

} // namespace casereview
