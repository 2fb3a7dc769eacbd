// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during an import must leave an intact store holding only whole cases.
#include "clirunner.h"
#include "fixtures.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
int scalar(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return int(st.int64(0));
}

// Cases stored so far, read beside the running import; -1 while there is no readable store.
int storedCases(const QString &store)
{
    if (!QFile::exists(store))
        return -1;
    try {
        Database db(store, Database::Mode::ReadOnly);
        return scalar(db, "SELECT count(*) FROM cases");
    } catch (...) {
        return -1;
    }
}

// Kill moments: a fixed delay after start, or once the store holds at least so many cases
// (load on the machine makes fixed delays alone miss the import altogether).
struct KillAt {
    int delayMs = 0;
    int afterCases = 0;
};
} // namespace

TEST_CASE("killing the CLI mid-import leaves an intact store with no partial case")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in"));
    QDir().mkpath(in);
    for (int i = 0; i < 40; ++i) {
        QStringList pages = Fixtures::dossierPages(QStringLiteral("豫罚〔2025〕%1号").arg(i));
        for (int k = 0; k < 20; ++k)
            pages << QStringLiteral("证据材料 %1-%2 现场照片说明").arg(i).arg(k);
        Fixtures::writeFile(QDir(in).filePath(QStringLiteral("d%1.pdf").arg(i)), Fixtures::pdf(pages));
    }
    // Kill at several moments: early, after the first case, mid-way, late.
    int sawPartialRun = 0;
    int run = 0;
    for (const KillAt at : {KillAt{150, 0}, KillAt{0, 1}, KillAt{0, 15}, KillAt{1400, 0}}) {
        CAPTURE(at.delayMs);
        CAPTURE(at.afterCases);
        const QString store = dir.filePath(QStringLiteral("s%1.crstore").arg(run++));
        QProcess p;
        p.start(CliRunner::binary(), {QStringLiteral("--store"), store, QStringLiteral("import"), in});
        REQUIRE(p.waitForStarted());
        if (at.afterCases > 0) {
            QElapsedTimer waited;
            waited.start();
            while (storedCases(store) < at.afterCases && p.state() == QProcess::Running && waited.elapsed() < 60000)
                QThread::msleep(5);
        } else {
            QThread::msleep(at.delayMs);
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        if (!QFile::exists(store))
            continue;  // killed before the store was created: nothing to check
        Database db(store);
        CHECK(db.integrityProblems().isEmpty());
        const int cases = scalar(db, "SELECT count(*) FROM cases");
        if (cases > 0 && cases < 40)
            ++sawPartialRun;
        CHECK(scalar(db, "SELECT count(*) FROM cases c WHERE c.page_count <> "
                         "(SELECT count(*) FROM pages p WHERE p.case_id = c.id)") == 0);
        CHECK(scalar(db, "SELECT count(*) FROM pages") == scalar(db, "SELECT count(*) FROM page_search"));
        CHECK(scalar(db, "SELECT count(*) FROM files") == cases);
        // The next import completes the job without duplicates or errors.
        const CliResult r = CliRunner::onStore(store, {QStringLiteral("import"), in, QStringLiteral("--json")});
        CHECK(r.code == 0);
        Database after(store);
        CHECK(scalar(after, "SELECT count(*) FROM cases") == 40);
    }
    // At least one kill must have landed mid-import, or the test proved nothing.
    CHECK(sawPartialRun >= 1);
}
