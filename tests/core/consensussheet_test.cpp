// SPDX-License-Identifier: GPL-3.0-or-later
// The consensus sheet (合议表) of one campaign file from two reviewers' answers and the
// reconciler's decisions: which items are disputed (veto gates first, items only one answered
// included), what the sheet takes for each item, and every problem named with its item.
#include "campaign/consensussheet.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
using Kind = ConsensusProblem::Kind;

// Two scored items, then a veto gate: the veto gate comes first among the disputed items
// although the standard lists it last.
ReviewStandard standard()
{
    auto item = [](const char *id, double points, bool veto = false) {
        StandardItem i;
        i.id = QString::fromLatin1(id);
        i.points = points;
        i.veto = veto;
        return i;
    };
    ReviewStandard s;
    s.id = QStringLiteral("t");
    s.version = 1;
    s.sections = {{QStringLiteral("A"), QStringLiteral("程序"), {}, {item("B1", 40), item("B2", 20), item("B3", 40)}},
                  {QStringLiteral("V"), QStringLiteral("否决"), {}, {item("V1", 0, true)}}};
    return s;
}

Answer pass(const char *id) { return {QString::fromLatin1(id), Verdict::Pass, 0, {}, {}}; }
Answer deduct(const char *id, double points) { return {QString::fromLatin1(id), Verdict::Deduct, points, {}, {}}; }
Answer fail(const char *id) { return {QString::fromLatin1(id), Verdict::Fail, 0, {}, {}}; }

FileReviews file(std::vector<Answer> wang, std::vector<Answer> li)
{
    FileReviews f{QStringLiteral("甲罚1号"), 1, {}};
    for (auto [name, answers] : {std::pair(QStringLiteral("王"), wang), std::pair(QStringLiteral("李"), li)}) {
        ReviewerScore r{name, 0, {}, {}};
        for (const Answer &a : answers)
            r.answers[a.itemId] = a;
        f.reviews.push_back(r);
    }
    return f;
}

ConsensusDecision decide(Answer a, const char *reason = "") { return {std::move(a), QString::fromUtf8(reason)}; }

const std::vector<Answer> kAllPass{pass("B1"), pass("B2"), pass("B3"), pass("V1")};

std::vector<Answer> allPassBut(std::vector<Answer> changed)
{
    std::vector<Answer> out = kAllPass;
    for (Answer &a : out)
        for (const Answer &c : changed)
            if (c.itemId == a.itemId)
                a = c;
    return out;
}
} // namespace

TEST_CASE("consensus sheet: disputed items and problems, each naming its item")
{
    struct Row {
        const char *name;
        FileReviews file;
        std::vector<ConsensusDecision> decisions;
        QStringList disputed;
        std::vector<std::pair<Kind, const char *>> problems; // kind and item, in order
    };
    const std::vector<Row> rows{
        {"every item agreed, nothing to decide", file(kAllPass, kAllPass), {}, {}, {}},
        {"a deduction against a pass needs a decision",
         file(allPassBut({deduct("B1", 5)}), kAllPass),
         {},
         {"B1"},
         {{Kind::MissingDecision, "B1"}}},
        {"two deductions of different size are disputed",
         file(allPassBut({deduct("B1", 5)}), allPassBut({deduct("B1", 3)})),
         {decide(deduct("B1", 4), "折中")},
         {"B1"},
         {}},
        {"the veto gate comes first",
         file(allPassBut({deduct("B3", 2), fail("V1")}), kAllPass),
         {decide(fail("V1"), "越权"), decide(pass("B3"), "有审批表")},
         {"V1", "B3"},
         {}},
        {"a disputed item's decision needs a reason",
         file(allPassBut({deduct("B1", 5)}), kAllPass),
         {decide(deduct("B1", 5), "  ")},
         {"B1"},
         {{Kind::MissingReason, "B1"}}},
        {"an item only one reviewer answered is disputed",
         file(kAllPass, {pass("B1"), pass("B2"), pass("V1")}),
         {},
         {"B3"},
         {{Kind::MissingDecision, "B3"}}},
        {"an unknown item", file(kAllPass, kAllPass), {decide(pass("X9"), "?")}, {}, {{Kind::UnknownItem, "X9"}}},
        {"a deduction above the item's points",
         file(allPassBut({deduct("B2", 5)}), kAllPass),
         {decide(deduct("B2", 25), "超扣")},
         {"B2"},
         {{Kind::InvalidAnswer, "B2"}}},
        {"deduct on a veto gate",
         file(allPassBut({fail("V1")}), kAllPass),
         {decide(deduct("V1", 1), "扣分")},
         {"V1"},
         {{Kind::InvalidAnswer, "V1"}}},
        {"changing what both answered is refused",
         file(kAllPass, kAllPass),
         {decide(deduct("B2", 2), "改")},
         {},
         {{Kind::ChangesAgreed, "B2"}}},
        {"repeating what both answered is fine", file(kAllPass, kAllPass), {decide(pass("B2"))}, {}, {}},
        {"an item decided twice",
         file(allPassBut({deduct("B1", 5)}), kAllPass),
         {decide(pass("B1"), "一"), decide(pass("B1"), "二")},
         {"B1"},
         {{Kind::Duplicate, "B1"}}},
        {"every problem at once, in the file's order, then the missing decisions",
         file(allPassBut({deduct("B1", 5), fail("V1")}), kAllPass),
         {decide(pass("X9"), "?"), decide(pass("B1"))},
         {"V1", "B1"},
         {{Kind::UnknownItem, "X9"}, {Kind::MissingReason, "B1"}, {Kind::MissingDecision, "V1"}}},
    };
    for (const Row &row : rows) {
        CAPTURE(row.name);
        CHECK(ConsensusSheet::disputedItems(row.file, standard()) == row.disputed);
        const ConsensusDraft d = ConsensusSheet::make(row.file, standard(), row.decisions);
        CHECK(d.disputed == row.disputed);
        std::vector<std::pair<Kind, QString>> got, want;
        for (const ConsensusProblem &p : d.problems) {
            got.emplace_back(p.kind, p.item);
            CHECK(p.message.contains(p.item));
        }
        for (const auto &[kind, item] : row.problems)
            want.emplace_back(kind, QString::fromLatin1(item));
        CHECK(got == want);
        CHECK(d.ok() == row.problems.empty());
        CHECK(d.items.empty() == !d.ok());
    }
}

TEST_CASE("consensus sheet: agreed items take the common answer, disputed ones the decision with its reason")
{
    Answer wangB1 = deduct("B1", 5);
    wangB1.evidence = {{3, std::nullopt, QStringLiteral("无审批")}};
    Answer liB2 = pass("B2");
    liB2.evidence = {{4, std::nullopt, {}}};
    Answer wangB2 = pass("B2");
    wangB2.evidence = {{4, std::nullopt, {}}, {5, std::nullopt, {}}};
    const FileReviews f = file({wangB1, wangB2, pass("V1")}, {pass("B1"), liB2, pass("V1")});
    const ConsensusDraft d = ConsensusSheet::make(f, standard(), {decide(deduct("B1", 3), " 审批表缺负责人签字 ")});
    REQUIRE(d.ok());
    CHECK(d.disputed == QStringList{QStringLiteral("B1")});
    REQUIRE(d.items.size() == 3); // B3 nobody answered: it stays open
    CHECK(d.items[0].answer == deduct("B1", 3));
    CHECK(d.items[0].disputed);
    CHECK(d.items[0].reason == QStringLiteral("审批表缺负责人签字"));
    CHECK(d.items[1].answer.itemId == QStringLiteral("B2"));
    CHECK_FALSE(d.items[1].disputed);
    CHECK(d.items[1].answer.evidence.size() == 2); // both reviewers' anchors, once each
    CHECK(d.items[2].answer == pass("V1"));
    CHECK(ConsensusSheet::answers(d.items).size() == 3);
    CHECK(ConsensusSheet::sideBySide(f, QStringLiteral("B1")) == QStringLiteral("王 deduct 5, 李 pass"));
    CHECK(ConsensusSheet::sideBySide(f, QStringLiteral("B3")) == QStringLiteral("王 —, 李 —"));

    // An item nobody answered may be answered by the reconciler, without a reason.
    const ConsensusDraft filled = ConsensusSheet::make(f, standard(), {decide(deduct("B1", 3), "签字"), decide(deduct("B3", 1))});
    REQUIRE(filled.ok());
    REQUIRE(filled.items.size() == 4);
    CHECK(filled.items[2].answer == deduct("B3", 1));
    CHECK_FALSE(filled.items[2].disputed);
}
