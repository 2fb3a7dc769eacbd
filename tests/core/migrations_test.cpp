// SPDX-License-Identifier: GPL-3.0-or-later
// Schema upgrades with data: for every earlier version N, a store is built by applying steps
// 1..N, filled with the rows a program at version N would have written (that version's raw
// SQL, derived tables included), and migrated to the latest. Every row must arrive and the
// columns and tables the steps derive (search index, pages pending OCR, uncertain OCR values,
// released rectification sources) must be right. Also: a newer store is refused untouched, and
// a failing step rolls back without moving user_version.
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

// The rows each version adds, and how many rows of each table they make.
struct Seed {
    int version;
    const char *sql;
};
const Seed kSeeds[] = {
    {1, R"sql(
INSERT INTO files(id, sha256, size, data) VALUES (1, 'f1', 3, X'010203'), (2, 'f2', 3, X'040506'), (3, 'f3', 1, X'07');
INSERT INTO cases(id, file_id, file_name, source_path, page_count, imported_at, warnings)
    VALUES (1, 1, '惠民商贸.pdf', '/卷宗/惠民商贸.pdf', 2, '2025-01-01T00:00:00Z', ''),
           (2, 2, '立案.pdf', '/卷宗/立案.pdf', 1, '2025-01-02T00:00:00Z', 'page 1: no text'),
           (3, 3, 'scan.pdf', '/卷宗/scan.pdf', 1, '2025-01-03T00:00:00Z', '');
INSERT INTO pages(id, case_id, page_no, text) VALUES
    (1, 1, 1, '行政处罚决定书
当事人：郑州惠民商贸有限公司
罚款
五千元'),
    (2, 1, 2, ' 2 '),
    (3, 2, 1, '立案审批表 案由：未按规定公示年度报告'),
    (4, 3, 1, '行政处罚决定书
豫罚〔2025〕7号
当事人：郑州惠民商贸有限公司');
INSERT INTO documents(case_id, seq, type, first_page, last_page, title)
    VALUES (1, 0, 'decision', 1, 2, '行政处罚决定书'), (2, 0, 'filing_approval', 1, 1, '立案审批表');
INSERT INTO fields(case_id, key, value, valid, page, snippet) VALUES
    (1, 'case_no', '郑市监罚〔2025〕12号', NULL, 1, '郑市监罚〔2025〕12号'),
    (1, 'party_name', '郑州惠民商贸有限公司', NULL, 1, '当事人：郑州惠民商贸有限公司'),
    (1, 'fine_amount_yuan', '5000', NULL, 1, '罚款五千元'),
    (1, 'date.decision', '2025-03-28', NULL, 2, '2025年3月28日'),
    (3, 'case_no', '豫罚〔2025〕7号', NULL, 1, '豫罚〔2025〕7号'),
    (3, 'party_name', '郑州惠民商贸有限公司', NULL, 1, '当事人：郑州惠民商贸有限公司');
INSERT INTO officers(case_id, seq, name, cert_no, page) VALUES (1, 0, '张三', '41010020001', 1), (1, 1, '李四', '', 1);
)sql"},
    {2,
     "INSERT INTO page_search(rowid, body) VALUES (1, '行政处罚决定书当事人：郑州惠民商贸有限公司罚款五千元'), (2, '2'),"
     " (3, '立案审批表案由：未按规定公示年度报告'), (4, '行政处罚决定书豫罚〔2025〕7号当事人：郑州惠民商贸有限公司');"},
    {3, R"sql(
INSERT INTO standards(id, created_at) VALUES ('penalty-general', '2025-01-01T00:00:00Z');
INSERT INTO standard_versions(standard_id, version, name, body, sha256, builtin, created_at, created_by)
    VALUES ('penalty-general', 1, '行政处罚普通程序', '{}', 'abc', 1, '2025-01-01T00:00:00Z', 'system');
INSERT INTO reviews(id, case_id, reviewer, standard_id, standard_version, status, created_at, updated_at, submitted_at)
    VALUES (1, 1, '王审', 'penalty-general', 1, 'submitted', '2025-02-01T00:00:00Z', '2025-02-02T00:00:00Z', '2025-02-02T00:00:00Z');
INSERT INTO review_answers(review_id, item_id, verdict, deduction, note)
    VALUES (1, 'P1', 'pass', 0, ''), (1, 'P2', 'deduct', 2, '未载明复议期限');
INSERT INTO answer_evidence(review_id, item_id, seq, page, x, y, w, h, quote) VALUES (1, 'P2', 0, 1, 10, 20, 30, 12, '复议');
INSERT INTO audit_log(at, actor, entity, entity_id, action, before, after, prev_hash, hash)
    VALUES ('2025-02-02T00:00:00Z', '王审', 'review', '1', 'submit', NULL, '{}', '', 'h1');
)sql"},
    {4, R"sql(
UPDATE pages SET source = 'pending' WHERE id = 2;
UPDATE pages SET source = 'ocr', native_text = '', ocr_confidence = 70 WHERE id = 4;
INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line)
    VALUES (4, 0, '行政处罚决定书', 36, 40, 120, 14, 95, 0),
           (4, 1, '豫罚〔2025〕7号', 36, 70, 120, 14, 30, 1),
           (4, 2, '当事人：郑州惠民商贸有限公司', 36, 100, 200, 14, 93, 2);
)sql"},
    {5, R"sql(
INSERT INTO findings(id, case_id, seq, rule, fact_key, severity, dimension, legal_basis, message, item, evidence, profile, diagnosed_at)
    VALUES (1, 1, 0, 'remedy.period', '', 'deduct', 'procedure', '行政复议法第20条', '复议期限写错', 'P2', '[]', 'henan', '2025-02-01T00:00:00Z'),
           (2, 1, 1, 'notice.missing', '', 'hint', 'procedure', '行政处罚法第44条', '请核对告知书', '', '[]', 'henan', '2025-02-01T00:00:00Z');
INSERT INTO finding_decisions(case_id, rule, fact_key, verdict, reason, reviewer, decided_at)
    VALUES (1, 'remedy.period', '', 'accept', '属实', '王审', '2025-02-03T00:00:00Z');
INSERT INTO finding_audit(case_id, rule, fact_key, action, reason, reviewer, at)
    VALUES (1, 'remedy.period', '', 'accept', '属实', '王审', '2025-02-03T00:00:00Z');
)sql"},
    {6, R"sql(
INSERT INTO rectification_items(id, case_id, agency, problem, kind, deadline, status, created_at, created_by, updated_at)
    VALUES (1, 1, '郑州市市场监督管理局', '复议期限写错', 'case', '2025-04-01', 'reported', '2025-03-01T00:00:00Z', '王审', '2025-03-02T00:00:00Z');
INSERT INTO rectification_sources(item_id, seq, source_key, case_id, kind, review_id, standard_item, deduction, pages, quote)
    VALUES (1, 0, 'deduction:1:P2', 1, 'deduction', 1, 'P2', 2, '[1]', '复议');
INSERT INTO rectification_attachments(id, item_id, file_name, mime_type, size, sha256, data, added_at, added_by)
    VALUES (1, 1, '整改报告.pdf', 'application/pdf', 1, 'a1', X'25', '2025-03-02T00:00:00Z', '王审');
INSERT INTO rectification_rechecks(id, item_id, result, note, checked_on, recurred, at, by)
    VALUES (1, 1, 'fail', '仍未改正', '2025-03-05', 1, '2025-03-05T00:00:00Z', '王审');
INSERT INTO rectification_recheck_cases(recheck_id, case_id) VALUES (1, 2);
)sql"},
    {7, R"sql(
INSERT INTO rectification_withdrawals(item_id, reason, at, by) VALUES (1, '重复立项', '2025-03-06T00:00:00Z', '王审');
INSERT INTO rectification_supersessions(attachment_id, reason, at, by) VALUES (1, '报告有误', '2025-03-06T00:00:00Z', '王审');
UPDATE rectification_sources SET released = 1 WHERE item_id = 1;
)sql"},
    {8, "UPDATE cases SET uncertain_fields = 'case_no\nparty_name' WHERE id = 3;"},
    {9, R"sql(
INSERT INTO campaigns(id, name, standard_id, standard_version, created_at, created_by)
    VALUES (1, '2025年度案卷评查', 'penalty-general', 1, '2025-04-01T00:00:00Z', '王审');
INSERT INTO campaign_population(campaign_id, member_key, case_id, case_no)
    VALUES (1, '郑市监罚〔2025〕12号', 1, '郑市监罚〔2025〕12号');
INSERT INTO campaign_reviewers(campaign_id, name, unit, added_at) VALUES (1, '王审', '市司法局', '2025-04-01T00:00:00Z');
)sql"},
    {10, "UPDATE findings SET reader = 'RemedyClause' WHERE id = 1;"},
    {11, R"sql(
INSERT INTO page_chars(rowid, body) VALUES
    (1, '行 政 处 罚 决 定 书 当 事 人 ： 郑 州 惠 民 商 贸 有 限 公 司 罚 款 五 千 元'),
    (2, '2'),
    (3, '立 案 审 批 表 案 由 ： 未 按 规 定 公 示 年 度 报 告'),
    (4, '行 政 处 罚 决 定 书 豫 罚 〔 2 0 2 5 〕 7 号 当 事 人 ： 郑 州 惠 民 商 贸 有 限 公 司');
INSERT INTO campaign_draws(id, campaign_id, algorithm, seed, spec, population_sha256, population_size, drawn_at, drawn_by)
    VALUES (1, 1, 'sha256-rank-v1', '2025-04-02', '{"seed":"2025-04-02"}', 'abc', 1, '2025-04-02T00:00:00Z', '王审');
INSERT INTO campaign_drawn(draw_id, seq, member_key, stratum, reason, rank) VALUES (1, 1, '郑市监罚〔2025〕12号', '', 'random', '0a');
INSERT INTO campaign_reviewers(campaign_id, name, unit, added_at) VALUES (1, '李审', '县司法局', '2025-04-02T00:00:00Z');
INSERT INTO campaign_assignments(id, campaign_id, draw_id, algorithm, seed, per_case, assigned_at, assigned_by)
    VALUES (1, 1, 1, 'sha256-balanced-v1', '2025-04-02', 2, '2025-04-02T00:00:00Z', '王审');
INSERT INTO campaign_assigned(assignment_id, member_key, seq, reviewer)
    VALUES (1, '郑市监罚〔2025〕12号', 1, '王审'), (1, '郑市监罚〔2025〕12号', 2, '李审');
INSERT INTO reviews(id, case_id, reviewer, standard_id, standard_version, status, created_at, updated_at, submitted_at)
    VALUES (2, 1, '李审', 'penalty-general', 1, 'submitted', '2025-04-03T00:00:00Z', '2025-04-03T00:00:00Z', '2025-04-03T00:00:00Z');
INSERT INTO review_answers(review_id, item_id, verdict, deduction, note) VALUES (2, 'P1', 'pass', 0, ''), (2, 'P2', 'pass', 0, '');
)sql"},
    {12, R"sql(
INSERT INTO campaign_consensus(id, campaign_id, case_id, reconciler, created_at, updated_at)
    VALUES (1, 1, 1, '王审', '2025-04-04T00:00:00Z', '2025-04-04T00:00:00Z');
INSERT INTO campaign_consensus_answers(consensus_id, item_id, seq, verdict, deduction, disputed, reason)
    VALUES (1, 'P1', 1, 'pass', 0, 0, ''), (1, 'P2', 2, 'deduct', 2, 1, '未载明复议期限');
INSERT INTO campaign_consensus_signatures(consensus_id, reviewer, signed_at)
    VALUES (1, '王审', '2025-04-04T00:00:00Z'), (1, '李审', '2025-04-05T00:00:00Z');
UPDATE campaign_consensus SET status = 'final', finalized_at = '2025-04-05T00:00:00Z' WHERE id = 1;
)sql"},
};

// Table, the version that created it, the rows the seeds above put there.
struct TableRows {
    const char *table;
    int since;
    int rows;
};
const TableRows kTables[] = {
    {"files", 1, 3},
    {"cases", 1, 3},
    {"pages", 1, 4},
    {"documents", 1, 2},
    {"fields", 1, 6},
    {"officers", 1, 2},
    {"standards", 3, 1},
    {"standard_versions", 3, 1},
    {"answer_evidence", 3, 1},
    {"audit_log", 3, 1},
    {"ocr_words", 4, 3},
    {"findings", 5, 2},
    {"finding_decisions", 5, 1},
    {"finding_audit", 5, 1},
    {"rectification_items", 6, 1},
    {"rectification_sources", 6, 1},
    {"rectification_attachments", 6, 1},
    {"rectification_rechecks", 6, 1},
    {"rectification_recheck_cases", 6, 1},
    {"rectification_withdrawals", 7, 1},
    {"rectification_supersessions", 7, 1},
    {"campaigns", 9, 1},
    {"campaign_population", 9, 1},
    {"campaign_draws", 11, 1},
    {"campaign_drawn", 11, 1},
    {"campaign_assignments", 11, 1},
    {"campaign_assigned", 11, 2},
    {"campaign_consensus", 12, 1},
    {"campaign_consensus_answers", 12, 2},
    {"campaign_consensus_signatures", 12, 2},
    {"campaign_objections", 13, 0},
    {"campaign_objection_evidence", 13, 0},
};

// Rows of a table that two versions' seeds fill: (since, rows) for each.
struct TableGrowth {
    const char *table;
    std::vector<std::pair<int, int>> steps;
};
const TableGrowth kGrowing[] = {
    {"reviews", {{3, 1}, {11, 1}}},
    {"review_answers", {{3, 2}, {11, 2}}},
    {"campaign_reviewers", {{9, 1}, {11, 1}}},
};

void seedAtVersion(Database &db, int version)
{
    for (const Seed &s : kSeeds)
        if (s.version <= version)
            db.exec(s.sql);
}
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
