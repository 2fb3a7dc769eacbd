// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/standardservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include "qtprinters.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
qint64 scalar(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}
} // namespace

TEST_CASE("migration 3 adds the review tables to a version-2 store and keeps its cases")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.crstore"));
    {
        Database db(path, Database::Mode::ReadWrite, 2);
        REQUIRE(db.schemaVersion() == 2);
        db.exec("INSERT INTO files(id, sha256, size, data) VALUES (1, 'abc', 3, X'010203')");
        db.exec("INSERT INTO cases(id, file_id, file_name, source_path, page_count, imported_at) "
                "VALUES (1, 1, 'old.pdf', '/old.pdf', 2, '2025-01-01T00:00:00Z')");
        db.exec("INSERT INTO pages(case_id, page_no, text) VALUES (1, 1, '立案审批表'), (1, 2, '行政处罚决定书')");
        db.exec("INSERT INTO page_search(rowid, body) SELECT id, text FROM pages");
    }
    Database db(path, Database::Mode::ReadWrite, 3);
    CHECK(db.schemaVersion() == 3);
    CHECK(db.schemaVersion() <= Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CHECK(scalar(db, "SELECT count(*) FROM cases") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM pages") == 2);
    for (const char *table : {"standards", "standard_versions", "reviews", "review_answers", "answer_evidence", "audit_log"}) {
        CAPTURE(table);
        Statement st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        st.bind(1, QString::fromLatin1(table));
        st.step();
        CHECK(st.int64(0) == 1);
    }
    CHECK(StandardService(db).ensureBuiltins() == 4);
    db.exec("INSERT INTO reviews(case_id, reviewer, standard_id, standard_version, created_at, updated_at) "
            "VALUES (1, '张三', 'penalty-general', 1, 'now', 'now')");
    CHECK_THROWS_AS(db.exec("INSERT INTO reviews(case_id, reviewer, standard_id, standard_version, created_at, updated_at) "
                            "VALUES (9, '李四', 'penalty-general', 1, 'now', 'now')"),
                    StorageError);
    CHECK_THROWS_AS(db.exec("INSERT INTO reviews(case_id, reviewer, standard_id, standard_version, created_at, updated_at) "
                            "VALUES (1, '李四', 'penalty-general', 99, 'now', 'now')"),
                    StorageError);
    CHECK(db.integrityProblems().isEmpty());
}
