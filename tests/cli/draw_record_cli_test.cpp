// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign draw-record`: the printed 抽取记录 of a recorded draw carries its seed, population
// hash and drawn list, is recorded in the audit log as a report, and names the draw asked for;
// a campaign without a draw, an unknown draw or a bad --out is refused and nothing is written.
#include "campaignclistore.h"
#include "fixtures.h"
#include "storage/auditrepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <doctest/doctest.h>

using namespace casereview;

using CampaignCli::Run;
using CampaignCli::Store;

TEST_CASE("cli campaign draw-record prints the draw's record as PDF and records it as a report")
{
    Store s;
    const QString id = QString::number(s.create());
    REQUIRE(s.cli({"campaign", "population", id, "--catalogue", s.catalogue()}).code == 0);
    const QString out = s.dir.filePath(QStringLiteral("抽取记录.pdf"));
    Run r = s.cli({"campaign", "draw-record", id, "--out", out});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no draw")));
    CHECK_FALSE(QFileInfo::exists(out));

    r = s.cli({"campaign", "draw", id, "--seed", "公开抽签-1", "--ratio", "0.5", "--strata", "机关", "--must-include", "重大", "--witness",
               "赵见证", "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject draw = r.json().object();
    const QString sha = draw.value(QStringLiteral("population_sha256")).toString();
    REQUIRE(sha.size() == 64);

    r = s.cli({"campaign", "draw-record", id, "--out", out, "--json"});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.json().object().value(QStringLiteral("kind")).toString() == QLatin1String("draw_record"));
    int pages = 0;
    const QString text = Fixtures::pdfText(out, &pages).remove(u' ').remove(u'\n');
    CHECK(pages >= 1);
    CHECK(text.contains(QStringLiteral("抽取记录")));
    CHECK(text.contains(QStringLiteral("公开抽签-1")));
    CHECK(text.contains(sha.left(32))); // the hash may wrap; its first half is on one line
    CHECK(text.contains(QStringLiteral("丙罚1号"))); // must-include, flagged 重大
    CHECK(text.contains(QStringLiteral("必抽")));
    CHECK(text.contains(QStringLiteral("赵见证")));
    CHECK(text.contains(QStringLiteral("verify-draw%1--draw%2").arg(id).arg(draw.value(QStringLiteral("draw_id")).toInteger())));
    {
        Database db(s.path);
        CHECK(AuditRepository(db).list(QStringLiteral("report")).size() == 1);
    }

    CHECK(s.cli({"campaign", "draw-record", id, "--draw", "99", "--out", out}).code == 1);
    CHECK(s.cli({"campaign", "draw-record", id, "--out", s.dir.filePath(QStringLiteral("x.txt"))}).code == 2);
    CHECK(s.cli({"campaign", "draw-record", id}).code == 2);
}
