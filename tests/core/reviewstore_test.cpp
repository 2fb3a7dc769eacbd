// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewerror.h"
#include "review/reviewservice.h"
#include "standards/builtinstandards.h"
#include "standards/standardchoice.h"
#include "standards/standarderror.h"
#include "standards/standardjson.h"
#include "storage/standardservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
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

void addCase(Database &db, int pages = 5)
{
    db.exec("INSERT INTO files(id, sha256, size, data) VALUES (1, 'abc', 3, X'010203')");
    db.exec(QStringLiteral("INSERT INTO cases(id, file_id, file_name, source_path, page_count, imported_at) "
                           "VALUES (1, 1, 'c.pdf', '/c.pdf', %1, '2025-01-01T00:00:00Z')")
                .arg(pages)
                .toUtf8()
                .constData());
    for (int p = 1; p <= pages; ++p)
        db.exec(QStringLiteral("INSERT INTO pages(case_id, page_no, text) VALUES (1, %1, '第%1页')").arg(p).toUtf8().constData());
}

Answer deduct(const char *item, double amount, int page = 0)
{
    Answer a{QString::fromLatin1(item), Verdict::Deduct, amount, QStringLiteral("缺少负责人签字"), {}};
    if (page > 0)
        a.evidence.push_back({page, QRectF(10, 20, 100, 30), QStringLiteral("立案审批表")});
    return a;
}

ReviewService::Submission submission(std::vector<Answer> answers, const char *reviewer = "张三")
{
    ReviewService::Submission s;
    s.caseId = 1;
    s.reviewer = QString::fromUtf8(reviewer);
    s.standardId = QStringLiteral("penalty-general");
    s.answers = std::move(answers);
    return s;
}
} // namespace

TEST_CASE("built-in standards load, validate and seed idempotently")
{
    const auto builtins = BuiltinStandards::load();
    REQUIRE(builtins.size() == 4);
    QStringList ids;
    for (const ReviewStandard &s : builtins) {
        ids << s.id;
        CHECK(s.totalPoints == 100);
        CHECK(s.itemPoints() == doctest::Approx(100));
        for (const StandardSection &sec : s.sections)
            for (const StandardItem &i : sec.items) {
                CAPTURE(i.id);
                CHECK(!i.legalBasis.isEmpty());
            }
    }
    CHECK(ids == QStringList{QStringLiteral("coercion"), QStringLiteral("inspection-enterprise"),
                             QStringLiteral("penalty-general"), QStringLiteral("permit")});
    Database db(QStringLiteral(":memory:"));
    StandardService service(db);
    CHECK(service.ensureBuiltins() == 4);
    CHECK(service.ensureBuiltins() == 0);
    const auto list = service.list();
    REQUIRE(list.size() == 4);
    CHECK(list[2].id == QStringLiteral("penalty-general"));
    CHECK(list[2].version == 1);
    CHECK(list[2].items == 50);
    CHECK(list[2].builtin);
    CHECK(AuditRepository(db).list(QStringLiteral("standard_version")).size() == 4);
}

TEST_CASE("standard versions are immutable: changes become a new version, old ones stay")
{
    Database db(QStringLiteral(":memory:"));
    StandardService service(db);
    service.ensureBuiltins();
    ReviewStandard v1 = service.get(QStringLiteral("permit"));
    REQUIRE(v1.version == 1);

    ReviewStandard edited = v1;
    edited.grades = {{QStringLiteral("优秀"), 90}, {QStringLiteral("良好"), 80}, {QStringLiteral("合格"), 60}, {QStringLiteral("不合格"), 0}};
    const auto first = service.import(StandardJson::toBytes(edited), QStringLiteral("王五"));
    REQUIRE(first.size() == 1);
    CHECK(first[0].version == 2);
    CHECK(first[0].created);
    const auto again = service.import(StandardJson::toBytes(edited), QStringLiteral("王五"));
    CHECK(again[0].version == 2);
    CHECK(!again[0].created);

    CHECK(service.get(QStringLiteral("permit"), 1).sameContent(v1));
    CHECK(service.get(QStringLiteral("permit")).grades.size() == 4);
    CHECK_THROWS_WITH_AS(db.exec("UPDATE standard_versions SET body = '{}' WHERE standard_id = 'permit'"),
                         "standard versions are immutable: import the change as a new version", StorageError);
    CHECK_THROWS_AS(db.exec("DELETE FROM standard_versions"), StorageError);
    CHECK_THROWS_WITH_AS(service.get(QStringLiteral("permit"), 7), "standard 'permit' has no version 7 (versions 1 to 2)",
                         StandardError);

    ReviewStandard broken = v1;
    broken.sections[1].items[0].points = 99;
    CHECK_THROWS_AS(service.import(StandardJson::toBytes(broken), QStringLiteral("王五")), StandardError);
    CHECK(*StandardRepository(db).latestVersion(QStringLiteral("permit")) == 2);
}

TEST_CASE("a review records its exact standard version, answers and evidence, with audit rows")
{
    Database db(QStringLiteral(":memory:"));
    addCase(db);
    StandardService(db).ensureBuiltins();
    ReviewService service(db);
    int emitted = 0;
    QObject::connect(&service, &ReviewService::changed, [&](ReviewService::ChangeKind, qint64) { ++emitted; });

    const auto saved = service.save(submission({deduct("P-B01", 2, 3), {QStringLiteral("P-A01"), Verdict::Pass, 0, {}, {}}}));
    CHECK(saved.created);
    CHECK(saved.answersChanged == 2);
    CHECK(saved.review.standardVersion == 1);
    CHECK(saved.review.status == ReviewStatus::Draft);
    CHECK(emitted == 1);
    const auto answers = service.answers(saved.review);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0] == deduct("P-B01", 2, 3));
    CHECK(service.score(saved.review).total == 98);

    // Re-saving the same answer changes nothing; a changed one is audited with before and after.
    const auto same = service.save(submission({deduct("P-B01", 2, 3)}));
    CHECK(same.answersChanged == 0);
    service.save(submission({deduct("P-B01", 3)}));
    const auto rows = AuditRepository(db).list(QStringLiteral("answer"), QStringLiteral("%1:P-B01").arg(saved.review.id));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].action == QStringLiteral("change"));
    CHECK(rows[1].actor == QStringLiteral("张三"));
    CHECK(rows[1].before.contains(QStringLiteral("\"deduction\":2")));
    CHECK(rows[1].after.contains(QStringLiteral("\"deduction\":3")));
    CHECK(AuditRepository(db).verify().intact);
}

TEST_CASE("answers that do not fit are refused and nothing is written")
{
    Database db(QStringLiteral(":memory:"));
    addCase(db, 5);
    StandardService(db).ensureBuiltins();
    ReviewService service(db);
    const qint64 auditRows = scalar(db, "SELECT count(*) FROM audit_log");
    const std::vector<std::pair<Answer, QString>> rows{
        {deduct("P-Z99", 1), QStringLiteral("item 'P-Z99' is not in standard penalty-general version 1")},
        {deduct("P-B01", 4), QStringLiteral("item P-B01: deduction 4 is more than the item's 3 points")},
        {deduct("P-A01", 1), QStringLiteral("item P-A01 is a veto gate (一票否决): answer pass, na or fail, not deduct")},
        {deduct("P-B01", 1, 9), QStringLiteral("item P-B01: evidence page 9 is beyond the case's 5 pages")},
    };
    for (const auto &[bad, message] : rows) {
        CAPTURE(message);
        CHECK_THROWS_WITH_AS(service.save(submission({deduct("P-B02", 1), bad})), message.toStdString().c_str(), ReviewError);
    }
    CHECK(scalar(db, "SELECT count(*) FROM reviews") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM review_answers") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM audit_log") == auditRows);
    auto unknownCase = submission({});
    unknownCase.caseId = 42;
    CHECK_THROWS_WITH_AS(service.save(unknownCase), "no case 42 in the store", ReviewError);
}

TEST_CASE("a signed review is locked until an explicit, recorded reopen")
{
    Database db(QStringLiteral(":memory:"));
    addCase(db);
    StandardService(db).ensureBuiltins();
    ReviewService service(db);
    auto sub = submission({deduct("P-B01", 1)});
    sub.sign = true;
    sub.allowIncomplete = true;
    const Review signedReview = service.save(sub).review;
    CHECK(signedReview.status == ReviewStatus::Signed);
    CHECK(!signedReview.submittedAt.isEmpty());
    CHECK(!signedReview.signedAt.isEmpty());

    try {
        service.save(submission({deduct("P-B01", 2)}));
        FAIL("a signed review was changed");
    } catch (const ReviewError &e) {
        CHECK(e.kind() == ReviewError::Kind::Locked);
        CHECK(e.message() == QStringLiteral("review %1 (case 1, 张三) is signed and locked; reopen it first").arg(signedReview.id));
    }
    CHECK(service.answers(signedReview)[0].deduction == 1);
    CHECK_THROWS_AS(service.reopen(1, QStringLiteral("张三"), QStringLiteral("组长"), QString()), ReviewError);

    const Review reopened = service.reopen(1, QStringLiteral("张三"), QStringLiteral("组长"), QStringLiteral("复核发现漏项"));
    CHECK(reopened.status == ReviewStatus::Draft);
    CHECK(reopened.reopenCount == 1);
    service.save(submission({deduct("P-B01", 2)}));
    const auto audit = AuditRepository(db).list(QStringLiteral("review"), QString::number(signedReview.id));
    QStringList actions;
    for (const AuditEntry &e : audit)
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("sign"), QStringLiteral("reopen")});
    CHECK(audit.back().actor == QStringLiteral("组长"));
    CHECK(audit.back().after.contains(QStringLiteral("复核发现漏项")));

    // A second reviewer reviews the same case independently; score needs a choice then.
    service.save(submission({deduct("P-C01", 1)}, "李四"));
    CHECK_THROWS_WITH_AS(service.pick(1), "case 1 has reviews by 张三, 李四; choose one with --reviewer", ReviewError);
    CHECK(service.pick(1, QStringLiteral("李四")).reviewer == QStringLiteral("李四"));
}

TEST_CASE("the audit chain detects an edited row and a deleted row, naming the first broken one")
{
    auto makeStore = [](Database &db) {
        addCase(db);
        StandardService(db).ensureBuiltins();  // rows 1-4
        ReviewService service(db);
        service.save(submission({deduct("P-B01", 1), deduct("P-B02", 1)}));  // rows 5-7
        auto sub = submission({deduct("P-C01", 1)});
        sub.submit = true;
        sub.allowIncomplete = true;
        service.save(sub);  // rows 8-9
        db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    };
    {
        Database db(QStringLiteral(":memory:"));
        makeStore(db);
        const AuditVerification ok = AuditRepository(db).verify();
        CHECK(ok.intact);
        CHECK(ok.rowsChecked == 9);
        CHECK(ok.firstBrokenId == 0);
    }
    {
        Database db(QStringLiteral(":memory:"));
        makeStore(db);
        db.exec("UPDATE audit_log SET after = replace(after, '\"deduction\":1', '\"deduction\":0.5') WHERE id = 6");
        const AuditVerification v = AuditRepository(db).verify();
        CHECK(!v.intact);
        CHECK(v.firstBrokenId == 6);
        CHECK(v.problem.contains(QStringLiteral("audit row 6 (answer 1:P-B01 set) does not match its hash: it was edited")));
    }
    {
        Database db(QStringLiteral(":memory:"));
        makeStore(db);
        db.exec("DELETE FROM audit_log WHERE id = 7");
        const AuditVerification v = AuditRepository(db).verify();
        CHECK(!v.intact);
        CHECK(v.firstBrokenId == 7);
        CHECK(v.problem == QStringLiteral("audit row 7 is missing: it was deleted"));
    }
    {
        Database db(QStringLiteral(":memory:"));
        makeStore(db);
        db.exec("DELETE FROM audit_log WHERE id = 9");
        const AuditVerification v = AuditRepository(db).verify();
        CHECK(v.firstBrokenId == 9);
        CHECK(v.problem == QStringLiteral("audit row 9 is missing: the newest rows were deleted"));
    }
    {
        // Rewriting a row and its hash still breaks the link of the row after it.
        Database db(QStringLiteral(":memory:"));
        makeStore(db);
        AuditEntry e = AuditRepository(db).list()[4];
        e.actor = QStringLiteral("冒名");
        db.prepare("UPDATE audit_log SET actor = ?, hash = ? WHERE id = 5").bind(1, e.actor).bind(2, AuditRepository::hashOf(e)).exec();
        const AuditVerification v = AuditRepository(db).verify();
        CHECK(v.firstBrokenId == 6);
        CHECK(v.problem.contains(QStringLiteral("does not link to row 5")));
    }
    Database db(QStringLiteral(":memory:"));
    addCase(db);
    StandardService(db).ensureBuiltins();
    CHECK_THROWS_WITH_AS(db.exec("UPDATE audit_log SET actor = 'x'"), "the audit log is append-only", StorageError);
    CHECK_THROWS_AS(db.exec("DELETE FROM audit_log"), StorageError);
}

TEST_CASE("clearing an answer makes the item unanswered again and is audited")
{
    Database db(QStringLiteral(":memory:"));
    addCase(db);
    StandardService(db).ensureBuiltins();
    ReviewService service(db);
    const Review r = service.save(submission({deduct("P-B01", 1, 2), deduct("P-B02", 1)})).review;
    const int openBefore = int(service.score(r).unanswered.size());
    CHECK(service.clearAnswer(1, QStringLiteral("张三"), QStringLiteral("P-B01")));
    CHECK(!service.clearAnswer(1, QStringLiteral("张三"), QStringLiteral("P-B01")));
    CHECK(service.answers(r).size() == 1);
    CHECK(service.score(r).unanswered.size() == openBefore + 1);
    CHECK(service.score(r).unanswered.contains(QStringLiteral("P-B01")));
    CHECK(scalar(db, "SELECT count(*) FROM answer_evidence") == 0);
    const auto audit = AuditRepository(db).list(QStringLiteral("answer"), QStringLiteral("%1:P-B01").arg(r.id));
    REQUIRE(audit.size() == 2);
    CHECK(audit.back().action == QStringLiteral("clear"));
    CHECK(audit.back().before.contains(QStringLiteral("deduct")));
    CHECK(AuditRepository(db).verify().intact);

    auto sign = submission({});
    sign.sign = true;
    sign.allowIncomplete = true;
    const Review signedReview = service.save(sign).review;
    CHECK_THROWS_AS(service.clearAnswer(1, QStringLiteral("张三"), QStringLiteral("P-B02")), ReviewError);
    CHECK(service.answers(signedReview).size() == 1);
    CHECK_THROWS_AS(service.clearAnswer(1, QStringLiteral("无名"), QStringLiteral("P-B02")), ReviewError);
    // The incomplete sign-off is on record with the number of open items.
    const auto reviewAudit = AuditRepository(db).list(QStringLiteral("review"), QString::number(r.id));
    REQUIRE(reviewAudit.size() == 3);
    CHECK(reviewAudit[1].action == QStringLiteral("submit"));
    CHECK(reviewAudit[1].after.contains(QStringLiteral("\"unanswered\":%1").arg(openBefore + 1)));
}

TEST_CASE("a new review starts with the standard matching the case type")
{
    Database db(QStringLiteral(":memory:"));
    StandardService standards(db);
    standards.ensureBuiltins();
    const auto list = standards.list();
    struct Row { const char *caseType; const char *standard; };
    for (const Row &r : std::vector<Row>{{"行政处罚", "penalty-general"}, {"行政强制措施", "coercion"}, {"行政许可", "permit"},
                                         {"涉企行政检查", "inspection-enterprise"}, {"", "penalty-general"}, {"其他", "penalty-general"}}) {
        CAPTURE(std::string(r.caseType));
        CHECK(StandardChoice::forCaseType(list, QString::fromUtf8(r.caseType)) == QString::fromLatin1(r.standard));
    }
    CHECK(StandardChoice::forCaseType({}, QStringLiteral("行政处罚")).isEmpty());
}

TEST_CASE("submitting or signing with unanswered items is refused whole unless allowed")
{
    Database db(QStringLiteral(":memory:"));
    addCase(db);
    StandardService(db).ensureBuiltins();
    ReviewService service(db);
    const qint64 auditBefore = scalar(db, "SELECT count(*) FROM audit_log");
    for (const bool sign : {false, true}) {
        CAPTURE(sign);
        auto sub = submission({deduct("P-B01", 1)});
        sub.submit = !sign;
        sub.sign = sign;
        try {
            service.save(sub);
            FAIL("an incomplete review was accepted");
        } catch (const ReviewError &e) {
            CHECK(e.kind() == ReviewError::Kind::Incomplete);
            CHECK(e.items().size() == 49);
            CHECK(e.items().front() == QStringLiteral("P-A01"));
            CHECK(!e.items().contains(QStringLiteral("P-B01")));
        }
        CHECK(scalar(db, "SELECT count(*) FROM reviews") == 0);
        CHECK(scalar(db, "SELECT count(*) FROM review_answers") == 0);
        CHECK(scalar(db, "SELECT count(*) FROM audit_log") == auditBefore);
    }
    auto allowed = submission({deduct("P-B01", 1)});
    allowed.submit = true;
    allowed.allowIncomplete = true;
    CHECK(service.save(allowed).review.status == ReviewStatus::Submitted);
    // Already submitted: --submit again changes no status, so it is not refused.
    auto again = submission({deduct("P-B01", 2)});
    again.submit = true;
    CHECK(service.save(again).answersChanged == 1);
}
