// SPDX-License-Identifier: GPL-3.0-or-later
// casereview-cli corrections: rectify withdraw, rectify update --supersede-attachment and
// list/export --include-withdrawn, with their refusals and exit codes.
#include "fixtures.h"
#include "rectifyclistore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <doctest/doctest.h>

using namespace casereview;

using RectifyCli::Run;
using RectifyCli::s;
using RectifyCli::Store;
using RectifyCli::words;

TEST_CASE("rectify withdraw takes an item out of list and export and rectify create can make it again")
{
    Store st;
    const Run created = st.cli(words("rectify create --json --from-review") << s(st.reviewB));
    REQUIRE(created.code == 0);
    REQUIRE(created.json().array().size() == 2);
    const QString problem = created.json()[0][QStringLiteral("problem")].toString();

    const Run w = st.cli(words("rectify withdraw 1 --reason 案卷选错，应为另一案 --by 王科长 --json"));
    CAPTURE(w.err.toStdString());
    REQUIRE(w.code == 0);
    CHECK(w.json()[QStringLiteral("status")].toString() == QStringLiteral("withdrawn"));
    CHECK(w.json()[QStringLiteral("status_zh")].toString() == QStringLiteral("已撤销"));
    CHECK(w.json()[QStringLiteral("color")].toString() == QStringLiteral("none"));
    CHECK_FALSE(w.json()[QStringLiteral("overdue")].toBool());
    CHECK(w.json()[QStringLiteral("withdrawal")][QStringLiteral("reason")].toString() == QStringLiteral("案卷选错，应为另一案"));
    CHECK(w.json()[QStringLiteral("withdrawal")][QStringLiteral("by")].toString() == QStringLiteral("王科长"));
    CHECK(w.json()[QStringLiteral("withdrawal")][QStringLiteral("from")].toString() == QStringLiteral("pending"));

    CHECK(st.cli(words("rectify list --json")).json().array().size() == 1);
    CHECK(st.cli(words("rectify list --json --include-withdrawn")).json().array().size() == 2);
    const Run only = st.cli(words("rectify list --json --status 已撤销"));
    REQUIRE(only.json().array().size() == 1);
    CHECK(only.json()[0][QStringLiteral("id")].toInteger() == 1);
    const Run text = st.cli(words("rectify list --include-withdrawn"));
    CHECK(text.out.contains(QStringLiteral("2 items: 0 red, 1 yellow, 0 green, 0 overdue, 1 withdrawn")));
    CHECK(text.out.contains(QStringLiteral("#1 [-] withdrawn (已撤销)")));

    const Run shown = st.cli(words("rectify show 1"));
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("WITHDRAWN")));
    CHECK(shown.out.contains(QStringLiteral("by 王科长 (was pending): 案卷选错，应为另一案")));
    const QJsonArray history = st.cli(words("rectify show 1 --json")).json()[QStringLiteral("history")].toArray();
    CHECK(history.last()[QStringLiteral("action")].toString() == QStringLiteral("withdraw"));
    CHECK(history.last()[QStringLiteral("actor")].toString() == QStringLiteral("王科长"));

    const QString csv = st.dir.filePath(QStringLiteral("l.csv"));
    CHECK(st.cli(words("rectify export --json --out") << csv).json()[QStringLiteral("rows")].toInt() == 1);
    CHECK(st.cli(words("rectify export --json --include-withdrawn --out") << csv).json()[QStringLiteral("rows")].toInt() == 2);

    // The problem is free again.
    const Run again = st.cli(words("rectify create --json --from-review") << s(st.reviewB));
    REQUIRE(again.code == 0);
    REQUIRE(again.json().array().size() == 1);
    CHECK(again.json()[0][QStringLiteral("problem")].toString() == problem);
    CHECK(again.json()[0][QStringLiteral("id")].toInteger() == 3);
    CHECK(st.cli(words("audit verify --json")).json()[QStringLiteral("intact")].toBool());
}

TEST_CASE("rectify withdraw and supersede refuse bad input with specific errors and change nothing")
{
    Store st;
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewB)).code == 0);
    const QString report = st.file(QStringLiteral("wrong.pdf"), Fixtures::pdf({QStringLiteral("别的报告")}));
    const QString right = st.file(QStringLiteral("right.png"), Fixtures::pngBytes());
    REQUIRE(st.cli(words("rectify update 2 --status reported --by 督查员 --attach") << report).code == 0);
    REQUIRE(st.cli(words("rectify update 2 --status closed --note 复查属实 --by 督查员")).code == 0);
    const qint64 audits = st.count("SELECT count(*) FROM audit_log");

    struct Refusal {
        QStringList args;
        int code;
        QString message;
    };
    const std::vector<Refusal> refused{
        {words("rectify withdraw 1 --by 王科长"), 2, QStringLiteral("rectify withdraw needs --reason TEXT")},
        {words("rectify withdraw 1 --reason 重复"), 2, QStringLiteral("rectify withdraw needs --by NAME")},
        {QStringList{QStringLiteral("rectify"), QStringLiteral("withdraw"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("  "),
                     QStringLiteral("--by"), QStringLiteral("x")},
         2, QStringLiteral("needs --reason")},
        {words("rectify withdraw one --reason 重复 --by 王科长"), 2, QStringLiteral("ID must be a positive number")},
        {words("rectify withdraw 9 --reason 重复 --by 王科长"), 1, QStringLiteral("no rectification item 9")},
        {words("rectify withdraw 2 --reason 重复 --by 王科长"), 1, QStringLiteral("closed item records the agency's work")},
        {words("rectify update 1 --status withdrawn --note 重复"), 1, QStringLiteral("rectify withdraw ID --reason TEXT")},
        {words("rectify update 2 --supersede-attachment 1 --reason 传错 --by 王科长"), 1, QStringLiteral("its only evidence")},
        {words("rectify update 2 --supersede-attachment 7 --reason 传错 --by 王科长"), 1, QStringLiteral("item 2 has no attachment 7")},
        {words("rectify update 1 --supersede-attachment 1 --reason 传错 --by 王科长"), 1, QStringLiteral("item 1 has no attachment 1")},
        {words("rectify update 2 --supersede-attachment x --reason 传错 --by 王科长"), 2, QStringLiteral("takes an attachment ID")},
        {words("rectify update 2 --supersede-attachment 1 --by 王科长"), 2, QStringLiteral("--supersede-attachment needs --reason")},
        {words("rectify update 2 --supersede-attachment 1 --reason 传错 --by 王科长 --status failed"), 2, QStringLiteral("goes alone")},
    };
    for (const Refusal &r : refused) {
        CAPTURE(r.args.join(QLatin1Char(' ')).toStdString());
        const Run run = st.cli(r.args);
        CAPTURE(run.err.toStdString());
        CHECK(run.code == r.code);
        CHECK(run.err.contains(r.message));
    }
    CHECK(st.count("SELECT count(*) FROM audit_log") == audits);

    REQUIRE(st.cli(words("rectify withdraw 1 --reason 重复 --by 王科长")).code == 0);
    const Run twice = st.cli(words("rectify withdraw 1 --reason 再次 --by 王科长"));
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("item 1 was withdrawn on")));
    CHECK(twice.err.contains(QStringLiteral("a withdrawn item is final; nothing was changed")));
    CHECK(st.cli(words("rectify update 1 --status in_progress")).code == 1);

    // Replace the closed item's only report: the old one stays stored, struck from the evidence.
    const Run replaced = st.cli(words("rectify update 2 --supersede-attachment 1 --reason 传错了机关的报告 --by 王科长 --json --attach") << right);
    CAPTURE(replaced.err.toStdString());
    REQUIRE(replaced.code == 0);
    CHECK(replaced.json()[QStringLiteral("superseded")][QStringLiteral("reason")].toString() == QStringLiteral("传错了机关的报告"));
    CHECK(replaced.json()[QStringLiteral("superseded")][QStringLiteral("replaced_by")].toInteger() == 2);
    const QJsonObject shown = st.cli(words("rectify show 2 --json")).json().object();
    CHECK(shown[QStringLiteral("attachments")].toInt() == 1);
    CHECK(shown[QStringLiteral("superseded_attachments")].toInt() == 1);
    const QJsonArray list = shown[QStringLiteral("attachment_list")].toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0][QStringLiteral("superseded")][QStringLiteral("by")].toString() == QStringLiteral("王科长"));
    CHECK(list[1][QStringLiteral("superseded")].isNull());
    CHECK(st.cli(words("rectify show 2")).out.contains(QStringLiteral("wrong.pdf (application/pdf, ")));
    CHECK(st.cli(words("rectify show 2")).out.contains(QStringLiteral("SUPERSEDED")));
    const Run again = st.cli(words("rectify update 2 --supersede-attachment 1 --reason 又错 --by 王科长"));
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("attachment 1 (wrong.pdf) was already superseded")));
    CHECK(st.count("SELECT count(*) FROM rectification_attachments") == 2);
    CHECK(st.cli(words("audit verify --json")).json()[QStringLiteral("intact")].toBool());
}
