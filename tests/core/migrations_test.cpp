// SPDX-License-Identifier: GPL-3.0-or-later
// Schema upgrades with data: for every earlier version N, a store is built by applying steps
// 1..N, filled with the rows a program at version N would have written (that version's raw
// SQL, derived tables included), and migrated to the latest. Every row must arrive and the
// columns and tables the steps derive (search index, pages pending OCR, uncertain OCR values,
// released rectification sources) must be right. Also: a newer store is refused untouched, and
// a failing step rolls back without moving user_version.
#include "migrationseeds.h"
#include "search/pagesearch.h"
#include "storage/caserepository.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/migrations.h"
#include "storage/objectionrepository.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <algorithm>
#include <doctest/doctest.h>
#include <sqlite3.h>

using namespace casereview;

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Statement st = db.prepare(utf8.constData());
    REQUIRE(st.step());
    return st.int64(0);
}

QString text(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    REQUIRE(st.step());
    return st.text(0);
}

bool tableExists(Database &db, const char *name)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name))) == 1;
}

using namespace MigrationSeeds;
} // namespace

TEST_CASE("every seed version is a released schema version")
{
    // A new step must come with rows written at it (extend kSeeds and kTables).
    for (int v = 1; v < Migrations::latestVersion(); ++v) {
        CAPTURE(v);
        CHECK(std::any_of(std::begin(kSeeds), std::end(kSeeds), [v](const Seed &s) { return s.version == v; }));
    }
    for (const Seed &s : kSeeds)
        CHECK(s.version <= Migrations::latestVersion());
}

TEST_CASE("a store with data from every earlier version upgrades with every row and the derived data")
{
    for (int from = 1; from < Migrations::latestVersion(); ++from) {
        CAPTURE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.crstore"));
        {
            Database db(path, Database::Mode::ReadWrite, from);
            REQUIRE(db.schemaVersion() == from);
            seedAtVersion(db, from);
        }
        Database db(path);
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(db.integrityProblems().isEmpty());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
        for (const TableRows &t : kTables) {
            CAPTURE(t.table);
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table)))
                  == (t.since <= from ? t.rows : 0));
        }
        for (const TableGrowth &t : kGrowing) {
            CAPTURE(t.table);
            int rows = 0;
            for (const auto &[since, added] : t.steps)
                rows += since <= from ? added : 0;
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table))) == rows);
        }

        CaseRepository repo(db);
        REQUIRE(repo.count() == 3);
        const auto first = repo.get(1);
        REQUIRE(first);
        CHECK(first->fileName == QStringLiteral("惠民商贸.pdf"));
        CHECK(first->analysis.fields.caseNo->value == QStringLiteral("郑市监罚〔2025〕12号"));
        CHECK(first->analysis.fields.fineAmount->yuan == 5000.0);
        CHECK(first->analysis.fields.dates.at(QStringLiteral("decision")).value == QDate(2025, 3, 28));
        CHECK(first->analysis.fields.officers.size() == 2);
        CHECK(first->analysis.documents.size() == 1);
        CHECK(repo.pages(1).at(0).text.endsWith(QStringLiteral("罚款\n五千元")));
        CHECK(text(db, "SELECT hex(data) FROM files WHERE id = 2") == QStringLiteral("040506"));

        // Step 2: the index holds the normalised text (a term over a line break is found).
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM page_search")) == 4);
        CHECK(scalar(db, QStringLiteral("SELECT rowid FROM page_search WHERE page_search MATCH '\"罚款五千\"'")) == 1);
        // Step 11: the character index answers short queries over the old pages too.
        const auto shortHits = PageSearch::run(db, QStringLiteral("罚款"), 10);
        REQUIRE(shortHits.size() == 1);
        CHECK(shortHits[0].caseId == 1);
        CHECK(PageSearch::run(db, QStringLiteral("穗"), 10).empty());
        CHECK(PageSearch::run(db, QStringLiteral("年度"), 10).size() == 1);
        // Step 4: the page with no text layer waits for OCR, the others are native text (or OCR from 4 on).
        CHECK(text(db, "SELECT source FROM pages WHERE id = 2") == QStringLiteral("pending"));
        CHECK(text(db, "SELECT source FROM pages WHERE id = 3") == QStringLiteral("native"));
        CHECK(text(db, "SELECT source FROM pages WHERE id = 4") == (from >= 4 ? QStringLiteral("ocr") : QStringLiteral("native")));
        // Step 8: the case number read from a word at confidence 30 is uncertain; the party from
        // one at 93 is not. A store already at 8 keeps what its program wrote.
        std::set<QString> uncertain;
        if (from >= 8)
            uncertain = {QStringLiteral("case_no"), QStringLiteral("party_name")};
        else if (from >= 4)
            uncertain = {QStringLiteral("case_no")};
        CHECK(repo.get(3)->uncertainFields == uncertain);
        CHECK(repo.get(1)->uncertainFields.empty());
        // Step 10: findings from before it name no reader (NULL, shown as absent).
        if (from >= 5) {
            const auto findings = FindingRepository(db).list(1);
            REQUIRE(findings.size() == 2);
            CHECK(findings[0].finding.reader == (from >= 10 ? QStringLiteral("RemedyClause") : QString()));
            CHECK(findings[0].finding.reader.isNull() == (from < 10));
            CHECK(findings[1].finding.reader.isNull());
        }
        // Step 12: a file assigned before the upgrade takes a consensus sheet; once signed, the
        // sheet's answers are locked.
        if (from == 11) {
            ConsensusRepository consensus(db);
            const QString at = QStringLiteral("2025-04-04T00:00:00Z");
            const qint64 id = consensus.create(1, 1, QStringLiteral("王审"), at);
            const std::vector<ConsensusItem> items{
                {{QStringLiteral("P2"), Verdict::Deduct, 2, {}, {}}, true, QStringLiteral("未载明复议期限")}};
            consensus.replaceItems(id, items, QStringLiteral("王审"), at);
            consensus.addSignature(id, QStringLiteral("李审"), at);
            CHECK_THROWS_AS(consensus.replaceItems(id, {}, QStringLiteral("王审"), at), StorageError);
            CHECK(consensus.find(1, 1)->items == items);
            // Step 13: a sheet signed by one reviewer only is not final and takes no objection.
            ObjectionRepository objections(db);
            ObjectionRecord o;
            o.campaignId = o.caseId = 1;
            o.consensusId = id;
            o.itemId = QStringLiteral("P2");
            o.agency = QStringLiteral("郑州市市场监管局");
            o.grounds = QStringLiteral("已载明");
            o.filedAt = at;
            o.filedBy = QStringLiteral("郑州市市场监管局");
            CHECK_THROWS_AS(objections.file(o), StorageError);
        }
        // Step 13: the final sheet written at 12 takes an objection, decided once; the old
        // campaign has the default window of 7 days and the sheet itself is unchanged.
        if (from >= 12) {
            ConsensusRepository consensus(db);
            const auto sheet = consensus.find(1, 1);
            REQUIRE(sheet);
            CHECK(sheet->status == ConsensusStatus::Final);
            CHECK(sheet->items.at(1).answer.deduction == 2.0);
            CHECK(sheet->signatures.size() == 2);
            ObjectionRepository objections(db);
            CHECK(objections.windowDays(1) == 7);
            ObjectionRecord o;
            o.campaignId = o.caseId = 1;
            o.consensusId = sheet->id;
            o.itemId = QStringLiteral("P2");
            o.agency = QStringLiteral("郑州市市场监管局");
            o.grounds = QStringLiteral("已载明");
            o.filedAt = QStringLiteral("2025-04-06T00:00:00Z");
            o.filedBy = QStringLiteral("郑州市市场监管局");
            const qint64 oid = objections.file(o);
            ObjectionRecord d;
            d.status = ObjectionStatus::Upheld;
            d.decidedBy = QStringLiteral("赵审");
            d.decidedAt = QStringLiteral("2025-04-07T00:00:00Z");
            d.reason = QStringLiteral("第3页载明");
            d.verdict = Verdict::Pass;
            objections.decide(oid, d);
            CHECK(objections.get(oid)->status == ObjectionStatus::Upheld);
            CHECK_THROWS_AS(objections.decide(oid, d), StorageError);
            CHECK(objections.contestedCases(1) == std::vector<qint64>{1});
            CHECK(consensus.find(1, 1)->items == sheet->items);
        }
        // Step 7: sources of an item are held unless its program released them.
        if (from >= 6)
            CHECK(scalar(db, QStringLiteral("SELECT released FROM rectification_sources")) == (from >= 7 ? 1 : 0));
    }
}

TEST_CASE("a store from a newer program version is refused, not modified")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.crstore"));
    {
        Database db(path);
        db.exec(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1).toUtf8().constData());
    }
    try {
        Database db(path);
        FAIL("opened a store newer than the program");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("newer than this program")));
    }
    sqlite3 *raw = nullptr;
    sqlite3_open(path.toUtf8().constData(), &raw);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr);
    sqlite3_step(st);
    CHECK(sqlite3_column_int(st, 0) == Migrations::latestVersion() + 1);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

TEST_CASE("a failing step rolls back its changes and leaves user_version where it was")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::ReadWrite, 2);
    seedAtVersion(db, 2);
    std::vector<Migrations::Step> steps(Migrations::steps().begin(), Migrations::steps().begin() + 2);
    steps.push_back({3, "half a step", [](Database &d) {
                         d.exec("CREATE TABLE half_done (x INTEGER); DELETE FROM fields;");
                         d.exec("INSERT INTO no_such_table VALUES (1)");
                     }});
    try {
        Migrations::migrate(db, steps);
        FAIL("the failing step was not reported");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Migration);
        CHECK(e.message().contains(QStringLiteral("version 3 (half a step)")));
    }
    CHECK(db.schemaVersion() == 2);
    CHECK_FALSE(tableExists(db, "half_done"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM fields")) == 6);
    // The store is intact: the real steps still take it to the latest version.
    Migrations::migrate(db);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(CaseRepository(db).count() == 3);
}
