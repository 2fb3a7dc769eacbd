// SPDX-License-Identifier: GPL-3.0-or-later
// The report contract of casereview-cli: report, report-batch, notice and export on a store
// with one imported dossier, its review (draft, then signed) and the errors for bad input.
#include "clirunner.h"
#include "fixtures.h"
#include "import/pdfreader.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "zipentries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class Store {
public:
    Store()
    {
        path = dir.filePath(QStringLiteral("s.crstore"));
        const QString pdf = dir.filePath(QStringLiteral("案卷.pdf"));
        Fixtures::writeFile(pdf, Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕11号"))));
        REQUIRE(cli({QStringLiteral("import"), pdf, QStringLiteral("--no-ocr"), QStringLiteral("--no-progress")}).code == 0);
    }
    Run cli(QStringList args) const
    {
        const CliResult r = CliRunner::onStore(path, std::move(args));
        return {r.code, r.out, r.err};
    }
    // Every item of penalty-general answered: P-B01 and P-G04 deducted with evidence.
    void review(bool sign) const
    {
        const QString standard = dir.filePath(QStringLiteral("std.json"));
        REQUIRE(cli({QStringLiteral("standards"), QStringLiteral("export"), QStringLiteral("penalty-general"), QStringLiteral("--out"), standard}).code == 0);
        QJsonArray answers;
        for (const QJsonValue &sec : QJsonDocument::fromJson(Fixtures::readFile(standard)).object().value(QStringLiteral("sections")).toArray())
            for (const QJsonValue &item : sec[QStringLiteral("items")].toArray()) {
                const QString id = item[QStringLiteral("id")].toString();
                QJsonObject a{{QStringLiteral("item"), id}, {QStringLiteral("verdict"), QStringLiteral("pass")}};
                if (id == QLatin1String("P-B01"))
                    a = QJsonObject{{QStringLiteral("item"), id}, {QStringLiteral("verdict"), QStringLiteral("deduct")},
                                    {QStringLiteral("deduction"), 2}, {QStringLiteral("note"), QStringLiteral("立案审批表无负责人签字")},
                                    {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("page"), 1},
                                                                                        {QStringLiteral("quote"), QStringLiteral("立案审批表")},
                                                                                        {QStringLiteral("rect"), QJsonArray{40, 40, 300, 40}}}}}};
                if (id == QLatin1String("P-G04"))
                    a = QJsonObject{{QStringLiteral("item"), id}, {QStringLiteral("verdict"), QStringLiteral("deduct")},
                                    {QStringLiteral("deduction"), 1}, {QStringLiteral("note"), QStringLiteral("送达回证无受送达人签名")},
                                    {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("page"), 5}}}}};
                answers.append(a);
            }
        const QString file = dir.filePath(QStringLiteral("answers.json"));
        Fixtures::writeFile(file, QJsonDocument(answers).toJson());
        QStringList args{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                         QStringLiteral("--reviewer"), QStringLiteral("王评查"), QStringLiteral("--answers"), file};
        if (sign)
            args << QStringLiteral("--sign");
        const Run r = cli(args);
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_CASE("report writes the signed review opinion and records it in the audit log")
{
    Store s;
    s.review(true);
    const QString out = s.file(QStringLiteral("opinion.pdf"));
    const Run r = s.cli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--bureau"),
                         QStringLiteral("郑州市司法局"), QStringLiteral("--json")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonObject o = r.json();
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("review_opinion"));
    CHECK(o.value(QStringLiteral("status_mark")).toString().isEmpty());
    const QString fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    CHECK(fingerprint.size() == 64);
    int pages = 0;
    const QString text = Fixtures::pdfText(out, &pages);
    CHECK(pages == o.value(QStringLiteral("pages")).toInt());
    CHECK(text.contains(QStringLiteral("郑州市司法局")));
    CHECK(text.contains(QStringLiteral("郑市监罚〔2025〕11号")));
    CHECK(text.contains(QStringLiteral("立案审批表无负责人签字")));
    CHECK(text.contains(QStringLiteral("总分：97分（满分100分）评定等级：优秀")));
    CHECK(text.contains(QStringLiteral("第1页共%1页").arg(pages)));
    CHECK(text.contains(QStringLiteral("附件：扣分依据页面")));
    CHECK(text.contains(fingerprint.left(4) + u'-' + fingerprint.mid(4, 4)));

    Database db(s.path);
    const auto rows = AuditRepository(db).list(QStringLiteral("report"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entityId == fingerprint);
    CHECK(rows[0].action == QStringLiteral("issue"));
    const QJsonObject after = QJsonDocument::fromJson(rows[0].after.toUtf8()).object();
    CHECK(after.value(QStringLiteral("kind")).toString() == QStringLiteral("review_opinion"));
    CHECK(after.value(QStringLiteral("case_ids")).toArray() == QJsonArray{1});
    CHECK(after.value(QStringLiteral("output")).toString().endsWith(QStringLiteral("opinion.pdf")));
    CHECK(AuditRepository(db).verify().intact);

    // A second reviewer's review: the report must say whose it prints.
    const QString answers = s.file(QStringLiteral("answers.json"));
    REQUIRE(s.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("penalty-general"),
                   QStringLiteral("--reviewer"), QStringLiteral("李复核"), QStringLiteral("--answers"), answers}).code == 0);
    const Run ambiguous = s.cli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), out});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("case 1 has reviews by")));
    CHECK(ambiguous.err.contains(QStringLiteral("choose one with --reviewer")));
    const Run chosen = s.cli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--reviewer"),
                              QStringLiteral("李复核")});
    CHECK(chosen.code == 0);
    CHECK(chosen.out.contains(QStringLiteral("marked 草稿")));
    CHECK(s.cli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--reviewer"),
                 QStringLiteral("无此人")}).err.contains(QStringLiteral("case 1 has no review by 无此人")));
}

TEST_CASE("report of a draft review is marked and notice refuses an agency without signed problems")
{
    Store s;
    s.review(false);
    const QString out = s.file(QStringLiteral("draft.pdf"));
    const Run r = s.cli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), out});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("marked 草稿")));
    int pages = 0;
    const QString text = Fixtures::pdfText(out, &pages);
    CHECK(text.count(QStringLiteral("【草稿】")) == pages);
    CHECK(!text.contains(QStringLiteral("评定等级：优秀")));
    CHECK(text.contains(QStringLiteral("××司法局")));

    const Run n = s.cli({QStringLiteral("notice"), QStringLiteral("--agency"), QStringLiteral("郑州市市场监督管理局"), QStringLiteral("--out"),
                         s.file(QStringLiteral("n.pdf"))});
    CHECK(n.code == 1);
    CHECK(n.err.contains(QStringLiteral("has no problems to rectify")));
    CHECK(n.err.contains(QRegularExpression(QStringLiteral("among its [0-9]+ case")))); // the count, typed
    CHECK(!QFile::exists(s.file(QStringLiteral("n.pdf"))));
}

TEST_CASE("report-batch and notice write the campaign report and the rectification notice")
{
    Store s;
    s.review(true);
    const QString batch = s.file(QStringLiteral("batch.pdf"));
    const Run b = s.cli({QStringLiteral("report-batch"), QStringLiteral("--all"), QStringLiteral("--out"), batch});
    REQUIRE_MESSAGE(b.code == 0, b.err.toStdString());
    int pages = 0;
    QString text = Fixtures::pdfText(batch, &pages);
    CHECK(pages >= 3);
    CHECK(text.contains(QStringLiteral("行政执法案卷评查报告")));
    CHECK(text.contains(QStringLiteral("三、主要问题分析")));
    CHECK(text.contains(QStringLiteral("附表：案卷评查结果一览")));

    const QString notice = s.file(QStringLiteral("notice.pdf"));
    const Run n = s.cli({QStringLiteral("notice"), QStringLiteral("--agency"), QStringLiteral("郑州市市场监督管理局"), QStringLiteral("--out"),
                         notice, QStringLiteral("--deadline"), QStringLiteral("2025-09-30"), QStringLiteral("--bureau"), QStringLiteral("郑州市司法局")});
    REQUIRE_MESSAGE(n.code == 0, n.err.toStdString());
    text = Fixtures::pdfText(notice, &pages);
    CHECK(text.contains(QStringLiteral("行政执法案卷评查整改通知书")));
    CHECK(text.contains(QStringLiteral("送达回证无受送达人签名")));
    CHECK(text.contains(QStringLiteral("请于2025年9月30日前完成整改")));
    CHECK(text.contains(QStringLiteral("报送郑州市司法局")));

    // Once rectification items are tracked, the notice names them and takes their deadline.
    const Run c = s.cli({QStringLiteral("rectify"), QStringLiteral("create"), QStringLiteral("--case"), QStringLiteral("1"),
                         QStringLiteral("--deadline"), QStringLiteral("2025-11-15")});
    REQUIRE_MESSAGE(c.code == 0, c.err.toStdString());
    const Run tracked = s.cli({QStringLiteral("notice"), QStringLiteral("--agency"), QStringLiteral("郑州市市场监督管理局"),
                               QStringLiteral("--out"), notice});
    REQUIRE_MESSAGE(tracked.code == 0, tracked.err.toStdString());
    CHECK(tracked.out.contains(QStringLiteral("from the agency's open rectification items")));
    text = Fixtures::pdfText(notice, &pages);
    CHECK(text.contains(QStringLiteral("请于2025年11月15日前完成整改")));
    CHECK(text.contains(QStringLiteral("送达回证无受送达人签名")));
}

TEST_CASE("report commands reject bad input with usage or failure codes")
{
    Store s;
    const QString out = s.file(QStringLiteral("x.pdf"));
    struct Row { QStringList args; int code; const char *message; };
    const Row rows[] = {
        {{"report", "1"}, 2, "--out FILE.pdf is required"},
        {{"report", "1", "--out", s.file("x.txt")}, 2, "--out must name a .pdf file"},
        {{"report", "abc", "--out", out}, 2, "CASE_ID must be a positive number"},
        {{"report", "1", "2", "--out", out}, 2, "exactly one CASE_ID"},
        {{"report", "99", "--out", out}, 1, "no case 99"},
        {{"report", "1", "--out", out}, 1, "case 1 has no review yet"},
        {{"report-batch", "--out", out}, 2, "report-batch needs CASE_IDs or --all"},
        {{"report-batch", "1", "--all", "--out", out}, 2, "give either CASE_IDs or --all"},
        {{"report-batch", "7", "--out", out}, 1, "no case 7"},
        {{"report-batch", "--all", "--out", out, "--deadline", "2025-13-01"}, 2, "--deadline must be a date"},
        {{"report-batch", "--all", "--out", s.file("no/such/dir/x.pdf")}, 1, "cannot write the report"},
        {{"notice", "--out", out}, 2, "--agency NAME is required"},
        {{"notice", "--agency", "某局", "--out", out}, 1, "no cases of agency '某局'"},
        {{"export", "--format", "ods", "--what", "cases", "--out", out}, 2, "unknown --format 'ods'"},
        {{"export", "--format", "csv", "--what", "people", "--out", out}, 2, "unknown --what 'people'"},
        {{"export", "--format", "csv", "--what", "cases"}, 2, "--out FILE is required"},
        {{"export", "--format", "xlsx", "--what", "cases", "--out", s.file("no/dir/x.xlsx")}, 1, "cannot write"},
    };
    for (const Row &row : rows) {
        CAPTURE(row.args.join(u' ').toStdString());
        const Run r = s.cli(row.args);
        CAPTURE(r.err.toStdString());
        CHECK(r.code == row.code);
        CHECK(r.err.contains(QString::fromUtf8(row.message)));
    }
    CHECK(!QFile::exists(out));
}

TEST_CASE("export writes cases as CSV and scores as typed XLSX")
{
    Store s;
    s.review(true);
    const QString csv = s.file(QStringLiteral("cases.csv"));
    REQUIRE(s.cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--what"),
                   QStringLiteral("cases"), QStringLiteral("--out"), csv}).code == 0);
    const QByteArray bytes = Fixtures::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("郑市监罚〔2025〕11号")));

    const QString xlsx = s.file(QStringLiteral("scores.xlsx"));
    const Run r = s.cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--what"),
                         QStringLiteral("scores"), QStringLiteral("--out"), xlsx, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("rows")).toInt() == 1);
    const QString sheet = QString::fromUtf8(ZipEntries::read(Fixtures::readFile(xlsx)).value(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("<c r=\"H2\" s=\"")));   // 总分 as a number
    CHECK(sheet.contains(QStringLiteral("<v>97</v>")));
    CHECK(sheet.contains(QStringLiteral("<v>0.97</v>")));          // 得分率 as a fraction with a percent format
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
}
