// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
// The literal's own length: NUL bytes inside it are data, the terminator is not.
const char kFakeBytes[] = "%PDF-1.4 fake bytes\x00\x01\xff";
NewCase sampleCase(const QByteArray &bytes = QByteArray(kFakeBytes, sizeof kFakeBytes - 1))
{
    NewCase c;
    c.fileName = QStringLiteral("案卷 1.pdf");
    c.sourcePath = QStringLiteral("/tmp/案卷 1.pdf");
    c.original = bytes;
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("立案审批表\n当事人：某公司"), QStringLiteral("行政处罚决定书\n罚款5000元")};
    c.analysis.documents = {{DocumentType::FilingApproval, 1, 1, QStringLiteral("立案审批表")},
                            {DocumentType::Decision, 2, 2, QStringLiteral("行政处罚决定书")}};
    c.analysis.fields.caseNo = TextField{QStringLiteral("郑市监罚〔2025〕12号"), {2, QStringLiteral("郑市监罚〔2025〕12号")}};
    c.analysis.fields.partyUscc = UsccField{QStringLiteral("91410100MA9G5XKQ3B"), false, {1, QStringLiteral("代码：91410100MA9G5XKQ3B")}};
    c.analysis.fields.fineAmount = AmountField{5000, {2, QStringLiteral("罚款5000元")}};
    c.analysis.fields.dates[QStringLiteral("decision")] = DateField{QDate(2025, 3, 28), {2, QStringLiteral("2025年3月28日")}};
    c.analysis.fields.officers = {{QStringLiteral("张三"), QStringLiteral("41010020001"), 1}, {QStringLiteral("李四"), QString(), 1}};
    c.analysis.fields.partyType = PartyTypeField{PartyType::Organisation, {1, QStringLiteral("某公司")}};
    return c;
}

int scalar(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return int(st.int64(0));
}
} // namespace

TEST_CASE("store opens in WAL mode with foreign keys, at the latest schema")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a/b/store.crstore")));
    Statement mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
}

TEST_CASE("a case round-trips through the repository with every field and its evidence")
{
    Database db(QStringLiteral(":memory:"));
    CaseRepository repo(db);
    const NewCase c = sampleCase();
    const qint64 id = repo.add(c);
    const auto rec = repo.get(id);
    REQUIRE(rec);
    CHECK(rec->fileName == c.fileName);
    CHECK(rec->pages == 2);
    CHECK(rec->sha256 == c.sha256);
    CHECK(rec->analysis.documents == c.analysis.documents);
    CHECK(rec->analysis.fields == c.analysis.fields);
    CHECK(repo.pages(id).size() == 2);
    CHECK(repo.pages(id)[1].text == c.pageTexts[1]);
    CHECK(repo.findBySha256(c.sha256) == id);
    CHECK(repo.list().size() == 1);
    CHECK(repo.list()[0].caseNo == QStringLiteral("郑市监罚〔2025〕12号"));
    CHECK(repo.list()[0].fineAmountYuan == 5000.0);
    CHECK(repo.list()[0].decisionDate == QDate(2025, 3, 28));
}

TEST_CASE("original files come back byte-exact and tampering is detected by SHA-256")
{
    Database db(QStringLiteral(":memory:"));
    CaseRepository repo(db);
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 7 % 256));
    const qint64 id = repo.add(sampleCase(bytes));
    CHECK(repo.originalFile(id) == bytes);

    db.exec("UPDATE files SET data = CAST('tampered' AS BLOB)");
    CHECK_THROWS_AS(repo.originalFile(id), StorageError);
    try {
        repo.originalFile(id);
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Integrity);
    }
}

TEST_CASE("a failed write leaves nothing behind (one transaction per case)")
{
    Database db(QStringLiteral(":memory:"));
    CaseRepository repo(db);
    repo.add(sampleCase());
    // Same bytes again violate files.sha256 UNIQUE half-way through the insert.
    CHECK_THROWS_AS(repo.add(sampleCase()), StorageError);
    CHECK(repo.count() == 1);
    CHECK(scalar(db, "SELECT count(*) FROM pages") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM page_search") == 2);

    NewCase wrongHash = sampleCase(QByteArray("other"));
    wrongHash.sha256 = QStringLiteral("00");
    CHECK_THROWS_AS(repo.add(wrongHash), StorageError);
    CHECK(repo.count() == 1);
}

TEST_CASE("a file that is not a store gives a clear error")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        Database db(path);
        FAIL("opened a text file as a store");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("not a database")));
    }
}

TEST_CASE("backup while open produces a standalone, complete store")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("live.crstore")));
    CaseRepository repo(db);
    const qint64 id = repo.add(sampleCase());
    const QString out = dir.filePath(QStringLiteral("copy.crstore"));
    db.backupTo(out);
    CHECK_FALSE(QFile::exists(out + QStringLiteral("-wal")));
    Database copy(out);
    CaseRepository copyRepo(copy);
    CHECK(copyRepo.count() == 1);
    CHECK(copyRepo.originalFile(id) == sampleCase().original);
    CHECK(copy.integrityProblems().isEmpty());
    CHECK_THROWS_AS(db.backupTo(db.path()), StorageError);
}
