// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation (合议) and joint sign-off (联合署名) through casereview-cli: two assigned
// reviewers disagree blind; `campaign reconcile` is refused until both have submitted and
// refused with a reason missing (nothing written); the consensus sheet is made, signed by one
// (not final) and by both (final); `campaign status` counts it; `score --campaign` then gives
// the consensus with its grade final; a signed sheet, and the reviews it rests on, can no
// longer change.
#include "campaignclistore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <doctest/doctest.h>

using CampaignCli::Run;
using CampaignCli::Store;

namespace {
using CampaignCli::assigned;
using CampaignCli::File;
using CampaignCli::fullSheet;

QJsonObject status(const Store &s, const QString &campaign)
{
    const Run r = s.cli({"campaign", "status", campaign, "--json"});
    REQUIRE(r.code == 0);
    return r.json().object();
}
} // namespace

TEST_CASE("cli reconcile: blind reviews that disagree, a consensus sheet, joint sign-off and the final score")
{
    Store s;
    const File f = assigned(s);
    const QString deduct = s.write(QStringLiteral("d.json"), fullSheet(s, R"({"item":"P-B01","verdict":"deduct","deduction":2})"));
    const QString pass = s.write(QStringLiteral("p.json"), fullSheet(s, R"({"item":"P-B01","verdict":"pass"})"));
    const QString decided =
        s.write(QStringLiteral("c.json"), R"([{"item":"P-B01","verdict":"deduct","deduction":1,"reason":"审批表缺负责人签字"}])");
    const QString noReason = s.write(QStringLiteral("n.json"), R"([{"item":"P-B01","verdict":"deduct","deduction":1}])");
    const QStringList reconcile{"campaign", "reconcile", f.campaign, f.caseId, "--by", f.first, "--answers", decided, "--json"};

    REQUIRE(s.cli({"review", f.caseId, "--campaign", f.campaign, "--reviewer", f.first, "--answers", deduct, "--submit"}).code == 0);
    Run r = s.cli(reconcile);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("still under blind review (2 assigned, 1 submitted)")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    r = s.cli({"campaign", "disputes", f.campaign, f.caseId});
    CHECK(r.code == 1);
    CHECK_FALSE(r.out.contains(QStringLiteral("deduct")));
    REQUIRE(s.cli({"review", f.caseId, "--campaign", f.campaign, "--reviewer", f.second, "--answers", pass, "--submit"}).code == 0);

    // The disputed items, both answers side by side.
    r = s.cli({"campaign", "disputes", f.campaign, f.caseId, "--json"});
    REQUIRE(r.code == 0);
    QJsonObject o = r.json().object();
    CHECK(o.value(QStringLiteral("disputed_items")).toArray() == QJsonArray{QStringLiteral("P-B01")});
    const QJsonArray side = o.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("answers")).toArray();
    REQUIRE(side.size() == 2);
    CHECK(side[0].toObject().value(QStringLiteral("reviewer")).toString() == f.first);
    CHECK(side[0].toObject().value(QStringLiteral("deduction")).toInt() == 2);
    CHECK(side[1].toObject().value(QStringLiteral("verdict")).toString() == QLatin1String("pass"));
    CHECK(o.value(QStringLiteral("consensus")).isNull());

    // A disputed item decided without a reason: refused, the item named, nothing written.
    r = s.cli({"campaign", "reconcile", f.campaign, f.caseId, "--by", f.first, "--answers", noReason});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("item P-B01 is disputed")));
    CHECK(r.err.contains(QStringLiteral("needs a \"reason\"")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    CHECK(status(s, f.campaign).value(QStringLiteral("reconciled")).toInt() == 0);
    // Someone neither assigned nor the organiser may not reconcile.
    r = s.cli({"campaign", "reconcile", f.campaign, f.caseId, "--by", "赵", "--answers", decided});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("赵 may not reconcile case ") + f.caseId));
    CHECK(s.cli({"campaign", "reconcile", f.campaign, f.caseId, "--answers", decided}).code == 2); // no --by

    r = s.cli(reconcile);
    REQUIRE(r.code == 0);
    o = r.json().object();
    CHECK(o.value(QStringLiteral("status")).toString() == QLatin1String("draft"));
    CHECK(o.value(QStringLiteral("grade_standing")).toString() == QLatin1String("provisional"));
    CHECK(o.value(QStringLiteral("reconciler")).toString() == f.first);
    CHECK(o.value(QStringLiteral("total")).toDouble() == doctest::Approx(o.value(QStringLiteral("max_total")).toDouble() - 1));
    CHECK(o.value(QStringLiteral("disputed_items")).toArray() == QJsonArray{QStringLiteral("P-B01")});
    for (const QJsonValue &item : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = item.toObject();
        const bool b01 = i.value(QStringLiteral("item")).toString() == QLatin1String("P-B01");
        CHECK(i.value(QStringLiteral("disputed")).toBool() == b01);
        CHECK(i.value(QStringLiteral("reason")).toString() == (b01 ? QStringLiteral("审批表缺负责人签字") : QString()));
    }
    CHECK(o.value(QStringLiteral("awaiting")).toArray().size() == 2);
    CHECK(o.value(QStringLiteral("originals")).toArray().size() == 2);
    QJsonObject st = status(s, f.campaign);
    CHECK(st.value(QStringLiteral("reconciled")).toInt() == 1);
    CHECK(st.value(QStringLiteral("signed")).toInt() == 0);

    // One signature: not final; the same reviewer cannot sign twice; the score stays as it was.
    r = s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", f.first, "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("status")).toString() == QLatin1String("draft"));
    CHECK(r.json().object().value(QStringLiteral("awaiting")).toArray() == QJsonArray{f.second});
    r = s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", f.first});
    CHECK(r.code == 1);
    CHECK(r.err.contains(f.first + QStringLiteral(" signed the consensus sheet of case ") + f.caseId + QStringLiteral(" in campaign ") +
                         f.campaign + QStringLiteral(" already")));
    r = s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", "赵"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("赵 is not assigned case ")));
    CHECK(s.cli({"score", f.caseId, "--campaign", f.campaign, "--json"}).code == 1); // two reviews, none chosen: as before
    CHECK(status(s, f.campaign).value(QStringLiteral("signed")).toInt() == 0);

    // Both signatures: final, the file's result.
    r = s.cli({"campaign", "sign", f.campaign, f.caseId, "--reviewer", f.second});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("; final")));
    st = status(s, f.campaign);
    CHECK(st.value(QStringLiteral("reconciled")).toInt() == 1);
    CHECK(st.value(QStringLiteral("signed")).toInt() == 1);
    r = s.cli({"score", f.caseId, "--campaign", f.campaign, "--json"});
    REQUIRE(r.code == 0);
    o = r.json().object();
    CHECK(o.value(QStringLiteral("grade_standing")).toString() == QLatin1String("final"));
    CHECK(o.value(QStringLiteral("source")).toString() == QLatin1String("consensus"));
    CHECK(o.value(QStringLiteral("status")).toString() == QLatin1String("final"));
    CHECK(o.value(QStringLiteral("signatures")).toArray().size() == 2);
    CHECK_FALSE(o.value(QStringLiteral("grade")).toString().isEmpty());
    // Each reviewer's own sheet is unchanged beside it.
    r = s.cli({"score", f.caseId, "--campaign", f.campaign, "--reviewer", f.first, "--json"});
    REQUIRE(r.code == 0);
    CHECK(r.json().object().value(QStringLiteral("total")).toDouble() ==
          doctest::Approx(o.value(QStringLiteral("max_total")).toDouble() - 2));

    // A signed sheet can no longer change.
    r = s.cli(reconcile);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("can no longer change")));
    // Nor can the reviews it rests on.
    r = s.cli({"reopen", f.caseId, "--reviewer", f.second, "--by", f.second, "--reason", "改"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("the signed consensus sheet of campaign ") + f.campaign));
    CHECK(s.cli({"audit", "verify"}).code == 0);
}

TEST_CASE("cli reconcile: usage errors and a file the campaign does not assign")
{
    Store s;
    const File f = assigned(s);
    const QString decided = s.write(QStringLiteral("c.json"), R"([{"item":"P-B01","verdict":"pass","reason":"有"}])");
    CHECK(s.cli({"campaign", "reconcile", f.campaign, "--by", "王", "--answers", decided}).code == 2); // no CASE_ID
    CHECK(s.cli({"campaign", "sign", f.campaign, "x", "--reviewer", "王"}).code == 2);
    CHECK(s.cli({"campaign", "sign", f.campaign, f.caseId}).code == 2); // no --reviewer
    const QString bad = s.write(QStringLiteral("b.json"), R"([{"item":"P-B01","verdict":"pass","reason":3}])");
    Run r = s.cli({"campaign", "reconcile", f.campaign, f.caseId, "--by", "王", "--answers", bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("answer 1 (item P-B01): reason must be text")));
    r = s.cli({"campaign", "reconcile", "99", f.caseId, "--by", "王", "--answers", decided});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("there is no campaign 99")));
    r = s.cli({"campaign", "sign", f.campaign, "999", "--reviewer", "王"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("case 999 is not a file campaign")));
    CHECK_FALSE(r.err.contains(QStringLiteral("SQL")));
}
