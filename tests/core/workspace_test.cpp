// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace: use cases as futures, the change stream, typed failures, cancellation.
#include "fixtures.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
std::vector<ChangeEvent> eventsOf(const QSignalSpy &spy)
{
    std::vector<ChangeEvent> out;
    for (const QList<QVariant> &args : spy)
        out.push_back(args.at(0).value<ChangeEvent>());
    return out;
}
} // namespace

TEST_CASE("workspace: an import through the workspace stores, diagnoses and announces the new cases")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    QSignalSpy spy(&ws, &Workspace::changed);
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 3);

    const ImportRun run = Workspace::wait(ws.importFiles(files, ImportOptions{}));
    REQUIRE(run.report.outcomes.size() == 3);
    CHECK(run.report.count(ImportOutcome::Status::Imported) == 3);
    REQUIRE(run.diagnoses.size() == 3);

    REQUIRE(Fixtures::spinUntil([&] { return spy.count() >= 1; }));
    const std::vector<ChangeEvent> events = eventsOf(spy);
    CHECK(events.front().kind == ChangeEvent::Kind::CasesAdded);
    CHECK(events.front().caseIds.size() == 3);

    // The case list, read through the pool, holds the cases with their findings counted, and
    // each case's findings are in the store without anyone running a diagnosis.
    const std::vector<CaseSummary> list = Workspace::wait(ws.caseSummaries());
    REQUIRE(list.size() == 3);
    Database db(ws.path(), Database::Mode::ReadOnly);
    for (const CaseDiagnosis &d : run.diagnoses) {
        CHECK(d.error.isEmpty());
        CHECK(FindingRepository(db).list(d.caseId).size() == d.findings.size());
    }
}

TEST_CASE("workspace: opening a case gives its record and original, and a missing case fails as not found")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    const ImportRun run = Workspace::wait(ws.importFiles(Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 1), ImportOptions{}));
    const qint64 id = run.report.outcomes.at(0).caseId;

    const OpenedCase opened = Workspace::wait(ws.openCase(id));
    CHECK(opened.record.id == id);
    CHECK(opened.pdf.startsWith("%PDF"));
    CHECK(opened.ocrWords.empty());

    try {
        Workspace::wait(ws.openCase(id + 1000));
        FAIL("a missing case must fail");
    } catch (const WorkspaceFailure &f) {
        CHECK(f.failure().kind == Failure::Kind::NotFound);
        CHECK(f.failure().subject.contains(QString::number(id + 1000)));
    }
}

TEST_CASE("workspace: writes run one at a time on the writer and announce their change after they commit")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    QSignalSpy spy(&ws, &Workspace::changed);
    std::atomic<int> inside{0}, most{0};
    std::vector<QFuture<int>> writes;
    for (int i = 0; i < 6; ++i)
        writes.push_back(ws.write({ChangeEvent::Kind::Review, {qint64(i)}}, [&, i](Database &db) {
            const int now = ++inside;
            most = std::max(most.load(), now);
            db.exec("CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES(1)");
            QThread::msleep(5);
            --inside;
            return i;
        }));
    for (int i = 0; i < 6; ++i)
        CHECK(Workspace::wait(writes[i]) == i);
    CHECK(most.load() == 1);
    REQUIRE(Fixtures::spinUntil([&] { return spy.count() == 6; }));
    const std::vector<ChangeEvent> events = eventsOf(spy);
    CHECK(events[2].kind == ChangeEvent::Kind::Review);
    CHECK(events[2].touches(2));
    CHECK_FALSE(events[2].touches(3));

    // A write that fails announces nothing, and its failure arrives typed.
    QFuture<void> bad = ws.write({ChangeEvent::Kind::Review, {}}, [](Database &db) { db.exec("INSERT INTO missing VALUES(1)"); });
    try {
        Workspace::wait(bad);
        FAIL("the write must fail");
    } catch (const WorkspaceFailure &f) {
        CHECK(f.failure().kind == Failure::Kind::Internal);
        CHECK_FALSE(f.failure().message.contains(QLatin1String("INSERT")));  // SQL stays in detail
    }
    QCoreApplication::processEvents();
    CHECK(spy.count() == 6);
}

TEST_CASE("workspace: a cancelled import stops, keeps and announces what it stored")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    QSignalSpy spy(&ws, &Workspace::changed);
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 24);
    ImportOptions options;
    options.threads = 1;
    QFuture<ImportRun> f = ws.importFiles(files, options);
    // Cancel once the first file is in.
    REQUIRE(Fixtures::spinUntil([&] { return f.progressValue() >= 1 || f.isFinished(); }));
    f.cancel();
    f.waitForFinished();
    CHECK(f.isCanceled());
    try {
        Workspace::wait(f);
        FAIL("a cancelled future has no value");
    } catch (const WorkspaceFailure &e) {
        CHECK(e.failure().kind == Failure::Kind::Cancelled);
    }
    Database db(ws.path(), Database::Mode::ReadOnly);
    const int stored = int(CaseRepository(db).list().size());
    CHECK(stored >= 1);
    CHECK(stored < 24);
    REQUIRE(Fixtures::spinUntil([&] { return spy.count() >= 1; }));
    CHECK(int(eventsOf(spy).front().caseIds.size()) == stored);
}

TEST_CASE("workspace: closing the workspace while an import runs cancels it and waits for it")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("w.crstore"));
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 24);
    QFuture<ImportRun> f;
    {
        Workspace ws(store);
        ImportOptions options;
        options.threads = 1;
        f = ws.importFiles(files, options);
        REQUIRE(Fixtures::spinUntil([&] { return f.progressValue() >= 1 || f.isFinished(); }));
    }
    CHECK(f.isFinished());
    CHECK(f.isCanceled());
    Database db(store, Database::Mode::ReadOnly);
    CHECK(CaseRepository(db).list().size() < 24);
    CHECK(db.integrityProblems().isEmpty());
}

TEST_CASE("workspace: a store that cannot be opened fails the constructor with a storage error")
{
    QTemporaryDir dir;
    const QString notAStore = dir.filePath(QStringLiteral("x.crstore"));
    Fixtures::writeFile(notAStore, QByteArray(4096, 'x'));
    CHECK_THROWS_AS(Workspace{notAStore}, StorageError);
}

TEST_CASE("workspace: an import asked to stop ends early with its partial report as the value")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 24);
    ImportOptions options;
    options.threads = 1;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QFuture<ImportRun> f = ws.importFiles(files, options, stop);
    REQUIRE(Fixtures::spinUntil([&] { return f.progressValue() >= 1 || f.isFinished(); }));
    *stop = true;
    const ImportRun run = Workspace::wait(f);
    CHECK_FALSE(f.isCanceled());
    CHECK(run.report.cancelled);
    const int imported = run.report.count(ImportOutcome::Status::Imported);
    CHECK(imported >= 1);
    CHECK(imported < 24);
    CHECK(int(run.diagnoses.size()) == imported);  // what was stored is diagnosed all the same
}

TEST_CASE("workspace: closing it folds the write-ahead log into the store file, as closing a Database does")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.crstore"));
    {
        Workspace ws(path);
        const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 2);
        REQUIRE(Workspace::wait(ws.importFiles(files, ImportOptions{})).diagnoses.size() == 2);
        REQUIRE(Workspace::wait(ws.caseSummaries()).size() == 2);
    }
    // Only the store file is kept: every commit must be in it.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Workspace reopened(path);
    CHECK(Workspace::wait(reopened.caseSummaries()).size() == 2);
}
