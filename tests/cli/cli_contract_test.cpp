// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI contract of the foundation: JSON shapes, exit codes, UTF-8 file names.
#include "clirunner.h"
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

namespace {
struct Env {
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("cli.crstore"));
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString p = dir.filePath(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        Fixtures::writeFile(p, bytes);
        return p;
    }
    CliResult cli(QStringList args) const { return CliRunner::run(QStringList{QStringLiteral("--store"), store} + args); }
};

QByteArray dossier(int n) { return Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕%1号").arg(n))); }

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}
} // namespace

TEST_CASE("import --json reports imported, duplicates and failed and exits 1 when any input failed")
{
    Env env;
    const QByteArray bytes = dossier(1);  // once: QPdfWriter stamps the time into each PDF
    const QString good = env.write(QStringLiteral("行政处罚 案卷 📄.pdf"), bytes);
    const QString copy = env.write(QStringLiteral("copy.pdf"), bytes);
    const QString bad = env.write(QStringLiteral("bad.pdf"), "plain text");

    const CliResult r = env.cli({QStringLiteral("import"), good, copy, bad, QStringLiteral("--json")});
    CHECK(r.code == 1);
    const QJsonObject root = r.json().object();
    REQUIRE(root.value("imported").toArray().size() == 1);
    const QJsonObject imported = root.value("imported").toArray()[0].toObject();
    CHECK(imported.value("pages").toInt() == 5);
    CHECK(imported.value("sha256").toString().size() == 64);
    const qint64 caseId = imported.value("case_id").toInteger();
    CHECK(caseId > 0);
    // The two identical files are read in parallel: whichever is hashed first is stored and
    // the other is reported as its duplicate.
    REQUIRE(root.value("duplicates").toArray().size() == 1);
    const QJsonObject dup = root.value("duplicates").toArray()[0].toObject();
    QStringList twins{imported.value("file").toString(), dup.value("file").toString()};
    twins.sort();
    QStringList expected{good, copy};
    expected.sort();
    CHECK(twins == expected);
    CHECK(dup.value("case_id").toInteger() == caseId);
    const QJsonObject failed = root.value("failed").toArray()[0].toObject();
    CHECK(failed.value("file").toString() == bad);
    CHECK(failed.value("error").toString() == QStringLiteral("not_pdf"));
    CHECK(failed.value("message").toString().contains(QStringLiteral("plain text")));

    const CliResult again = env.cli({QStringLiteral("import"), good, QStringLiteral("--json")});
    CHECK(again.code == 0);  // a duplicate is not a failure
    CHECK(again.json().object().value("duplicates").toArray().size() == 1);
}

TEST_CASE("cases and show --json follow the documented shapes with null for missing fields")
{
    Env env;
    env.cli({QStringLiteral("import"), env.write(QStringLiteral("a.pdf"), dossier(2))});
    const CliResult cases = env.cli({QStringLiteral("cases"), QStringLiteral("--json")});
    CHECK(cases.code == 0);
    const QJsonArray list = cases.json().array();
    REQUIRE(list.size() == 1);
    CHECK(keys(list[0].toObject()) == QStringList{"agency", "case_id", "case_no", "case_type", "decision_date", "file",
                                                  "fine_amount_yuan", "open_findings", "pages", "parties", "party_name", "party_uscc",
                                                  "review",
                                                  "uncertain_fields"});
    CHECK(list[0].toObject().value("uncertain_fields").toArray().isEmpty());  // a native text layer
    CHECK(list[0].toObject().value("review").isNull());
    const qint64 id = list[0].toObject().value("case_id").toInteger();

    const CliResult show = env.cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    CHECK(show.code == 0);
    const QJsonObject o = show.json().object();
    CHECK(o.value("case_id").toInteger() == id);
    CHECK(o.value("pages").toInt() == 5);
    CHECK(o.value("sha256").toString().size() == 64);
    CHECK(o.value("documents").isArray());
    CHECK(o.value("findings").isArray());  // as stored by the import
    const QJsonObject fields = o.value("fields").toObject();
    for (const char *k : {"case_no", "agency", "party_name", "party_type", "party_uscc", "fine_amount_yuan", "case_type",
                          "dates", "officers"})
        CHECK_MESSAGE(fields.contains(QLatin1String(k)), k);
    // Every party the decision names, the first one being party_name's.
    const QJsonArray parties = fields.value("parties").toArray();
    CHECK(list[0].toObject().value("parties").toInt() == parties.size());
    if (fields.value("party_name").isObject()) {
        REQUIRE(parties.size() >= 1);
        const QJsonObject first = parties[0].toObject();
        CHECK(keys(first) == QStringList{"fine_amount_yuan", "name", "page", "penalty", "snippet", "type", "uscc", "uscc_valid"});
        CHECK(first.value("name") == fields.value("party_name").toObject().value("value"));
        CHECK(first.value("page").toInt() >= 1);
    }
    const QJsonObject dates = fields.value("dates").toObject();
    for (const char *k : {"filed", "inspected", "notice", "hearing_notice", "decision", "delivered", "closed"})
        CHECK_MESSAGE(dates.contains(QLatin1String(k)), k);
    // Every present field carries its evidence; absent ones are null.
    for (const QString &k : fields.keys()) {
        const QJsonValue v = fields.value(k);
        if (v.isObject() && k != QLatin1String("dates")) {
            CHECK(v.toObject().contains("value"));
            CHECK(v.toObject().value("page").toInt() >= 1);
        }
    }
}

TEST_CASE("search --json returns case, page and marked snippet, also for two characters")
{
    Env env;
    env.cli({QStringLiteral("import"), env.write(QStringLiteral("a.pdf"), dossier(3))});
    const CliResult r = env.cli({QStringLiteral("search"), QStringLiteral("送达"), QStringLiteral("--json")});
    CHECK(r.code == 0);
    const QJsonArray hits = r.json().array();
    REQUIRE(hits.size() >= 1);
    const QJsonObject h = hits[0].toObject();
    CHECK(h.value("case_id").toInteger() == 1);
    CHECK(h.value("page").toInt() == 5);
    CHECK(h.value("snippet").toString().contains(QStringLiteral("«送达»")));
    const CliResult limited = env.cli({QStringLiteral("search"), QStringLiteral("罚"), QStringLiteral("--limit"),
                                       QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(limited.json().array().size() == 1);
}

TEST_CASE("backup writes a store that opens with the same cases")
{
    Env env;
    env.cli({QStringLiteral("import"), env.write(QStringLiteral("a.pdf"), dossier(4))});
    const QString out = env.dir.filePath(QStringLiteral("backup.crstore"));
    CHECK(env.cli({QStringLiteral("backup"), out}).code == 0);
    const CliResult cases = CliRunner::onStore(out, {QStringLiteral("cases"), QStringLiteral("--json")});
    CHECK(cases.json().array().size() == 1);
}

TEST_CASE("usage errors exit 2 with a message and a missing case exits 1")
{
    Env env;
    CHECK(env.cli({}).code == 2);
    CHECK(env.cli({QStringLiteral("frobnicate")}).code == 2);
    const CliResult unknownOption = env.cli({QStringLiteral("cases"), QStringLiteral("--jsno")});
    CHECK(unknownOption.code == 2);
    CHECK(unknownOption.err.contains("--jsno"));
    CHECK(env.cli({QStringLiteral("import")}).code == 2);
    CHECK(env.cli({QStringLiteral("show"), QStringLiteral("abc")}).code == 2);
    CHECK(env.cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")}).code == 2);
    const CliResult missing = env.cli({QStringLiteral("show"), QStringLiteral("99")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains("no case 99"));
    CHECK(CliRunner::run({QStringLiteral("--help")}).code == 0);
}

TEST_CASE("a store path that is not a store fails with a clear message and is left untouched")
{
    Env env;
    const QString notStore = env.write(QStringLiteral("notes.txt"), QByteArray(8192, 'n'));
    const CliResult r = CliRunner::onStore(notStore, {QStringLiteral("cases")});
    CHECK(r.code == 1);
    CHECK(r.err.contains("not a database"));
    CHECK(Fixtures::readFile(notStore) == QByteArray(8192, 'n'));
}
