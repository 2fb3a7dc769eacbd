// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification contract of casereview-cli: rectify create, list, update, recheck, show.
#include "import/pdfreader.h"
#include "storage/database.h"

#include "fixtures.h"
#include "rectificationfixture.h"
#include "rectifyclistore.h"
#include "zipentries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

using RectifyCli::Run;
using RectifyCli::s;
using RectifyCli::Store;
using RectifyCli::words;

TEST_CASE("rectify create gives the issue's JSON and adds nothing the second time")
{
    Store st;
    const Run r = st.cli(words("rectify create --from-review") << s(st.reviewA) << QStringLiteral("--deadline") << QStringLiteral("2025-03-31")
                                                               << QStringLiteral("--by") << QStringLiteral("督查员") << QStringLiteral("--json"));
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray items = r.json().array();
    REQUIRE(items.size() == 4);  // P-B01 (+ accepted finding), P-C02, veto P-A03, accepted DECISION_OVERDUE
    for (const QJsonValue &v : items)
        for (const char *key : {"id", "case_id", "agency", "problem", "legal_basis", "pages", "deadline", "status", "overdue", "color"}) {
            CAPTURE(key);
            CHECK(v.toObject().contains(QString::fromLatin1(key)));
        }
    const QJsonObject first = items[0].toObject();
    CHECK(first[QStringLiteral("case_id")].toInteger() == st.caseA);
    CHECK(first[QStringLiteral("agency")].toString() == QStringLiteral("甲局"));
    CHECK(first[QStringLiteral("problem")].toString().endsWith(QStringLiteral("立案审批表无负责人签字")));
    CHECK(first[QStringLiteral("pages")].toArray() == QJsonArray{1});
    CHECK(first[QStringLiteral("deadline")].toString() == QStringLiteral("2025-03-31"));
    CHECK(first[QStringLiteral("status")].toString() == QStringLiteral("pending"));
    CHECK(first[QStringLiteral("overdue")].toBool());  // 2025-03-31 is long past
    CHECK(first[QStringLiteral("color")].toString() == QStringLiteral("red"));
    const QJsonObject veto = items[2].toObject();
    CHECK(veto[QStringLiteral("veto")].toBool());
    CHECK(veto[QStringLiteral("kind")].toString() == QStringLiteral("case"));

    const Run again = st.cli(words("rectify create --from-review") << s(st.reviewA) << QStringLiteral("--json"));
    CHECK(again.code == 0);
    CHECK(again.json().array().isEmpty());
    const Run text = st.cli(words("rectify create --case") << s(st.caseA) << QStringLiteral("--all-findings"));
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("created 1 item; 5 problems already tracked")));
    CHECK(st.count("SELECT count(*) FROM rectification_items") == 5);

    // The default deadline is 30 days from today.
    const Run fresh = st.cli(words("rectify create --case") << s(st.caseB) << QStringLiteral("--json"));
    REQUIRE(fresh.code == 0);
    CHECK(fresh.json().array()[0][QStringLiteral("deadline")].toString() ==
          QDate::currentDate().addDays(30).toString(Qt::ISODate));
    CHECK(fresh.json().array()[0][QStringLiteral("color")].toString() == QStringLiteral("yellow"));
    CHECK_FALSE(fresh.json().array()[0][QStringLiteral("overdue")].toBool());
}

TEST_CASE("rectify create and list refuse bad input with usage errors")
{
    Store st;
    const std::vector<std::pair<QStringList, QString>> usage{
        {words("rectify create"), QStringLiteral("needs --from-review REVIEW_ID or --case CASE_ID")},
        {words("rectify create --case x"), QStringLiteral("CASE_ID must be a positive number")},
        {words("rectify create --case 1 --deadline 31.03.2025"), QStringLiteral("--deadline must be a date YYYY-MM-DD")},
        {words("rectify create --case 1 --group city"), QStringLiteral("--group is problem or agency")},
        {words("rectify list --status done"), QStringLiteral("--status must be pending|in_progress|reported|closed|failed")},
        {words("rectify update 1"), QStringLiteral("needs --status S, --attach FILE or --contact/--deadline/--kind")},
        {words("rectify update"), QStringLiteral("rectify update needs one item ID")},
        {words("rectify recheck 1 --note x"), QStringLiteral("needs --result pass|fail")},
        {words("rectify recheck 1 --result pass"), QStringLiteral("needs --note TEXT")},
        {words("rectify frobnicate"), QStringLiteral("rectify needs create, list")},
        {words("rectify list --colour red"), QStringLiteral("unknown option --colour")},
    };
    for (const auto &[args, message] : usage) {
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        const Run r = st.cli(args);
        CAPTURE(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(message));
    }
    const Run missing = st.cli(words("rectify create --case 99"));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("no case 99 in the store")));
    CHECK(st.count("SELECT count(*) FROM rectification_items") == 0);
}

TEST_CASE("rectify list filters by agency status and overdue")
{
    Store st;
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewA) << QStringLiteral("--deadline") << QStringLiteral("2025-03-31")).code == 0);
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewB) << QStringLiteral("--deadline") << QStringLiteral("2999-12-31")).code == 0);
    auto ids = [&](QStringList args) {
        args << QStringLiteral("--json");
        const Run r = st.cli(words("rectify list") + args);
        CAPTURE(r.err.toStdString());
        REQUIRE(r.code == 0);
        QList<qint64> out;
        for (const QJsonValue &v : r.json().array())
            out << v[QStringLiteral("id")].toInteger();
        return out;
    };
    CHECK(ids({}).size() == 6);
    CHECK(ids({QStringLiteral("--agency"), QStringLiteral("乙局")}) == QList<qint64>{5, 6});
    CHECK(ids({QStringLiteral("--overdue")}) == QList<qint64>{1, 2, 3, 4});
    CHECK(ids({QStringLiteral("--agency"), QStringLiteral("乙局"), QStringLiteral("--overdue")}).isEmpty());
    REQUIRE(st.cli(words("rectify update 5 --status in_progress")).code == 0);
    CHECK(ids({QStringLiteral("--status"), QStringLiteral("整改中")}) == QList<qint64>{5});
    CHECK(ids({QStringLiteral("--status"), QStringLiteral("in-progress")}) == QList<qint64>{5});
    CHECK(ids({QStringLiteral("--status"), QStringLiteral("pending"), QStringLiteral("--agency"), QStringLiteral("乙局")}) == QList<qint64>{6});
    CHECK(ids({QStringLiteral("--case"), s(st.caseB)}) == QList<qint64>{5, 6});

    const Run text = st.cli(words("rectify list"));
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("6 items: 4 red, 2 yellow, 0 green, 4 overdue")));
    CHECK(text.out.indexOf(QStringLiteral("#1 [red]")) < text.out.indexOf(QStringLiteral("#6 [yellow]")));
}

TEST_CASE("rectify update and recheck follow the status machine and keep the audit chain intact")
{
    Store st;
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewB)).code == 0);
    const QString report = st.file(QStringLiteral("整改报告.pdf"), Fixtures::pdf({QStringLiteral("整改报告")}));
    const QString text = st.file(QStringLiteral("notes.pdf"), "plain notes, not a PDF\n");
    const qint64 auditBefore = st.count("SELECT count(*) FROM audit_log");

    const std::vector<std::pair<QStringList, QString>> refused{
        {words("rectify update 1 --status closed --note ok"), QStringLiteral("pending (待整改) → closed (复查通过) is not allowed; from pending the item can go to: in_progress, reported")},
        {words("rectify update 1 --status 待整改"), QStringLiteral("the item is already pending")},
        {words("rectify update 1 --status reported --attach") << text, QStringLiteral("the file is plain text; attach the agency's report or evidence as a PDF or an image")},
        {words("rectify recheck 1 --result pass --note ok"), QStringLiteral("only a reported item")},
        {words("rectify update 9 --status reported"), QStringLiteral("no rectification item 9")},
    };
    for (const auto &[args, message] : refused) {
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        const Run r = st.cli(args);
        CAPTURE(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(message));
        CHECK(r.err.contains(QStringLiteral("nothing was changed")));
    }
    CHECK(st.count("SELECT count(*) FROM audit_log") == auditBefore);
    CHECK(st.count("SELECT count(*) FROM rectification_attachments") == 0);

    CHECK(st.cli(words("rectify update 1 --status 整改中 --note 已下发通知")).code == 0);
    CHECK(st.cli(words("rectify update 1 --status reported")).code == 0);
    const Run noReport = st.cli(words("rectify recheck 1 --result pass --note 复查属实"));
    CHECK(noReport.code == 1);
    CHECK(noReport.err.contains(QStringLiteral("needs the agency's report or evidence")));
    const Run fail = st.cli(words("rectify recheck 1 --result fail --note 仍无签字 --recurred yes --json --link") << s(st.caseC));
    CAPTURE(fail.err.toStdString());
    CHECK(fail.code == 1);  // case C is of another agency (甲局)
    CHECK(fail.err.contains(QStringLiteral("not from 乙局")));
    const Run failed = st.cli(words("rectify recheck 1 --result fail --note 仍无签字 --json"));
    REQUIRE(failed.code == 0);
    CHECK(failed.json()[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(failed.json()[QStringLiteral("color")].toString() == QStringLiteral("red"));
    CHECK(st.cli(words("rectify update 1 --status in_progress")).code == 0);
    CHECK(st.cli(words("rectify update 1 --status reported --attach") << report).code == 0);
    const Run closed = st.cli(words("rectify update 1 --status closed --note 复查通过，已补正 --json"));
    REQUIRE(closed.code == 0);
    CHECK(closed.json()[QStringLiteral("status")].toString() == QStringLiteral("closed"));
    CHECK(closed.json()[QStringLiteral("color")].toString() == QStringLiteral("green"));

    const Run shown = st.cli(words("rectify show 1 --json"));
    REQUIRE(shown.code == 0);
    const QJsonObject o = shown.json().object();
    CHECK(o[QStringLiteral("attachment_list")].toArray().size() == 1);
    CHECK(o[QStringLiteral("attachment_list")][0][QStringLiteral("sha256")].toString().size() == 64);
    CHECK(o[QStringLiteral("recheck_list")].toArray().size() == 2);
    QStringList actions;
    for (const QJsonValue &h : o[QStringLiteral("history")].toArray())
        actions << h[QStringLiteral("action")].toString();
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("recheck"),
                                 QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("attach"), QStringLiteral("status"),
                                 QStringLiteral("recheck"), QStringLiteral("status")});
    const Run audit = st.cli(words("audit verify --json"));
    CHECK(audit.code == 0);
    CHECK(audit.json()[QStringLiteral("intact")].toBool());
}

TEST_CASE("rectify export writes the ledger as CSV XLSX and PDF")
{
    Store st;
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewA) << QStringLiteral("--deadline") << QStringLiteral("2025-03-31")).code == 0);
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewB) << QStringLiteral("--deadline") << QStringLiteral("2999-12-31")).code == 0);

    const QString csv = st.dir.filePath(QStringLiteral("台账.csv"));
    const Run c = st.cli(words("rectify export --format csv --json --out") << csv);
    REQUIRE_MESSAGE(c.code == 0, c.err.toStdString());
    CHECK(c.json()[QStringLiteral("rows")].toInt() == 6);
    const QByteArray bytes = Fixtures::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0].startsWith(QStringLiteral("编号,三色,状态,执法机关,联系人,案卷ID,案号,问题,法律依据")));
    CHECK(lines[1].startsWith(QStringLiteral("1,红,待整改,甲局,,1,A,")));
    CHECK(lines[1].contains(QStringLiteral("2025-03-31")));
    CHECK(lines[6].startsWith(QStringLiteral("6,黄,待整改,乙局")));

    // Filters as in list; the format can come from the suffix.
    const QString overdue = st.dir.filePath(QStringLiteral("overdue.xlsx"));
    const Run x = st.cli(words("rectify export --overdue --json --out") << overdue);
    REQUIRE_MESSAGE(x.code == 0, x.err.toStdString());
    CHECK(x.json()[QStringLiteral("rows")].toInt() == 4);
    const auto zip = ZipEntries::read(Fixtures::readFile(overdue));
    CHECK(QString::fromUtf8(zip.value(QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("整改台账")));
    CHECK(QString::fromUtf8(zip.value(QStringLiteral("xl/sharedStrings.xml"))).contains(QStringLiteral("立案审批表无负责人签字")));
    CHECK_FALSE(QString::fromUtf8(zip.value(QStringLiteral("xl/sharedStrings.xml"))).contains(QStringLiteral("乙局")));

    const QString pdf = st.dir.filePath(QStringLiteral("ledger.pdf"));
    const Run p = st.cli(words("rectify export --format pdf --bureau 郑州市司法局 --json --out") << pdf);
    REQUIRE_MESSAGE(p.code == 0, p.err.toStdString());
    CHECK(p.json()[QStringLiteral("kind")].toString() == QStringLiteral("rectification_ledger"));
    PdfReader reader = PdfReader::open(Fixtures::readFile(pdf));
    REQUIRE(reader.isOpen());
    QString text;
    for (int i = 0; i < reader.pageCount(); ++i)
        text += reader.pageText(i);
    text.remove(u' ');
    text.remove(u'\n');
    CHECK(text.contains(QStringLiteral("行政执法案卷评查整改台账")));
    CHECK(text.contains(QStringLiteral("整改事项共6项：红色4项、黄色2项、绿色0项；未销号6项，其中逾期4项")));
    CHECK(text.contains(QStringLiteral("甲局")));
    CHECK(text.contains(QStringLiteral("逾期")));
    CHECK(st.count("SELECT count(*) FROM audit_log WHERE action = 'issue'") >= 1);

    const Run bad = st.cli(words("rectify export --format doc --out x.doc"));
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--format must be csv, xlsx or pdf")));
    CHECK(st.cli(words("rectify export --format csv")).code == 2);
    const Run unwritable = st.cli(words("rectify export --format csv --out") << st.dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));
}

TEST_CASE("rectify update changes contact deadline and kind and a refused status change keeps them")
{
    Store st;
    REQUIRE(st.cli(words("rectify create --from-review") << s(st.reviewB) << QStringLiteral("--deadline") << QStringLiteral("2999-12-31")).code == 0);
    const Run r = st.cli(words("rectify update 1 --contact 王科长0371-6688 --deadline 2020-01-31 --kind 个案纠正 --json"));
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.json()[QStringLiteral("contact")].toString() == QStringLiteral("王科长0371-6688"));
    CHECK(r.json()[QStringLiteral("deadline")].toString() == QStringLiteral("2020-01-31"));
    CHECK(r.json()[QStringLiteral("kind")].toString() == QStringLiteral("case"));
    CHECK(r.json()[QStringLiteral("overdue")].toBool());
    CHECK(r.json()[QStringLiteral("color")].toString() == QStringLiteral("red"));

    const Run refused = st.cli(words("rectify update 1 --status closed --note x --contact 李四"));
    CHECK(refused.code == 1);
    const Run shown = st.cli(words("rectify show 1 --json"));
    CHECK(shown.json()[QStringLiteral("contact")].toString() == QStringLiteral("王科长0371-6688"));
    CHECK(shown.json()[QStringLiteral("history")].toArray().last()[QStringLiteral("action")].toString() == QStringLiteral("edit"));
    CHECK(st.cli(words("rectify update 1 --kind big")).code == 2);
    CHECK(st.cli(words("rectify update 1 --deadline tomorrow")).code == 2);
}

TEST_CASE("rectify create --group agency pools one problem of an agency's cases into one systemic item")
{
    Store st;
    {
        Database db(st.path);
        RectificationFixture::signedReview(db, st.caseC);
    }
    const Run r = st.cli(words("rectify create --group agency --json --case") << s(st.caseA) << QStringLiteral("--case") << s(st.caseC));
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonArray items = r.json().array();
    // P-B01 and P-C02 of both 甲局 cases pooled; case A's veto and accepted finding stay alone.
    REQUIRE(items.size() == 4);
    const QJsonObject pooled = items[0].toObject();
    CHECK(pooled[QStringLiteral("problem")].toString().endsWith(QStringLiteral("（2件案卷）")));
    CHECK(pooled[QStringLiteral("case_ids")].toArray() == QJsonArray{st.caseA, st.caseC});
    CHECK(pooled[QStringLiteral("kind")].toString() == QStringLiteral("systemic"));
    CHECK(pooled[QStringLiteral("sources")].toArray().size() == 3);  // two deductions and case A's accepted finding
    CHECK(st.cli(words("rectify create --group agency --json --case") << s(st.caseC)).json().array().isEmpty());
    const Run listed = st.cli(words("rectify list --json --case") << s(st.caseC));
    CHECK(listed.json().array().size() == 2);
}
