// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's rows: leading review scored as ScoringEngine scores it, open findings, and a
// fixed number of queries however many cases the store holds.
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "standards/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"

#include <QCryptographicHash>
#include <doctest/doctest.h>
#include <sqlite3.h>

namespace {
qint64 addCase(Database &db, int n)
{
    NewCase c;
    c.fileName = QStringLiteral("c%1.pdf").arg(n);
    c.sourcePath = c.fileName;
    c.original = QByteArray("%PDF-1.4 summary ") + QByteArray::number(n);
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("立案审批表"), QStringLiteral("行政处罚决定书")};
    return CaseRepository(db).add(c);
}

ReviewService::Submission sub(qint64 caseId, const QString &reviewer, std::vector<Answer> answers)
{
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = reviewer;
    s.standardId = QStringLiteral("penalty-general");
    s.answers = std::move(answers);
    return s;
}

Finding finding(const char *rule, const char *key)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.key = QString::fromLatin1(key);
    f.message = QStringLiteral("问题");
    f.item = QStringLiteral("P-B01");
    return f;
}

int countStatements(unsigned, void *counter, void *, void *)
{
    ++*static_cast<int *>(counter);
    return 0;
}
} // namespace

TEST_CASE("case summaries carry the leading review's score and the open findings")
{
    Database db(QStringLiteral(":memory:"));
    StandardService(db).ensureBuiltins();
    ReviewService reviews(db);
    const qint64 fresh = addCase(db, 1);
    const qint64 draft = addCase(db, 2);
    const qint64 twoReviews = addCase(db, 3);
    reviews.save(sub(draft, QStringLiteral("张三"), {{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {}}}));
    reviews.save(sub(twoReviews, QStringLiteral("张三"), {{QStringLiteral("P-B01"), Verdict::Deduct, 1, {}, {}}}));
    auto vetoed = sub(twoReviews, QStringLiteral("李四"), {{QStringLiteral("P-A07"), Verdict::Fail, 0, {}, {}}});
    vetoed.sign = true;
    vetoed.allowIncomplete = true;
    reviews.save(vetoed);
    reviews.save(sub(twoReviews, QStringLiteral("张三"), {{QStringLiteral("P-B02"), Verdict::Deduct, 1, {}, {}}}));

    FindingRepository findings(db);
    findings.replace(draft, {finding("A", "1"), finding("B", "2"), finding("C", "3")}, QStringLiteral("default"));
    findings.decide(findings.list(draft)[1].id, FindingVerdict::Dismiss, QStringLiteral("不成立"), QStringLiteral("张三"));

    const std::vector<CaseSummary> all = CaseSummaryLoader(db).all();
    REQUIRE(all.size() == 3);
    CHECK(!all[0].review);
    CHECK(all[0].reviewCount == 0);
    CHECK(all[0].openFindings == 0);

    const CaseSummary &d = all[1];
    REQUIRE(d.review);
    const ScoreCard card = reviews.score(reviews.pick(draft));
    CHECK(d.review->total == card.total);
    CHECK(d.review->total == 98);
    CHECK(d.review->grade == card.grade);
    CHECK(d.review->unanswered == card.unanswered.size());
    CHECK(d.review->unanswered > 0);
    CHECK(!d.review->gradeIsFinal());
    CHECK(d.review->status == ReviewStatus::Draft);
    CHECK(d.openFindings == 2);

    // The signed review leads over a later-changed draft, and its veto decides the grade.
    const CaseSummary &t = all[2];
    REQUIRE(t.review);
    CHECK(t.reviewCount == 2);
    CHECK(t.review->reviewer == QStringLiteral("李四"));
    CHECK(t.review->status == ReviewStatus::Signed);
    CHECK(t.review->vetoFailed);
    CHECK(t.review->gradeIsFinal());
    CHECK(t.review->total == 0);
    CHECK(t.review->grade == QStringLiteral("不合格"));

    const auto one = CaseSummaryLoader(db).one(draft);
    REQUIRE(one);
    CHECK(one->review->total == d.review->total);
    CHECK(one->openFindings == 2);
    CHECK(!CaseSummaryLoader(db).one(99));
    CHECK(fresh == all[0].id);
}

TEST_CASE("case summaries take the same number of queries for 3 and for 60 cases")
{
    Database db(QStringLiteral(":memory:"));
    StandardService(db).ensureBuiltins();
    ReviewService reviews(db);
    auto fill = [&](int from, int to) {
        for (int n = from; n < to; ++n) {
            const qint64 id = addCase(db, n);
            reviews.save(sub(id, QStringLiteral("张三"), {{QStringLiteral("P-B01"), Verdict::Deduct, 1, {}, {}}}));
            FindingRepository(db).replace(id, {finding("A", "1")}, QStringLiteral("default"));
        }
    };
    auto statements = [&] {
        int counter = 0;
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, countStatements, &counter);
        const auto rows = CaseSummaryLoader(db).all();
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
        return std::pair{counter, rows.size()};
    };
    fill(0, 3);
    const auto small = statements();
    fill(3, 60);
    const auto large = statements();
    CHECK(small.second == 3);
    CHECK(large.second == 60);
    CHECK(large.first == small.first);
    CHECK(large.first <= 8);
}
