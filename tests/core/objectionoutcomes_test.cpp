// SPDX-License-Identifier: GPL-3.0-or-later
// ObjectionOutcomes: the effective answers of a final sheet with its objections (upheld ones
// change their item, later upheld ones win, open and rejected ones change nothing, the sheet
// is left as signed) and the objection window's end.
#include "campaign/objectionoutcomes.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
ObjectionRecord objection(const char *item, ObjectionStatus status, Verdict v = Verdict::Pass, double deduction = 0)
{
    ObjectionRecord o;
    o.itemId = QString::fromLatin1(item);
    o.status = status;
    o.verdict = v;
    o.deduction = deduction;
    return o;
}
} // namespace

TEST_CASE("objection outcomes: upheld objections change their item, open and rejected ones do not")
{
    const std::vector<ConsensusItem> sheet{{{QStringLiteral("A"), Verdict::Pass, 0, QStringLiteral("注"), {}}, false, {}},
                                           {{QStringLiteral("B"), Verdict::Deduct, 2, {}, {}}, true, QStringLiteral("缺签字")}};
    struct Row {
        const char *name;
        std::vector<ObjectionRecord> objections;
        Verdict b;
        double bDeduction;
        size_t answers;
    };
    const Row rows[] = {
        {"none", {}, Verdict::Deduct, 2, 2},
        {"open", {objection("B", ObjectionStatus::Open)}, Verdict::Deduct, 2, 2},
        {"rejected", {objection("B", ObjectionStatus::Rejected, Verdict::Pass)}, Verdict::Deduct, 2, 2},
        {"upheld pass", {objection("B", ObjectionStatus::Upheld, Verdict::Pass)}, Verdict::Pass, 0, 2},
        {"upheld smaller deduction", {objection("B", ObjectionStatus::Upheld, Verdict::Deduct, 0.5)}, Verdict::Deduct, 0.5, 2},
        {"upheld na drops the deduction",
         {objection("B", ObjectionStatus::Upheld, Verdict::NotApplicable, 3)},
         Verdict::NotApplicable,
         0,
         2},
        {"the later upheld wins",
         {objection("B", ObjectionStatus::Upheld, Verdict::Pass), objection("B", ObjectionStatus::Upheld, Verdict::Deduct, 1)},
         Verdict::Deduct,
         1,
         2},
        {"an unanswered item is added", {objection("C", ObjectionStatus::Upheld, Verdict::Fail)}, Verdict::Deduct, 2, 3},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const std::vector<Answer> got = ObjectionOutcomes::effective(sheet, r.objections);
        REQUIRE(got.size() == r.answers);
        CHECK(got[0] == sheet[0].answer);
        CHECK(got[1].verdict == r.b);
        CHECK(got[1].deduction == r.bDeduction);
        if (r.answers == 3)
            CHECK(got[2].verdict == Verdict::Fail);
    }
}

TEST_CASE("objection outcomes: the window closes the given days after the sheet became final")
{
    CHECK(ObjectionOutcomes::windowEnd(QStringLiteral("2026-12-01T10:00:00.000Z"), 7) ==
          QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC));
    CHECK(ObjectionOutcomes::windowEnd(QStringLiteral("2026-12-01T10:00:00Z"), 0) == QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    CHECK_FALSE(ObjectionOutcomes::windowEnd(QStringLiteral("soon"), 7).isValid());
}
