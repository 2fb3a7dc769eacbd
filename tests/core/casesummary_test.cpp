// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's rows: leading review scored as ScoringEngine scores it, open findings, and a
// fixed number of queries however many cases the store holds.
#include "analytics/campaignloader.h"
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"

#include <QCryptographicHash>
#include <doctest/doctest.h>
#include <sqlite3.h>

using namespace casereview;

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
    CHECK(!d.review->gradeKnown());
    CHECK(d.review->standing() == GradeStanding::None);
    CHECK(d.reviewCount == 1);
    CHECK(d.otherReviews.empty());
    CHECK(d.review->status == ReviewStatus::Draft);
    CHECK(d.openFindings == 2);

    // The signed review leads over a later-changed draft, and its veto decides the grade.
    const CaseSummary &t = all[2];
    REQUIRE(t.review);
    CHECK(t.reviewCount == 2);
    CHECK(t.review->reviewer == QStringLiteral("李四"));
    CHECK(t.review->status == ReviewStatus::Signed);
    CHECK(t.review->vetoFailed);
    CHECK(t.review->gradeKnown());
    // Signed with items open: the veto decides the grade, but it is not counted as final.
    CHECK(t.review->standing() == GradeStanding::Provisional);
    REQUIRE(t.otherReviews.size() == 1);
    CHECK(t.otherReviews[0].reviewer == QStringLiteral("张三"));
    CHECK(t.otherReviews[0].status == ReviewStatus::Draft);
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
    CHECK(large.first <= 9); // one of them the campaign files under blind review
}

TEST_CASE("grade standing is final only for a signed review with every item answered")
{
    struct Row {
        ReviewStatus status;
        int unanswered;
        bool veto;
        GradeStanding expected;
    };
    const Row rows[] = {
        {ReviewStatus::Draft, 3, false, GradeStanding::None},
        {ReviewStatus::Draft, 0, false, GradeStanding::Provisional},
        {ReviewStatus::Draft, 3, true, GradeStanding::Provisional},
        {ReviewStatus::Submitted, 0, false, GradeStanding::Provisional},
        {ReviewStatus::Submitted, 2, false, GradeStanding::None},
        {ReviewStatus::Signed, 0, false, GradeStanding::Final},
        {ReviewStatus::Signed, 0, true, GradeStanding::Final},
        {ReviewStatus::Signed, 4, true, GradeStanding::Provisional},
        {ReviewStatus::Signed, 4, false, GradeStanding::None},
    };
    for (const Row &r : rows) {
        CAPTURE(ReviewStatusKeys::key(r.status).toStdString());
        CAPTURE(r.unanswered);
        CAPTURE(r.veto);
        CHECK(gradeStanding(r.status, r.unanswered, r.veto) == r.expected);
    }
}

TEST_CASE("the case list and the campaign statistics pick the same review and agree on its grade")
{
    Database db(QStringLiteral(":memory:"));
    StandardService standards(db);
    standards.ensureBuiltins();
    ReviewService reviews(db);
    std::vector<Answer> all;
    for (const StandardSection &sec : standards.get(QStringLiteral("penalty-general")).sections)
        for (const StandardItem &i : sec.items)
            all.push_back({i.id, Verdict::Pass, 0, {}, {}});
    const qint64 unsignedCase = addCase(db, 1), signedCase = addCase(db, 2), submittedOverDraft = addCase(db, 3);
    auto complete = sub(unsignedCase, QStringLiteral("张三"), all);
    complete.submit = true;
    reviews.save(complete);
    auto signedReview = sub(signedCase, QStringLiteral("张三"), all);
    signedReview.sign = true;
    reviews.save(signedReview);
    reviews.save(sub(signedCase, QStringLiteral("李四"), {{QStringLiteral("P-B01"), Verdict::Deduct, 1, {}, {}}}));
    auto submitted = sub(submittedOverDraft, QStringLiteral("张三"), all);
    submitted.submit = true;
    reviews.save(submitted);
    reviews.save(sub(submittedOverDraft, QStringLiteral("李四"), all));  // changed later, but only a draft

    const std::vector<CaseSummary> rows = CaseSummaryLoader(db).all();
    const CampaignLoader::Result campaign = CampaignLoader(db).load();
    REQUIRE(rows.size() == 3);
    REQUIRE(campaign.cases.size() == 3);
    const GradeStanding expected[] = {GradeStanding::Provisional, GradeStanding::Final, GradeStanding::Provisional};
    for (size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        REQUIRE(rows[i].review);
        REQUIRE(campaign.cases[i].review);
        CHECK(rows[i].id == campaign.cases[i].summary.id);
        CHECK(rows[i].review->reviewId == campaign.cases[i].review->review.id);
        CHECK(rows[i].review->standing() == expected[i]);
        CHECK(campaign.cases[i].review->standing() == expected[i]);
        CHECK(campaign.cases[i].review->isFinal() == (expected[i] == GradeStanding::Final));
    }
    CHECK(rows[2].review->reviewer == QStringLiteral("张三"));
    CHECK(rows[1].otherReviews.size() == 1);
}
