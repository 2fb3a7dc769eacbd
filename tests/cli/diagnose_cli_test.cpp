// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnose contract of casereview-cli: JSON shape, cases without findings, CSV export,
// parameter profiles and the findings kept in the store.
#include "clirunner.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
qint64 addCase(Database &db, const QString &name, const std::vector<QString> &pages)
{
    NewCase c;
    c.fileName = name;
    c.sourcePath = QStringLiteral("/tmp/") + name;
    c.original = name.toUtf8();
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = pages;
    for (int i = 0; i < int(pages.size()); ++i)
        c.analysis.documents.push_back({DocumentType::Other, i + 1, i + 1, {}});
    return CaseRepository(db).add(c);
}

const QString kDecision = QStringLiteral(
    "行政处罚决定书\n当事人：郑州某某商贸有限公司\n住所：郑州市金水区1号\n经查，当事人于2024年1月1日销售过期食品。以上事实有笔录等证据为证。\n"
    "本局决定对当事人作出如下行政处罚：罚款人民币叁万元整。当事人应当自收到本决定书之日起十五日内缴纳。\n"
    "如不服本决定，可以在收到本决定书之日起十五日内申请行政复议，也可以在六个月内提起行政诉讼。\n郑州市市场监督管理局\n2024年3月12日");
} // namespace

TEST_CASE("diagnose --json lists every case with findings or an empty array, and exports CSV and checks profiles")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.crstore"));
    qint64 flagged = 0, clean = 0;
    {
        Database db(store);
        flagged = addCase(db, QStringLiteral("a.pdf"), {kDecision});
        clean = addCase(db, QStringLiteral("b.pdf"), {QStringLiteral("其他材料：照片说明若干，无处罚内容。")});
    }
    const CliResult r = CliRunner::onStore(store, {QStringLiteral("diagnose"), QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray cases = r.json().array();
    REQUIRE(cases.size() == 2);
    QJsonArray findings;
    for (const QJsonValue c : cases) {
        if (c[QLatin1String("case_id")].toInteger() == clean)
            CHECK(c[QLatin1String("findings")].toArray().isEmpty());
        if (c[QLatin1String("case_id")].toInteger() == flagged)
            findings = c[QLatin1String("findings")].toArray();
    }
    REQUIRE_FALSE(findings.isEmpty());
    const QJsonObject f = findings.first().toObject();
    CHECK(f[QLatin1String("rule")].toString() == u"REMEDY_NOTICE_DEFECT");
    for (const char *key : {"severity", "dimension", "legal_basis", "message", "item", "evidence"})
        CHECK(f.contains(QLatin1String(key)));
    CHECK(f[QLatin1String("evidence")].toArray().first()[QLatin1String("page")].toInt() == 1);

    {
        Database db(store);
        FindingRepository repo(db);
        REQUIRE(repo.available());
        CHECK(repo.list(flagged).size() == size_t(findings.size()));
    }

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const CliResult c = CliRunner::onStore(store, {QStringLiteral("diagnose"), QStringLiteral("--all"), QStringLiteral("--csv"), csv});
    CHECK(c.code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("case_id,file,rule")));
    CHECK(text.contains(QStringLiteral("REMEDY_NOTICE_DEFECT")));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(R"({"hearing_threshold_org": "lots"})");
    b.close();
    const CliResult e = CliRunner::onStore(store, {QStringLiteral("diagnose"), QStringLiteral("--all"), QStringLiteral("--params"), bad});
    CHECK(e.code == 2);
    CHECK(e.err.contains(QStringLiteral("hearing_threshold_org")));

    const CliResult u = CliRunner::onStore(store, {QStringLiteral("diagnose")});
    CHECK(u.code == 2);
    const CliResult missing = CliRunner::onStore(store, {QStringLiteral("diagnose"), QStringLiteral("999"), QStringLiteral("--json")});
    CHECK(missing.code == 1);
}
