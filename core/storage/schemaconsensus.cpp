// SPDX-License-Identifier: GPL-3.0-or-later
// Consensus tables. A sheet is a draft its reconciler may remake until the first signature;
// from then on triggers refuse any change to its answers, and to the sheet itself except
// becoming final; a final sheet is a record, and so is every signature. A disputed answer
// must carry its reason.
#include "schemaconsensus.h"

#include "database.h"

namespace casereview {

namespace SchemaConsensus {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE TABLE campaign_consensus (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    reconciler   TEXT NOT NULL CHECK (trim(reconciler) <> ''),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    finalized_at TEXT,
    UNIQUE (campaign_id, case_id)
);
CREATE TABLE campaign_consensus_answers (
    consensus_id INTEGER NOT NULL REFERENCES campaign_consensus(id),
    item_id      TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('pass', 'deduct', 'na', 'fail')),
    deduction    REAL NOT NULL DEFAULT 0,
    disputed     INTEGER NOT NULL CHECK (disputed IN (0, 1)),
    reason       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    evidence     TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (consensus_id, item_id),
    CHECK (disputed = 0 OR trim(reason) <> '')
);
CREATE TABLE campaign_consensus_signatures (
    consensus_id INTEGER NOT NULL REFERENCES campaign_consensus(id),
    reviewer     TEXT NOT NULL CHECK (trim(reviewer) <> ''),
    signed_at    TEXT NOT NULL,
    PRIMARY KEY (consensus_id, reviewer)
);
CREATE TRIGGER campaign_consensus_answers_locked_insert BEFORE INSERT ON campaign_consensus_answers
WHEN EXISTS (SELECT 1 FROM campaign_consensus_signatures WHERE consensus_id = NEW.consensus_id)
  OR EXISTS (SELECT 1 FROM campaign_consensus WHERE id = NEW.consensus_id AND status = 'final')
BEGIN SELECT RAISE(ABORT, 'a signed consensus sheet cannot change'); END;
CREATE TRIGGER campaign_consensus_answers_locked_update BEFORE UPDATE ON campaign_consensus_answers
WHEN EXISTS (SELECT 1 FROM campaign_consensus_signatures WHERE consensus_id IN (OLD.consensus_id, NEW.consensus_id))
  OR EXISTS (SELECT 1 FROM campaign_consensus WHERE id IN (OLD.consensus_id, NEW.consensus_id) AND status = 'final')
BEGIN SELECT RAISE(ABORT, 'a signed consensus sheet cannot change'); END;
CREATE TRIGGER campaign_consensus_answers_locked_delete BEFORE DELETE ON campaign_consensus_answers
WHEN EXISTS (SELECT 1 FROM campaign_consensus_signatures WHERE consensus_id = OLD.consensus_id)
  OR EXISTS (SELECT 1 FROM campaign_consensus WHERE id = OLD.consensus_id AND status = 'final')
BEGIN SELECT RAISE(ABORT, 'a signed consensus sheet cannot change'); END;
CREATE TRIGGER campaign_consensus_final_update BEFORE UPDATE ON campaign_consensus
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'a final consensus sheet is a record'); END;
CREATE TRIGGER campaign_consensus_signed_update BEFORE UPDATE ON campaign_consensus
WHEN EXISTS (SELECT 1 FROM campaign_consensus_signatures WHERE consensus_id = OLD.id)
  AND (NEW.status <> 'final' OR NEW.id IS NOT OLD.id OR NEW.campaign_id IS NOT OLD.campaign_id
       OR NEW.case_id IS NOT OLD.case_id OR NEW.reconciler IS NOT OLD.reconciler
       OR NEW.created_at IS NOT OLD.created_at OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN SELECT RAISE(ABORT, 'a signed consensus sheet cannot change'); END;
CREATE TRIGGER campaign_consensus_no_delete BEFORE DELETE ON campaign_consensus
WHEN OLD.status = 'final' OR EXISTS (SELECT 1 FROM campaign_consensus_signatures WHERE consensus_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a signed consensus sheet is a record'); END;
CREATE TRIGGER campaign_consensus_signatures_final BEFORE INSERT ON campaign_consensus_signatures
WHEN EXISTS (SELECT 1 FROM campaign_consensus WHERE id = NEW.consensus_id AND status = 'final')
BEGIN SELECT RAISE(ABORT, 'a final consensus sheet takes no more signatures'); END;
CREATE TRIGGER campaign_consensus_signatures_no_update BEFORE UPDATE ON campaign_consensus_signatures
BEGIN SELECT RAISE(ABORT, 'a signature is a record'); END;
CREATE TRIGGER campaign_consensus_signatures_no_delete BEFORE DELETE ON campaign_consensus_signatures
BEGIN SELECT RAISE(ABORT, 'a signature is a record'); END;
)sql");
}
} // namespace SchemaConsensus

} // namespace casereview
