// SPDX-License-Identifier: GPL-3.0-or-later
// Import and OCR diagnose: `show --json` lists a case's stored findings and `cases --json` its
// open ones right after `import` or `ocr`, without `diagnose`; and the same files imported by the
// CLI and by the use case the workstation runs (Workspace::importFiles) leave the same findings and fields.
#include "clirunner.h"
#include "fixtures.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <map>

using namespace casereview;

namespace {
const QStringList kDecision = {QStringLiteral(
    "行政处罚决定书\n当事人：郑州某某商贸有限公司\n住所：郑州市金水区1号\n经查，当事人于2024年1月1日销售过期食品。以上事实有笔录等证据为证。\n"
    "本局决定对当事人作出如下行政处罚：罚款人民币叁万元整。当事人应当自收到本决定书之日起十五日内缴纳。\n"
    "如不服本决定，可以在收到本决定书之日起十五日内申请行政复议，也可以在六个月内提起行政诉讼。\n郑州市市场监督管理局\n2024年3月12日")};

QStringList writeInputs(const QTemporaryDir &dir)
{
    const QString a = dir.filePath(QStringLiteral("decision.pdf"));
    const QString b = dir.filePath(QStringLiteral("dossier.pdf"));
    Fixtures::writeFile(a, Fixtures::pdf(kDecision));
    Fixtures::writeFile(b, Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕7号"))));
    return {a, b};
}

int openOf(const QJsonArray &findings)
{
    int n = 0;
    for (const QJsonValue f : findings)
        n += f[QLatin1String("decision")].isNull() && f[QLatin1String("severity")].toString() != u"hint";
    return n;
}

// What the store says of a case, without what differs between two stores by nature.
QJsonObject comparable(const QString &store, qint64 id)
{
    QJsonObject o = CliRunner::onStore(store, {QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).json().object();
    for (const char *key : {"imported_at", "source_path", "case_id"})
        o.remove(QLatin1String(key));
    return o;
}
} // namespace

TEST_CASE("import stores each case's findings: show and cases list them without diagnose, as the core use case does")
{
    QTemporaryDir dir;
    const QStringList files = writeInputs(dir);
    const QString viaCli = dir.filePath(QStringLiteral("cli.crstore"));
    const CliResult imported = CliRunner::onStore(viaCli, QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--json")});
    REQUIRE(imported.code == 0);
    std::map<QString, qint64> cliIds;  // file → case: the workers may store them in any order
    for (const QJsonValue o : imported.json()[QLatin1String("imported")].toArray())
        cliIds[o[QLatin1String("file")].toString()] = o[QLatin1String("case_id")].toInteger();
    REQUIRE(cliIds.size() == 2);

    const QJsonObject shown = CliRunner::onStore(viaCli, {QStringLiteral("show"), QString::number(cliIds[files[0]]), QStringLiteral("--json")})
                                  .json().object();
    const QJsonArray findings = shown[QLatin1String("findings")].toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool remedy = false;
    for (const QJsonValue f : findings) {
        for (const char *key : {"rule", "severity", "decision", "message", "evidence"})
            CHECK(f.toObject().contains(QLatin1String(key)));
        CHECK(f[QLatin1String("decision")].isNull());  // nobody has decided yet
        remedy = remedy || f[QLatin1String("rule")].toString() == u"REMEDY_NOTICE_DEFECT";
    }
    CHECK(remedy);
    // Each stored finding names the reader that decided it, as diagnose --json does.
    auto readers = [](const QJsonArray &list) {
        std::multimap<QString, QString> out;
        for (const QJsonValue f : list) {
            CHECK_FALSE(f[QLatin1String("reader")].toString().isEmpty());
            out.emplace(f[QLatin1String("rule")].toString(), f[QLatin1String("reader")].toString());
        }
        return out;
    };
    const CliResult diagnosed = CliRunner::onStore(viaCli, {QStringLiteral("diagnose"), QString::number(cliIds[files[0]]), QStringLiteral("--json")});
    REQUIRE(diagnosed.code == 0);
    CHECK(readers(findings) == readers(diagnosed.json().array().first()[QLatin1String("findings")].toArray()));
    const QJsonObject evidence = findings.first()[QLatin1String("evidence")].toArray().first().toObject();
    CHECK(evidence[QLatin1String("page")].toInt() == 1);
    CHECK_FALSE(evidence[QLatin1String("snippet")].toString().isEmpty());

    const QJsonArray cases = CliRunner::onStore(viaCli, {QStringLiteral("cases"), QStringLiteral("--json")}).json().array();
    REQUIRE(cases.size() == 2);
    for (const QJsonValue c : cases) {
        const QJsonArray stored = CliRunner::onStore(viaCli, {QStringLiteral("show"), QString::number(c[QLatin1String("case_id")].toInteger()),
                                                        QStringLiteral("--json")}).json()[QLatin1String("findings")].toArray();
        CHECK(c[QLatin1String("open_findings")].toInt() == openOf(stored));
        CHECK(c.toObject().contains(QLatin1String("review")));  // the keys before stay
    }
    CHECK(openOf(findings) > 0);

    // The workstation's import dialog runs the Workspace's import.
    const QString viaCore = dir.filePath(QStringLiteral("core.crstore"));
    std::map<QString, qint64> coreIds;
    {
        Workspace ws(viaCore);
        const ImportRun run = Workspace::wait(ws.importFiles(files, ImportOptions{}));
        REQUIRE(run.report.count(ImportOutcome::Status::Imported) == 2);
        REQUIRE(run.diagnoses.size() == 2);
        for (const CaseDiagnosis &d : run.diagnoses)
            CHECK(d.error.isEmpty());
        for (const ImportOutcome &o : run.report.outcomes)
            coreIds[o.file] = o.caseId;
    }
    for (const QString &file : files) {
        CAPTURE(file);
        const QJsonObject cli = comparable(viaCli, cliIds[file]), core = comparable(viaCore, coreIds[file]);
        REQUIRE_FALSE(cli.isEmpty());
        CHECK(cli[QLatin1String("findings")] == core[QLatin1String("findings")]);
        CHECK(cli[QLatin1String("fields")] == core[QLatin1String("fields")]);
        CHECK(cli == core);
    }
}

TEST_CASE("ocr diagnoses the cases it reads: show lists the findings made on the text OCR read")
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    Fixtures::writeFile(scan, Fixtures::scannedPdf({{QStringLiteral("郑州市市场监督管理局"), QStringLiteral("行政处罚决定书"),
                                                     QStringLiteral("郑市监罚〔2025〕88号"), QStringLiteral("当事人：郑州惠民商贸有限公司")},
                                                    {QStringLiteral("本机关决定：罚款人民币伍万元整。"), QStringLiteral("郑州市市场监督管理局"),
                                                     QStringLiteral("2025年3月28日")}}));
    const QString store = dir.filePath(QStringLiteral("s.crstore"));
    REQUIRE(CliRunner::onStore(store, {QStringLiteral("import"), scan, QStringLiteral("--no-ocr"), QStringLiteral("--json")}).code == 0);
    auto rules = [&] {
        QStringList out;
        for (const QJsonValue f : CliRunner::onStore(store, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
                                      .json()[QLatin1String("findings")].toArray())
            out << f[QLatin1String("rule")].toString();
        return out;
    };
    const QStringList before = rules();  // diagnosed on pages without text
    CHECK_FALSE(before.contains(QStringLiteral("DECISION_CONTENTS_MISSING")));

    const CliResult ocr = CliRunner::onStore(store, {QStringLiteral("ocr"), QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(ocr.code == 0);
    REQUIRE(ocr.json()[QLatin1String("pages_done")].toInt() == 2);
    const QStringList after = rules();
    CHECK(after.contains(QStringLiteral("DECISION_CONTENTS_MISSING")));  // read from the scan, lacking what it must state
    const QJsonArray cases = CliRunner::onStore(store, {QStringLiteral("cases"), QStringLiteral("--json")}).json().array();
    REQUIRE(cases.size() == 1);
    // A lone decision's absences that only the full dossier could prove are hints, not open
    // findings: the count is of the veto and deduct findings show lists.
    int open = 0;
    for (const QJsonValue f : CliRunner::onStore(store, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
                                  .json()[QLatin1String("findings")].toArray())
        open += f[QLatin1String("severity")].toString() != QLatin1String("hint");
    CHECK(cases[0][QLatin1String("open_findings")].toInt() == open);
}
