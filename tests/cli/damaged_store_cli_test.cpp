// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged or held store at the CLI's edge: every command ends with a message that says what
// is wrong and what to do, an exit status, no abort and no SQL text (issue #17 item 3).
#include "clirunner.h"
#include "fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <doctest/doctest.h>

namespace {
QByteArray dossier(int n) { return Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕%1号").arg(n))); }

bool mentionsSql(const QString &text)
{
    for (const char *word : {"SELECT", "INSERT", "UPDATE ", "CREATE ", "PRAGMA", " FROM "})
        if (text.contains(QString::fromLatin1(word)))
            return true;
    return false;
}

// Overwrites 4 KiB pages of the store's file from `firstPage` on with a pattern.
void damage(const QString &store, int firstPage, int pages)
{
    QFile f(store);
    REQUIRE(f.open(QIODevice::ReadWrite));
    for (int p = 0; p < pages; ++p) {
        f.seek(qint64(firstPage + p) * 4096);
        f.write(QByteArray(4096, char(0xA5)));
    }
}
} // namespace

TEST_CASE("a damaged store: cases and show end with a message and advice, no abort, no SQL")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("cases.crstore"));
    for (int i = 1; i <= 3; ++i) {
        const QString pdf = dir.filePath(QStringLiteral("d%1.pdf").arg(i));
        Fixtures::writeFile(pdf, dossier(i));
        REQUIRE(CliRunner::onStore(store, {QStringLiteral("import"), pdf, QStringLiteral("--no-ocr")}).code == 0);
    }
    // fold the write-ahead log into the file, then damage pages past the schema
    REQUIRE(CliRunner::onStore(store, {QStringLiteral("cases")}).code == 0);
    QFile::remove(store + QStringLiteral("-wal"));
    QFile::remove(store + QStringLiteral("-shm"));
    const qint64 pages = QFileInfo(store).size() / 4096;
    REQUIRE(pages > 4);
    damage(store, 2, int(pages) - 2);

    for (const QStringList &args : {QStringList{QStringLiteral("cases")}, QStringList{QStringLiteral("cases"), QStringLiteral("--json")},
                                    QStringList{QStringLiteral("show"), QStringLiteral("1")}, QStringList{QStringLiteral("search"), QStringLiteral("罚款")}}) {
        const CliResult r = CliRunner::onStore(store, args);
        CAPTURE(args.join(u' ').toStdString());
        CAPTURE(r.err.toStdString());
        CHECK(r.code >= 1);  // a status, not a crash (-1)
        CHECK(r.code <= 2);
        CHECK(!mentionsSql(r.err + r.out));
        CHECK(r.err.contains(QStringLiteral("error:")));
    }
    const CliResult r = CliRunner::onStore(store, {QStringLiteral("cases")});
    CHECK((r.err.contains(QStringLiteral("damaged")) || r.err.contains(QStringLiteral("not a case store"))));
}

TEST_CASE("a file that is no store is refused with what it is, and left as it was")
{
    QTemporaryDir dir;
    const QString notStore = dir.filePath(QStringLiteral("notes.crstore"));
    Fixtures::writeFile(notStore, QByteArray("这不是案卷库，是一段笔记。\n").repeated(400));
    const QByteArray before = Fixtures::readFile(notStore);
    const CliResult r = CliRunner::onStore(notStore, {QStringLiteral("cases")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a case store")));
    CHECK(!mentionsSql(r.err));
    CHECK(Fixtures::readFile(notStore) == before);
}
