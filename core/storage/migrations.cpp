// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "schemacampaign.h"
#include "schemacases.h"
#include "schemaconsensus.h"
#include "schemadiagnosis.h"
#include "schemafindingreader.h"
#include "schemaobjections.h"
#include "schemaocr.h"
#include "schemapagechars.h"
#include "schemarectification.h"
#include "schemarectificationcorrections.h"
#include "schemareviews.h"
#include "schemasearch.h"
#include "schemauncertainfields.h"
#include "storageerror.h"

#include <QString>

namespace casereview {

namespace Migrations {
const std::vector<Step> &steps()
{
    static const std::vector<Step> list{
        {1, "cases, original files, page text, documents, extracted fields", SchemaCases::apply},
        {2, "page full-text search index", SchemaSearch::apply},
        {3, "review standards, reviews, answers and the audit log", SchemaReviews::apply},
        {4, "page text source (native or OCR), OCR confidence and word boxes", SchemaOcr::apply},
        {5, "diagnosis findings, reviewer decisions on them and their audit", SchemaDiagnosis::apply},
        {6, "rectification items, their sources, attachments and re-checks", SchemaRectification::apply},
        {7, "withdrawn rectification items and superseded attachments", SchemaRectificationCorrections::apply},
        {8, "extracted values resting on doubtful OCR words, per case", SchemaUncertainFields::apply},
        {9, "review campaigns: population, recorded draws, reviewer pool and assignments", SchemaCampaign::apply},
        {10, "the reader that decided each diagnosis finding", SchemaFindingReader::apply},
        {11, "a character index over the page text for short queries and ranked search", SchemaPageChars::apply},
        {12, "campaign consensus sheets (合议): their answers and the reviewers' joint signatures", SchemaConsensus::apply},
        {13, "objections (异议) to final consensus sheets, their evidence and decisions; the campaign's objection window",
         SchemaObjections::apply},
    };
    return list;
}

int latestVersion() { return steps().back().version; }

void migrate(Database &db, int targetVersion) { migrate(db, steps(), targetVersion); }

void migrate(Database &db, const std::vector<Step> &list, int targetVersion)
{
    const int latest = list.empty() ? 0 : list.back().version;
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = db.schemaVersion();
    if (current > latest)
        throw StorageError(StorageError::Kind::Migration,
                           QStringLiteral("the store has schema version %1, newer than this program (%2); "
                                          "open it with a newer version of the workstation")
                               .arg(current)
                               .arg(latest));
    for (const Step &step : list) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        try {
            step.apply(db);
        } catch (const StorageError &e) {
            throw StorageError(StorageError::Kind::Migration,
                               QStringLiteral("migration to version %1 (%2) failed: %3")
                                   .arg(step.version)
                                   .arg(QString::fromUtf8(step.description), e.message()),
                               e.cause(), e.detail());
        }
        db.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version).toUtf8().constData());
        tx.commit();
    }
}
} // namespace Migrations

} // namespace casereview
