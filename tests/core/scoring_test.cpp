// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/rescorediff.h"
#include "scoring/scoringengine.h"

#include "qtprinters.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
StandardItem item(const char *id, double points, ItemKind kind, bool veto = false)
{
    StandardItem i;
    i.id = QString::fromLatin1(id);
    i.titleZh = QStringLiteral("条目 ") + i.id;
    i.points = points;
    i.kind = kind;
    i.veto = veto;
    return i;
}

// A: two veto gates; B: procedure 10 + discretion 20; C: evidence 30 + document 40.
ReviewStandard sample(NaPolicy na = NaPolicy::FullPoints)
{
    ReviewStandard s;
    s.id = QStringLiteral("t");
    s.version = 1;
    s.nameZh = QStringLiteral("测试标准");
    s.naPolicy = na;
    s.sections = {
        {QStringLiteral("A"), QStringLiteral("否决"), {}, {item("V1", 0, ItemKind::Legality, true), item("V2", 0, ItemKind::Procedure, true)}},
        {QStringLiteral("B"), QStringLiteral("程序与裁量"), {}, {item("P1", 10, ItemKind::Procedure), item("D1", 20, ItemKind::Discretion)}},
        {QStringLiteral("C"), QStringLiteral("证据与文书"), {}, {item("E1", 30, ItemKind::Evidence), item("DOC1", 40, ItemKind::Document)}},
    };
    return s;
}

Answer pass(const char *id) { return {QString::fromLatin1(id), Verdict::Pass, 0, {}, {}}; }
Answer na(const char *id) { return {QString::fromLatin1(id), Verdict::NotApplicable, 0, {}, {}}; }
Answer fail(const char *id) { return {QString::fromLatin1(id), Verdict::Fail, 0, {}, {}}; }
Answer deduct(const char *id, double amount) { return {QString::fromLatin1(id), Verdict::Deduct, amount, {}, {}}; }
} // namespace

TEST_CASE("scoring table: deductions, caps, zero floor, veto, n/a, grade edges")
{
    struct Row {
        const char *name;
        NaPolicy policy;
        std::vector<Answer> answers;
        double total;
        const char *grade;
        QStringList vetoHits;
    };
    const std::vector<Row> rows{
        {"nothing answered counts as pass", NaPolicy::FullPoints, {}, 100, "优秀", {}},
        {"all pass", NaPolicy::FullPoints, {pass("V1"), pass("P1"), pass("DOC1")}, 100, "优秀", {}},
        {"one deduction", NaPolicy::FullPoints, {deduct("P1", 5)}, 95, "优秀", {}},
        {"deduction capped at the item's points, exactly 90", NaPolicy::FullPoints, {deduct("P1", 15)}, 90, "优秀", {}},
        {"exactly 60 is 合格", NaPolicy::FullPoints, {deduct("DOC1", 40)}, 60, "合格", {}},
        {"89.5 is 合格, not rounded up", NaPolicy::FullPoints, {deduct("E1", 10.5)}, 89.5, "合格", {}},
        {"59.5 is 不合格", NaPolicy::FullPoints, {deduct("DOC1", 40), deduct("E1", 0.5)}, 59.5, "不合格", {}},
        {"over-deduction everywhere floors at zero", NaPolicy::FullPoints,
         {deduct("P1", 99), deduct("D1", 99), deduct("E1", 99), deduct("DOC1", 99)}, 0, "不合格", {}},
        {"negative deduction earns nothing extra", NaPolicy::FullPoints, {deduct("P1", -5)}, 100, "优秀", {}},
        {"a failed veto gate zeroes the total", NaPolicy::FullPoints, {fail("V1")}, 0, "不合格", {QStringLiteral("V1")}},
        {"every veto hit is listed", NaPolicy::FullPoints, {fail("V2"), deduct("P1", 1), fail("V1")}, 0, "不合格",
         {QStringLiteral("V1"), QStringLiteral("V2")}},
        {"n/a veto gate is no hit", NaPolicy::FullPoints, {na("V1"), na("V2")}, 100, "优秀", {}},
        {"n/a earns full points by default", NaPolicy::FullPoints, {na("DOC1"), deduct("D1", 6)}, 94, "优秀", {}},
        {"n/a rescales when the standard says so", NaPolicy::Rescale, {na("DOC1"), deduct("D1", 6)}, 90, "优秀", {}},
        {"rescale with a deduction below 60", NaPolicy::Rescale, {na("E1"), na("DOC1"), deduct("D1", 13)}, 56.67, "不合格", {}},
        {"rescale with everything n/a keeps full marks", NaPolicy::Rescale,
         {na("P1"), na("D1"), na("E1"), na("DOC1")}, 100, "优秀", {}},
    };
    for (const Row &row : rows) {
        CAPTURE(row.name);
        const ScoreCard card = ScoringEngine::score(sample(row.policy), row.answers);
        CHECK(card.total == doctest::Approx(row.total));
        CHECK(card.grade == QString::fromUtf8(row.grade));
        CHECK(card.vetoHits == row.vetoHits);
        CHECK(card.maxTotal == 100);
    }
}

TEST_CASE("completeness table: unanswered items make the total provisional and the grade not final")
{
    struct Row {
        const char *name;
        std::vector<Answer> answers;
        int unanswered;
        bool complete;
        bool gradeIsFinal;
        double total;
    };
    const std::vector<Row> rows{
        {"fresh review: everything open, full provisional marks", {}, 6, false, false, 100},
        {"a deduction so far", {deduct("P1", 4)}, 5, false, false, 96},
        {"all but one answered", {pass("V1"), pass("V2"), pass("P1"), deduct("D1", 2), na("E1")}, 1, false, false, 98},
        {"every item answered", {pass("V1"), pass("V2"), pass("P1"), deduct("D1", 2), na("E1"), pass("DOC1")}, 0, true, true, 98},
        {"a failed veto gate decides the grade while items are open", {fail("V2")}, 5, false, true, 0},
        {"an unknown item does not count as an answer", {pass("V1"), pass("V2"), pass("P1"), pass("D1"), pass("E1"), pass("X9")},
         1, false, false, 100},
    };
    for (const Row &row : rows) {
        CAPTURE(row.name);
        const ScoreCard card = ScoringEngine::score(sample(), row.answers);
        CHECK(card.unanswered.size() == row.unanswered);
        CHECK(card.complete() == row.complete);
        CHECK(card.gradeIsFinal() == row.gradeIsFinal);
        CHECK(card.total == doctest::Approx(row.total));
    }
}

TEST_CASE("grade bands come from the standard, including an optional 良好")
{
    ReviewStandard s = sample();
    s.grades = {{QStringLiteral("优秀"), 90}, {QStringLiteral("良好"), 80}, {QStringLiteral("合格"), 60},
                {QStringLiteral("不合格"), 0}};
    struct Row { double total; const char *grade; };
    for (const Row &r : std::vector<Row>{{100, "优秀"}, {90, "优秀"}, {89.99, "良好"}, {80, "良好"}, {79.5, "合格"},
                                          {60, "合格"}, {59.99, "不合格"}, {0, "不合格"}}) {
        CAPTURE(r.total);
        CHECK(ScoringEngine::gradeFor(s, r.total) == QString::fromUtf8(r.grade));
    }
    CHECK(ScoringEngine::score(s, {deduct("DOC1", 15)}).grade == QStringLiteral("良好"));
    CHECK(ScoringEngine::score(s, {fail("V2")}).grade == QStringLiteral("不合格"));
}

TEST_CASE("section subtotals and the three dimensions, with the default and a custom mapping")
{
    const ScoreCard card = ScoringEngine::score(sample(), {deduct("P1", 3), deduct("E1", 10), deduct("DOC1", 5)});
    REQUIRE(card.sections.size() == 3);
    CHECK(card.sections[0].id == QStringLiteral("A"));
    CHECK(card.sections[0].max == 0);
    CHECK(card.sections[1].score == 27);
    CHECK(card.sections[1].max == 30);
    CHECK(card.sections[2].score == 55);
    CHECK(card.sections[2].max == 70);
    // Default: evidence → legality, document → procedure.
    CHECK(card.dimension(Dimension::Procedure) == SubScore{7 + 35, 50});
    CHECK(card.dimension(Dimension::Discretion) == SubScore{20, 20});
    CHECK(card.dimension(Dimension::Legality) == SubScore{20, 30});

    ReviewStandard mapped = sample();
    mapped.evidenceDimension = Dimension::Procedure;
    mapped.documentDimension = Dimension::Legality;
    const ScoreCard other = ScoringEngine::score(mapped, {deduct("P1", 3), deduct("E1", 10), deduct("DOC1", 5)});
    CHECK(other.dimension(Dimension::Procedure) == SubScore{7 + 20, 40});
    CHECK(other.dimension(Dimension::Legality) == SubScore{35, 40});
    CHECK(other.total == card.total);

    const ScoreCard rescaled = ScoringEngine::score(sample(NaPolicy::Rescale), {na("DOC1")});
    CHECK(rescaled.dimension(Dimension::Procedure) == SubScore{10, 10});
    CHECK(rescaled.sections[2].max == 30);
}

TEST_CASE("answers that do not fit are named item by item")
{
    const ReviewStandard s = sample();
    struct Row {
        Answer answer;
        const char *expect;
    };
    const std::vector<Row> rows{
        {deduct("X9", 1), "item 'X9' is not in standard t version 1"},
        {deduct("P1", 11), "item P1: deduction 11 is more than the item's 10 points"},
        {deduct("P1", -1), "item P1: deduction -1 is negative"},
        {deduct("P1", 0), "item P1: verdict deduct needs a deduction above 0"},
        {deduct("V1", 1), "item V1 is a veto gate (一票否决): answer pass, na or fail, not deduct"},
        {fail("P1"), "item P1 is a scored item: answer pass, deduct or na; fail is only for veto gates"},
        {Answer{QStringLiteral("P1"), Verdict::Pass, 2, {}, {}}, "item P1: a deduction of 2 does not fit verdict pass"},
        {Answer{QStringLiteral("P1"), Verdict::Pass, 0, {}, {{0, std::nullopt, {}}}}, "item P1: evidence page 0 must be 1 or more"},
    };
    for (const Row &row : rows) {
        CAPTURE(row.expect);
        const QStringList problems = ScoringEngine::answerProblems(s, {row.answer});
        CHECK(problems.contains(QString::fromUtf8(row.expect)));
    }
    CHECK(ScoringEngine::answerProblems(s, {pass("P1"), pass("P1")}).contains(QStringLiteral("item P1 is answered more than once")));
    CHECK(ScoringEngine::answerProblems(s, {pass("V1"), fail("V2"), na("P1"), deduct("P1x", 1)}).size() == 1);
    CHECK(ScoringEngine::answerProblems(s, {deduct("DOC1", 40), na("E1"), fail("V1")}).isEmpty());
}

TEST_CASE("re-scoring under a newer version explains what changed")
{
    const ReviewStandard v1 = sample();
    ReviewStandard v2 = sample();
    v2.version = 2;
    v2.sections[1].items[0].points = 15;                  // P1 10 → 15
    v2.sections[2].items[1].points = 30;                  // DOC1 40 → 30
    v2.sections[2].items.push_back(item("N1", 5, ItemKind::Document));
    v2.sections[0].items.pop_back();                      // V2 removed
    v2.grades = {{QStringLiteral("优秀"), 95}, {QStringLiteral("合格"), 60}, {QStringLiteral("不合格"), 0}};

    const std::vector<Answer> answers{deduct("P1", 10), deduct("DOC1", 35), fail("V2")};
    const RescoreDiff d = RescoreDiff::compare(v1, v2, answers);
    CHECK(d.before.total == 0);
    CHECK(d.before.vetoHits == QStringList{QStringLiteral("V2")});
    CHECK(d.after.total == 100 - 10 - 30);
    CHECK(d.after.grade == QStringLiteral("合格"));
    CHECK(d.after.notes.contains(QStringLiteral("DOC1: deduction 35 capped at the item's 30 points")));
    CHECK(d.after.notes.contains(QStringLiteral("V2 is not an item of t v2; its answer was ignored")));
    const QStringList expected{
        QStringLiteral("t v1 → v2: total 0 → 60, grade 不合格 → 合格"),
        QStringLiteral("veto hit removed: V2"),
        QStringLiteral("grade bands 优秀≥90 合格≥60 不合格≥0 → 优秀≥95 合格≥60 不合格≥0"),
        QStringLiteral("V2: removed (was 0 points in section A; its answer no longer counts)"),
        QStringLiteral("P1: points 10 → 15 (item score 0 → 5)"),
        QStringLiteral("DOC1: points 40 → 30 (item score 5 → 0)"),
        QStringLiteral("N1: added to section C (5 points; unanswered, counted as pass)"),
    };
    CHECK(d.changes == expected);
}
