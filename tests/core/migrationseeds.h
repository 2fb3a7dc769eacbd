// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data of the every-version migration test (migrations_test.cpp): for each schema version
// the raw SQL a program at that version would have written (its derived tables included), and
// how many rows of each table the seeds make, so the test can check that every row arrives.
// A new schema step comes with its seed here (the test fails until it does).
#include "storage/database.h"

#include <utility>
#include <vector>

namespace MigrationSeeds {
using casereview::Database;

// The rows each version adds, and how many rows of each table they make.
struct Seed {
    int version;
    const char *sql;
};
inline const Seed kSeeds[] = {
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
inline const TableRows kTables[] = {
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
inline const TableGrowth kGrowing[] = {
    {"reviews", {{3, 1}, {11, 1}}},
    {"review_answers", {{3, 2}, {11, 2}}},
    {"campaign_reviewers", {{9, 1}, {11, 1}}},
};

inline void seedAtVersion(Database &db, int version)
{
    for (const Seed &s : kSeeds)
        if (s.version <= version)
            db.exec(s.sql);
}
} // namespace MigrationSeeds
