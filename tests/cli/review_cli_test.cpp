// SPDX-License-Identifier: GPL-3.0-or-later
// The review contract of casereview-cli: standards, review, score, reopen and audit verify.
#include "clirunner.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
using Run = CliResult;

class Store {
public:
    Store()
    {
        path = dir.filePath(QStringLiteral("s.crstore"));
        Database db(path);
        NewCase c;
        c.fileName = QStringLiteral("案卷.pdf");
        c.sourcePath = QStringLiteral("/tmp/案卷.pdf");
        c.original = QByteArray("%PDF-1.4 review test");
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        c.pageTexts = {QStringLiteral("立案审批表"), QStringLiteral("调查询问笔录"), QStringLiteral("行政处罚决定书")};
        CaseRepository(db).add(c);
    }
    Run cli(QStringList args) const { return CliRunner::onStore(path, std::move(args)); }
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return file;
    }
    qint64 count(const char *sql) const
    {
        Database db(path);
        Statement st = db.prepare(sql);
        st.step();
        return st.int64(0);
    }

    QTemporaryDir dir;
    QString path;
};

const QByteArray kGoodAnswers = R"([
  {"item":"P-A01","verdict":"pass"},
  {"item":"P-A09","verdict":"na","note":"当事人书面放弃"},
  {"item":"P-B01","verdict":"deduct","deduction":2,"note":"立案审批表无负责人签字","evidence":[{"page":1,"quote":"立案审批表"}]},
  {"item":"P-C01","verdict":"deduct","deduction":0.5,"evidence":[{"page":2,"quote":"调查询问笔录","rect":[72,100,200,40]}]}
])";
} // namespace

TEST_CASE("standards list, export and import keep versions")
{
    Store s;
    const Run list = s.cli({QStringLiteral("standards"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const QJsonArray arr = list.json().array();
    REQUIRE(arr.size() == 4);
    QJsonObject penalty;
    for (const QJsonValue &v : arr)
        if (v[QStringLiteral("id")].toString() == QStringLiteral("penalty-general"))
            penalty = v.toObject();
    CHECK(penalty.value(QStringLiteral("version")).toInt() == 1);
    CHECK(penalty.value(QStringLiteral("name")).toString() == QStringLiteral("行政处罚（普通程序）案卷评查表"));
    CHECK(penalty.value(QStringLiteral("items")).toInt() == 50);
    CHECK(penalty.value(QStringLiteral("total_points")).toDouble() == 100);

    const QString v1 = s.dir.filePath(QStringLiteral("v1.json"));
    REQUIRE(s.cli({QStringLiteral("standards"), QStringLiteral("export"), QStringLiteral("permit"), QStringLiteral("--out"), v1}).code == 0);
    QFile f(v1);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(doc.value(QStringLiteral("version")).toInt() == 1);
    doc.insert(QStringLiteral("na_policy"), QStringLiteral("rescale"));
    const QString edited = s.write(QStringLiteral("v2.json"), QJsonDocument(doc).toJson());
    const Run imported = s.cli({QStringLiteral("standards"), QStringLiteral("import"), edited, QStringLiteral("--by"), QStringLiteral("王五")});
    CHECK(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("imported permit as version 2")));
    CHECK(s.cli({QStringLiteral("standards"), QStringLiteral("import"), edited}).out.contains(QStringLiteral("unchanged")));

    const QString back = s.dir.filePath(QStringLiteral("back.json"));
    REQUIRE(s.cli({QStringLiteral("standards"), QStringLiteral("export"), QStringLiteral("permit"), QStringLiteral("--version"),
                   QStringLiteral("1"), QStringLiteral("--out"), back}).code == 0);
    QFile b(back);
    REQUIRE(b.open(QIODevice::ReadOnly));
    f.seek(0);
    CHECK(b.readAll() == f.readAll());

    const QString broken = s.write(QStringLiteral("broken.json"), R"({"id":"x","name_zh":"坏","sections":[{"id":"S","title_zh":"节","items":[{"id":"I","title_zh":"项","points":50,"kind":"procedure"}]}]})");
    const Run bad = s.cli({QStringLiteral("standards"), QStringLiteral("import"), broken});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("the items add up to 50 points but total_points is 100")));
    CHECK(s.cli({QStringLiteral("standards"), QStringLiteral("export"), QStringLiteral("permit")}).code == 2);
}

TEST_CASE("review refuses answers that do not fit and writes nothing")
{
    Store s;
    REQUIRE(s.cli({QStringLiteral("standards"), QStringLiteral("list")}).code == 0);
    const qint64 auditBefore = s.count("SELECT count(*) FROM audit_log");
    const std::vector<std::pair<QByteArray, QString>> rows{
        {R"([{"item":"P-B01","verdict":"pass"},{"item":"NOPE","verdict":"pass"}])", QStringLiteral("item 'NOPE' is not in standard penalty-general version 1")},
        {R"([{"item":"P-B01","verdict":"deduct","deduction":5}])", QStringLiteral("item P-B01: deduction 5 is more than the item's 3 points")},
        {R"([{"item":"P-B01","verdict":"deduct","deduction":-1}])", QStringLiteral("item P-B01: deduction -1 is negative")},
        {R"([{"item":"P-B01","verdict":"fail"}])", QStringLiteral("item P-B01 is a scored item")},
        {R"([{"item":"P-A01","verdict":"deduct","deduction":1}])", QStringLiteral("item P-A01 is a veto gate")},
        {R"([{"item":"P-A01","verdict":"maybe"}])", QStringLiteral("answer 1 (item P-A01): verdict 'maybe' is not pass, deduct, na or fail")},
        {R"([{"item":"P-B01","verdict":"pass","evidence":[{"page":7}]}])", QStringLiteral("item P-B01: evidence page 7 is beyond the case's 3 pages")},
        {R"({"item":"P-B01"})", QStringLiteral("must be a JSON array")},
    };
    for (const auto &[answers, message] : rows) {
        CAPTURE(message.toStdString());
        const QString file = s.write(QStringLiteral("bad.json"), answers);
        const Run r = s.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                             QStringLiteral("--reviewer"), QStringLiteral("张三"), QStringLiteral("--answers"), file, QStringLiteral("--sign")});
        CAPTURE(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(message));
        CHECK(r.err.contains(QStringLiteral("nothing was written")));
    }
    CHECK(s.count("SELECT count(*) FROM reviews") == 0);
    CHECK(s.count("SELECT count(*) FROM review_answers") == 0);
    CHECK(s.count("SELECT count(*) FROM audit_log") == auditBefore);

    const QString good = s.write(QStringLiteral("good.json"), kGoodAnswers);
    CHECK(s.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("张三"),
                 QStringLiteral("--answers"), good}).code == 2);
    CHECK(s.cli({QStringLiteral("review"), QStringLiteral("9"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                 QStringLiteral("--reviewer"), QStringLiteral("张三"), QStringLiteral("--answers"), good}).code == 1);
    CHECK(s.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                 QStringLiteral("--version"), QStringLiteral("5"), QStringLiteral("--reviewer"), QStringLiteral("张三"),
                 QStringLiteral("--answers"), good}).code == 1);
}

TEST_CASE("review, score, sign, lock, reopen and audit verify")
{
    Store s;
    const QString good = s.write(QStringLiteral("good.json"), kGoodAnswers);
    const QStringList review{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                             QStringLiteral("--reviewer"), QStringLiteral("张三"), QStringLiteral("--answers"), good};
    const Run first = s.cli(review + QStringList{QStringLiteral("--submit"), QStringLiteral("--allow-incomplete"), QStringLiteral("--json")});
    REQUIRE(first.code == 0);
    CHECK(first.json()[QStringLiteral("status")].toString() == QStringLiteral("submitted"));
    CHECK(first.json()[QStringLiteral("answers_changed")].toInt() == 4);

    const Run score = s.cli({QStringLiteral("score"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(score.code == 0);
    const QJsonObject card = score.json().object();
    CHECK(card.value(QStringLiteral("standard")).toString() == QStringLiteral("penalty-general"));
    CHECK(card.value(QStringLiteral("version")).toInt() == 1);
    CHECK(card.value(QStringLiteral("total")).toDouble() == 97.5);
    CHECK(card.value(QStringLiteral("grade")).toString() == QStringLiteral("优秀"));
    CHECK(card.value(QStringLiteral("veto_hits")).toArray().isEmpty());
    const QJsonArray sections = card.value(QStringLiteral("sections")).toArray();
    REQUIRE(sections.size() == 9);
    CHECK(sections[1].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("B"));
    CHECK(sections[1].toObject().value(QStringLiteral("score")).toDouble() == 6);
    CHECK(sections[1].toObject().value(QStringLiteral("max")).toDouble() == 8);
    const QJsonObject dims = card.value(QStringLiteral("dimensions")).toObject();
    double dimMax = 0;
    for (const char *d : {"procedure", "discretion", "legality"}) {
        CAPTURE(d);
        REQUIRE(dims.value(QLatin1String(d)).isObject());
        dimMax += dims.value(QLatin1String(d))[QStringLiteral("max")].toDouble();
    }
    CHECK(dimMax == 100);

    const QString veto = s.write(QStringLiteral("veto.json"), R"([{"item":"P-A07","verdict":"fail","note":"超过追责时效"}])");
    REQUIRE(s.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                   QStringLiteral("--reviewer"), QStringLiteral("李四"), QStringLiteral("--answers"), veto, QStringLiteral("--sign"),
                   QStringLiteral("--allow-incomplete")}).code == 0);
    CHECK(s.cli({QStringLiteral("score"), QStringLiteral("1")}).code == 1);
    const QJsonObject vetoCard = s.cli({QStringLiteral("score"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("李四"),
                                        QStringLiteral("--json")}).json().object();
    CHECK(vetoCard.value(QStringLiteral("total")).toDouble() == 0);
    CHECK(vetoCard.value(QStringLiteral("grade")).toString() == QStringLiteral("不合格"));
    CHECK(vetoCard.value(QStringLiteral("veto_hits")).toArray() == QJsonArray{QStringLiteral("P-A07")});

    // Signed: locked until reopened.
    const QStringList lisi{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                           QStringLiteral("--reviewer"), QStringLiteral("李四"), QStringLiteral("--answers"), good};
    const qint64 answersBefore = s.count("SELECT count(*) FROM review_answers");
    const Run locked = s.cli(lisi);
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("is signed and locked; reopen it first")));
    CHECK(s.count("SELECT count(*) FROM review_answers") == answersBefore);
    CHECK(s.cli({QStringLiteral("reopen"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("李四"),
                 QStringLiteral("--by"), QStringLiteral("组长")}).code == 2);
    const Run reopened = s.cli({QStringLiteral("reopen"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("李四"),
                                QStringLiteral("--by"), QStringLiteral("组长"), QStringLiteral("--reason"), QStringLiteral("复核")});
    CHECK(reopened.code == 0);
    CHECK(s.cli(lisi).code == 0);

    const Run verify = s.cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    CHECK(verify.out.contains(QStringLiteral("audit log intact")));
    {
        Database db(s.path);
        db.exec("DROP TRIGGER audit_log_no_update");
        db.exec("UPDATE audit_log SET actor = '冒名' WHERE id = 6");
    }
    const Run broken = s.cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("the audit log is broken at row 6")));
    CHECK(s.cli({QStringLiteral("audit")}).code == 2);
}

TEST_CASE("submit or sign with unanswered items is refused whole unless --allow-incomplete")
{
    Store s;
    const QString good = s.write(QStringLiteral("good.json"), kGoodAnswers);
    const QStringList review{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                             QStringLiteral("--reviewer"), QStringLiteral("张三"), QStringLiteral("--answers"), good};
    REQUIRE(s.cli({QStringLiteral("standards"), QStringLiteral("list")}).code == 0);
    const qint64 auditBefore = s.count("SELECT count(*) FROM audit_log");

    // A new review: not even the answers are kept, so the store is as it was.
    const Run submit = s.cli(review + QStringList{QStringLiteral("--submit")});
    CHECK(submit.code == 1);
    CHECK(submit.err.contains(QStringLiteral("the review would be submitted with 46 of 50 items unanswered")));
    CHECK(submit.err.contains(QStringLiteral("(P-A02, P-A03,")));
    CHECK(submit.err.contains(QStringLiteral(" and 38 more)")));
    CHECK(submit.err.contains(QStringLiteral("nothing was written")));
    CHECK(submit.err.contains(QStringLiteral("--allow-incomplete")));
    CHECK(s.count("SELECT count(*) FROM reviews") == 0);
    CHECK(s.count("SELECT count(*) FROM review_answers") == 0);
    CHECK(s.count("SELECT count(*) FROM audit_log") == auditBefore);
    CHECK(s.cli(review + QStringList{QStringLiteral("--allow-incomplete")}).code == 2);

    // Saved as a draft, then a sign that also changes an answer: the change is rolled back with it.
    const Run draft = s.cli(review);
    REQUIRE(draft.code == 0);
    CHECK(draft.out.contains(QStringLiteral("status draft")));
    CHECK(draft.out.contains(QStringLiteral("(no grade yet); 46 items unanswered")));
    const qint64 auditDraft = s.count("SELECT count(*) FROM audit_log");
    const QString more = s.write(QStringLiteral("more.json"), R"([{"item":"P-B01","verdict":"pass"},{"item":"P-A02","verdict":"pass"}])");
    QStringList sign = review;
    sign[sign.indexOf(good)] = more;
    const Run refused = s.cli(sign + QStringList{QStringLiteral("--sign")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("review 1 (case 1, 张三) would be signed with 45 of 50 items unanswered")));
    CHECK(s.count("SELECT count(*) FROM review_answers") == 4);
    CHECK(s.count("SELECT count(*) FROM review_answers WHERE item_id = 'P-B01' AND verdict = 'deduct'") == 1);
    CHECK(s.count("SELECT count(*) FROM audit_log") == auditDraft);
    CHECK(s.count("SELECT count(*) FROM reviews WHERE status = 'draft'") == 1);

    const Run allowed = s.cli(sign + QStringList{QStringLiteral("--sign"), QStringLiteral("--allow-incomplete"), QStringLiteral("--json")});
    REQUIRE_MESSAGE(allowed.code == 0, allowed.err.toStdString());
    CHECK(allowed.json()[QStringLiteral("status")].toString() == QStringLiteral("signed"));
    CHECK(allowed.json()[QStringLiteral("unanswered")].toInt() == 45);
    Database db(s.path);
    const auto rows = AuditRepository(db).list(QStringLiteral("review"), QStringLiteral("1"));
    REQUIRE(rows.size() == 3);  // create, submit, sign
    CHECK(rows[2].action == QStringLiteral("sign"));
    CHECK(QJsonDocument::fromJson(rows[2].after.toUtf8())[QStringLiteral("unanswered")].toInt() == 45);
}

TEST_CASE("a complete review signs without --allow-incomplete")
{
    Store s;
    const QString standard = s.dir.filePath(QStringLiteral("std.json"));
    REQUIRE(s.cli({QStringLiteral("standards"), QStringLiteral("export"), QStringLiteral("penalty-general"), QStringLiteral("--out"), standard}).code == 0);
    QFile f(standard);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonArray all;
    for (const QJsonValue &sec : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("sections")).toArray())
        for (const QJsonValue &item : sec[QStringLiteral("items")].toArray())
            all.append(QJsonObject{{QStringLiteral("item"), item[QStringLiteral("id")]}, {QStringLiteral("verdict"), QStringLiteral("pass")}});
    REQUIRE(all.size() == 50);
    const QString file = s.write(QStringLiteral("all.json"), QJsonDocument(all).toJson());
    const QStringList review{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                             QStringLiteral("--reviewer"), QStringLiteral("张三"), QStringLiteral("--answers"), file};
    const Run submitted = s.cli(review + QStringList{QStringLiteral("--submit")});
    REQUIRE(submitted.code == 0);
    CHECK(submitted.out.contains(QStringLiteral("status submitted; total 100 (优秀, unsigned)")));
    CHECK(s.cli({QStringLiteral("score"), QStringLiteral("1")}).out.contains(QStringLiteral("grade 优秀, unsigned")));
    CHECK(s.cli({QStringLiteral("score"), QStringLiteral("1"), QStringLiteral("--json")}).json()[QStringLiteral("grade_standing")].toString() ==
          QStringLiteral("provisional"));
    // `cases` grades as the dashboard does: complete but unsigned is only provisional.
    CHECK(s.cli({QStringLiteral("cases")}).out.contains(QStringLiteral("\tsubmitted by 张三: 100 优秀 (unsigned)\t")));
    QJsonObject listed = s.cli({QStringLiteral("cases"), QStringLiteral("--json")}).json().array()[0][QStringLiteral("review")].toObject();
    CHECK(listed.value(QStringLiteral("grade_standing")).toString() == QStringLiteral("provisional"));
    CHECK(listed.value(QStringLiteral("grade")).isNull());
    CHECK(listed.value(QStringLiteral("provisional_grade")).toString() == QStringLiteral("优秀"));

    const Run r = s.cli(review + QStringList{QStringLiteral("--sign")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.out.contains(QStringLiteral("status signed; total 100 (优秀)")));
    CHECK(!r.out.contains(QStringLiteral("unanswered")));
    CHECK(s.cli({QStringLiteral("score"), QStringLiteral("1")}).out.contains(QStringLiteral("grade 优秀\n")));
    CHECK(s.cli({QStringLiteral("cases")}).out.contains(QStringLiteral("\tsigned by 张三: 100 优秀\t")));
    listed = s.cli({QStringLiteral("cases"), QStringLiteral("--json")}).json().array()[0][QStringLiteral("review")].toObject();
    CHECK(listed.value(QStringLiteral("grade_standing")).toString() == QStringLiteral("final"));
    CHECK(listed.value(QStringLiteral("grade")).toString() == QStringLiteral("优秀"));
    CHECK(listed.value(QStringLiteral("provisional_grade")).isNull());
}
