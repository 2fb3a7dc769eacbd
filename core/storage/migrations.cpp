// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "schemacampaign.h"
#include "schemadiagnosis.h"
#include "schemaocr.h"
#include "schemarectification.h"
#include "schemarectificationcorrections.h"
#include "schemareviews.h"
#include "schemauncertainfields.h"
#include "storageerror.h"
#include "search/searchtext.h"

#include <QString>

namespace {
void v1Cases(Database &db)
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

// Full-text search over every page. Trigram FTS5 finds terms of three or more characters;
// the normalised text it holds also serves the scan used for one- and two-character queries.
void v2Search(Database &db)
{
    db.exec(R"sql(
CREATE VIRTUAL TABLE page_search USING fts5(body, tokenize='trigram');
)sql");
    Statement read = db.prepare("SELECT id, text FROM pages");
    Statement write = db.prepare("INSERT INTO page_search(rowid, body) VALUES (?, ?)");
    while (read.step()) {
        write.bind(1, read.int64(0)).bind(2, SearchText::normalize(read.text(1))).exec();
        write.reset();
    }
}
} // namespace

namespace Migrations {
const std::vector<Step> &steps()
{
    static const std::vector<Step> list{
        {1, "cases, original files, page text, documents, extracted fields", v1Cases},
        {2, "page full-text search index", v2Search},
        {3, "review standards, reviews, answers and the audit log", SchemaReviews::apply},
        {4, "page text source (native or OCR), OCR confidence and word boxes", SchemaOcr::apply},
        {5, "diagnosis findings, reviewer decisions on them and their audit", SchemaDiagnosis::apply},
        {6, "rectification items, their sources, attachments and re-checks", SchemaRectification::apply},
        {7, "withdrawn rectification items and superseded attachments", SchemaRectificationCorrections::apply},
        {8, "extracted values resting on doubtful OCR words, per case", SchemaUncertainFields::apply},
        {9, "review campaigns: population, recorded draws, reviewer pool and assignments", SchemaCampaign::apply},
    };
    return list;
}

int latestVersion() { return steps().back().version; }

void migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = db.schemaVersion();
    if (current > latestVersion())
        throw StorageError(StorageError::Kind::Migration,
                           QStringLiteral("the store has schema version %1, newer than this program (%2); "
                                          "open it with a newer version of the workstation")
                               .arg(current)
                               .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        try {
            step.apply(db);
        } catch (const StorageError &e) {
            throw StorageError(StorageError::Kind::Migration,
                               QStringLiteral("migration to version %1 (%2) failed: %3")
                                   .arg(step.version)
                                   .arg(QString::fromUtf8(step.description), e.message()));
        }
        db.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version).toUtf8().constData());
        tx.commit();
    }
}
} // namespace Migrations
