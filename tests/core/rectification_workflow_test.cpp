// SPDX-License-Identifier: GPL-3.0-or-later
// Rectification status machine: the transition table, what closing and re-check steps need,
// and the status words. Pure. (Deadlines, 三色, planner and ledger: rectification_rules_test.cpp.)
#include "rectification/rectificationrules.h"
#include "rectification/rectificationworkflow.h"

#include "qtprinters.h"

#include <doctest/doctest.h>
#include <map>

using namespace casereview;

namespace {
using S = RectificationStatus;
using C = RectificationWorkflow::Check;
} // namespace

TEST_CASE("rectification workflow: every pair of statuses against the transition table")
{
    // The full 6 × 6 table: what each step gives with everything it could need supplied.
    // Withdrawn is reached from every open status (复查未通过 included) but not from closed, and
    // leads nowhere.
    const std::map<std::pair<S, S>, C> legal{
        {{S::Pending, S::InProgress}, C::Allowed}, {{S::Pending, S::Reported}, C::Allowed},  {{S::InProgress, S::Reported}, C::Allowed},
        {{S::Reported, S::Closed}, C::Allowed},    {{S::Reported, S::Failed}, C::Allowed},   {{S::Failed, S::InProgress}, C::Allowed},
        {{S::Closed, S::Failed}, C::Allowed},      {{S::Pending, S::Withdrawn}, C::Allowed}, {{S::InProgress, S::Withdrawn}, C::Allowed},
        {{S::Reported, S::Withdrawn}, C::Allowed}, {{S::Failed, S::Withdrawn}, C::Allowed},
    };
    REQUIRE(RectificationKeys::allStatuses().size() == 6);
    const RectificationWorkflow::Context full{true, true};
    int allowed = 0;
    for (S from : RectificationKeys::allStatuses())
        for (S to : RectificationKeys::allStatuses()) {
            CAPTURE(RectificationKeys::status(from));
            CAPTURE(RectificationKeys::status(to));
            const C got = RectificationWorkflow::check(from, to, full);
            if (from == to)
                CHECK(got == C::Unchanged);
            else if (legal.count({from, to}))
                CHECK(got == C::Allowed);
            else
                CHECK(got == C::Illegal);
            allowed += got == C::Allowed;
            const auto nexts = RectificationWorkflow::next(from);
            CHECK((std::find(nexts.begin(), nexts.end(), to) != nexts.end()) == bool(legal.count({from, to})));
        }
    CHECK(allowed == int(legal.size()));
    for (S s : RectificationKeys::allStatuses())
        CHECK(RectificationWorkflow::canWithdraw(s) == bool(legal.count({s, S::Withdrawn})));
    CHECK(RectificationWorkflow::next(S::Withdrawn).empty());
}

TEST_CASE("rectification workflow: closing needs an attachment and a note and re-check steps need a note")
{
    struct Row {
        S from, to;
        bool attachment, note;
        C expected;
    };
    const std::vector<Row> rows{
        {S::Reported, S::Closed, false, true, C::NeedsAttachment},
        {S::Reported, S::Closed, false, false, C::NeedsAttachment},
        {S::Reported, S::Closed, true, false, C::NeedsNote},
        {S::Reported, S::Closed, true, true, C::Allowed},
        {S::Reported, S::Failed, false, false, C::NeedsNote},
        {S::Reported, S::Failed, false, true, C::Allowed},
        {S::Closed, S::Failed, true, false, C::NeedsNote},
        {S::Pending, S::InProgress, false, false, C::Allowed},
        {S::InProgress, S::Reported, false, false, C::Allowed},
        {S::Failed, S::InProgress, false, false, C::Allowed},
        {S::Pending, S::Closed, true, true, C::Illegal},
        {S::InProgress, S::Closed, true, true, C::Illegal},
        {S::Failed, S::Closed, true, true, C::Illegal},
        {S::Pending, S::Withdrawn, false, false, C::NeedsReason},
        {S::Failed, S::Withdrawn, false, false, C::NeedsReason},
        {S::Reported, S::Withdrawn, false, true, C::Allowed},
        {S::Closed, S::Withdrawn, true, true, C::Illegal},
        {S::Withdrawn, S::Pending, true, true, C::Illegal},
    };
    for (const Row &r : rows) {
        CAPTURE(RectificationKeys::status(r.from));
        CAPTURE(RectificationKeys::status(r.to));
        CAPTURE(r.attachment);
        CAPTURE(r.note);
        CHECK(RectificationWorkflow::check(r.from, r.to, {r.attachment, r.note}) == r.expected);
    }
    CHECK(RectificationWorkflow::explain(S::Pending, S::Closed, C::Illegal)
              .contains(QStringLiteral("from pending the item can go to: in_progress, reported")));
    CHECK(RectificationWorkflow::explain(S::Reported, S::Closed, C::NeedsAttachment).contains(QStringLiteral("--attach")));
    CHECK(RectificationWorkflow::explain(S::Pending, S::Withdrawn, C::NeedsReason).contains(QStringLiteral("--reason")));
    CHECK(RectificationWorkflow::explain(S::Withdrawn, S::Pending, C::Illegal).contains(QStringLiteral("can go to: none")));
}

TEST_CASE("rectification workflow: where a re-check leads from each status")
{
    CHECK(RectificationWorkflow::afterRecheck(S::Reported, RecheckResult::Pass) == S::Closed);
    CHECK(RectificationWorkflow::afterRecheck(S::Reported, RecheckResult::Fail) == S::Failed);
    CHECK(RectificationWorkflow::afterRecheck(S::Closed, RecheckResult::Pass) == S::Closed);
    CHECK(RectificationWorkflow::afterRecheck(S::Closed, RecheckResult::Fail) == S::Failed);
    for (S s : {S::Pending, S::InProgress, S::Failed, S::Withdrawn})
        for (RecheckResult r : {RecheckResult::Pass, RecheckResult::Fail})
            CHECK_FALSE(RectificationWorkflow::afterRecheck(s, r));
}

TEST_CASE("rectification status words: ASCII and Chinese spellings")
{
    const std::vector<std::pair<QString, S>> rows{
        {QStringLiteral("pending"), S::Pending},        {QStringLiteral("待整改"), S::Pending},
        {QStringLiteral("in_progress"), S::InProgress}, {QStringLiteral("In-Progress"), S::InProgress},
        {QStringLiteral("整改中"), S::InProgress},      {QStringLiteral("reported"), S::Reported},
        {QStringLiteral("已报告"), S::Reported},        {QStringLiteral("closed"), S::Closed},
        {QStringLiteral("复查通过"), S::Closed},        {QStringLiteral("failed"), S::Failed},
        {QStringLiteral("复查未通过"), S::Failed},      {QStringLiteral("withdrawn"), S::Withdrawn},
        {QStringLiteral("已撤销"), S::Withdrawn},       {QStringLiteral("撤销"), S::Withdrawn},
        {QStringLiteral("整改"), S::InProgress},        {QStringLiteral("已销号"), S::Closed},
    };
    for (const auto &[word, status] : rows) {
        CAPTURE(word);
        CHECK(RectificationKeys::statusFrom(word) == status);
    }
    CHECK_FALSE(RectificationKeys::statusFrom(QStringLiteral("done")));
    CHECK(RectificationKeys::resultFrom(QStringLiteral("通过")) == RecheckResult::Pass);
    CHECK(RectificationKeys::resultFrom(QStringLiteral("不通过")) == RecheckResult::Fail);
    CHECK_FALSE(RectificationKeys::statusFrom(QString()));
    for (S s : RectificationKeys::allStatuses())
        CHECK(RectificationKeys::statusFrom(RectificationKeys::status(s)) == s);
}
