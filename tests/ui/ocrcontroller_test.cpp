// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned pages read in the background from the workstation: after an import, with progress
// and a stop button; the open case gains its text in place; a stopped run goes on at the
// next start.
#include "uitestsupport.h"

#include "actionregistry.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpanel.h"
#include "diagnosis/rulecatalogue.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "fixtures.h"
#include "ocr/ocrcontroller.h"
#include "ocr/ocrstatuswidget.h"
#include "storage/findingrepository.h"
#include "storage/ocrrepository.h"
#include "viewer/documentviewer.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
// A scanned decision on two pages: the number and party on the first, the fine on the second.
QString writeScan(UiTest::TempStore &ws)
{
    const QString file = ws.dir.filePath(QStringLiteral("scan.pdf"));
    Fixtures::writeFile(file, Fixtures::scannedPdf({{QStringLiteral("郑州市市场监督管理局"), QStringLiteral("行政处罚决定书"),
                                                     QStringLiteral("郑市监罚〔2025〕88号"), QStringLiteral("当事人：郑州惠民商贸有限公司")},
                                                    {QStringLiteral("本机关决定：罚款人民币伍万元整。"), QStringLiteral("郑州市市场监督管理局"),
                                                     QStringLiteral("2025年3月28日")}}));
    return file;
}

int pending(Database &db) { return int(OcrRepository(db).pending().size()); }
} // namespace

TEST_CASE("scanned pages imported in the workstation are read in the background and the open case gains its text in place")
{
    UiTest::TempStore ws;
    const QString file = writeScan(ws);
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.show();
    auto *ocr = window.findChild<OcrController *>();
    REQUIRE(ocr != nullptr);
    // The look for pages left from a last session: none, so it ends quietly.
    REQUIRE(waitFor([&] { return ocr->finishedRuns() == 1; }));
    CHECK_FALSE(ocr->isRunning());
    CHECK_FALSE(ocr->statusWidget()->isVisible());

    // Imported without OCR first, so the case is on screen, on its second page, before its text exists.
    ws.importDirect({file});
    REQUIRE(session.reloadCases());
    REQUIRE(pending(session.db) == 2);
    window.openCase(1);
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument(); }));
    window.resize(1200, 800);
    window.viewer()->setZoom(1.5);  // pages taller than the view, so the second can be the current one
    window.viewer()->goToPage(1);
    REQUIRE(waitFor([&] { return window.viewer()->currentPage() == 1; }));
    window.viewer()->find(QStringLiteral("本机关决定"));
    CHECK(window.viewer()->hitCount() == 0);
    REQUIRE(waitFor([&] { return window.findings()->model() != nullptr; }));
    auto *summary = window.findings()->findChild<QLabel *>(QStringLiteral("findingsSummary"));
    REQUIRE(summary != nullptr);
    // The summary is written with the model, once the panel's diagnosis is done: then it has no rows.
    REQUIRE(waitFor([&] { return summary->text().startsWith(QStringLiteral("2 scanned page(s) of this case still wait for OCR")); }));
    CHECK(window.findings()->model()->rowCount() == 0);

    std::vector<qint64> read;
    QObject::connect(ocr, &OcrController::caseRead, [&](qint64 id) { read.push_back(id); });
    int reopened = 0;
    QObject::connect(window.viewer(), &DocumentViewer::documentReady, [&] { ++reopened; });
    ocr->start();
    CHECK(ocr->isRunning());
    REQUIRE(waitFor([&] { return ocr->statusWidget()->isVisible() || !ocr->isRunning(); }));
    CHECK(ocr->statusWidget()->text().contains(QStringLiteral("of 2")));
    UiTest::screenshot(&window, QStringLiteral("ocr-running"));
    REQUIRE(waitFor([&] { return !ocr->isRunning(); }, 120000));
    CHECK(read == std::vector<qint64>{1});
    CHECK(pending(session.db) == 0);
    CHECK_FALSE(ocr->statusWidget()->isVisible());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("OCR finished: 2 scanned page(s) read")));
    // The case list row and the viewer now carry what OCR read; the page stayed where it was.
    QTableView *table = window.caseList()->table();
    REQUIRE(waitFor([&] { return table->model()->index(0, CaseListModel::CaseNo).data().toString() == QStringLiteral("郑市监罚〔2025〕88号"); }));
    REQUIRE(waitFor([&] { return reopened == 1; }));
    CHECK(waitFor([&] { return window.viewer()->currentPage() == 1; }));
    // Searching runs in the background: ask again now and then until the reloaded text answers.
    int polls = 0;
    REQUIRE(waitFor([&] {
        if (polls++ % 40 == 0)
            window.viewer()->find(QStringLiteral("本机关决定"));
        return window.viewer()->hitCount() == 1;
    }));
    // The case is diagnosed again on the text OCR read: a decision with no notice or filing
    // before it now has findings, where the unread scan had none.
    REQUIRE(waitFor([&] { return window.findings()->model()->rowCount() > 0; }));
    UiTest::screenshot(&window, QStringLiteral("ocr-read-in-place"));
}

TEST_CASE("a stopped OCR run keeps the pages it read and the next start reads the rest")
{
    UiTest::TempStore ws;
    ws.importDirect({writeScan(ws)});
    {
        Database db(ws.store());
        REQUIRE(pending(db) == 2);
    }
    int readBefore = 0;
    {
        UiTest::Session session(ws);
        auto *ocr = session.window.findChild<OcrController *>();
        // The program found the waiting pages on start and reads them; stop at once.
        REQUIRE(waitFor([&] { return ocr->isRunning(); }, 5000));
        // The stop button is offered once the run knows its pages, before the first is read.
        REQUIRE(waitFor([&] { return ocr->statusWidget()->stopButton()->isEnabled(); }, 5000));
        QTest::mouseClick(ocr->statusWidget()->stopButton(), Qt::LeftButton);
        CHECK_FALSE(ocr->statusWidget()->stopButton()->isEnabled());
        OcrReport report;
        bool reported = false;
        QObject::connect(ocr, &OcrController::finished, [&](const OcrReport &r) {
            report = r;
            reported = true;
        });
        REQUIRE(waitFor([&] { return !ocr->isRunning(); }, 120000));
        REQUIRE(waitFor([&] { return reported; }));
        CHECK(report.cancelled);
        readBefore = report.pagesDone;
        CHECK(readBefore < 2);
        CHECK(pending(session.db) == 2 - readBefore);
        CHECK(session.window.statusBar()->currentMessage().startsWith(QStringLiteral("OCR stopped")));
    }
    // A new session goes on where the last one stopped.
    UiTest::Session again(ws);
    auto *ocr = again.window.findChild<OcrController *>();
    REQUIRE(waitFor([&] { return ocr->isRunning(); }, 5000));
    REQUIRE(waitFor([&] { return !ocr->isRunning(); }, 120000));
    CHECK(pending(again.db) == 0);
}

TEST_CASE("closing the window during OCR stops the run and keeps what was read")
{
    UiTest::TempStore ws;
    ws.importDirect({writeScan(ws)});
    {
        UiTest::Session session(ws);
        auto *ocr = session.window.findChild<OcrController *>();
        REQUIRE(waitFor([&] { return ocr->isRunning(); }, 5000));
    }  // the window and its controller go while pages are being read
    // Whatever was read is stored whole: every page is either read, with its words, or still waiting.
    Database db(ws.store());
    const auto pages = OcrRepository(db).sources(1);
    REQUIRE(pages.size() == 2);
    for (const PageSourceInfo &p : pages) {
        CAPTURE(p.page);
        if (p.source == QLatin1String("ocr"))
            CHECK_FALSE(OcrRepository(db).words(1, p.page).empty());
        else
            CHECK(p.source == QLatin1String("pending"));
    }
}

TEST_CASE("findings stored before OCR read a case are made again on its text")
{
    UiTest::TempStore ws;
    ws.importDirect({writeScan(ws)});
    {
        // Diagnosed while its pages had no text: a hint that the pages cannot be read.
        Database db(ws.store());
        FindingRepository(db).replace(1, {RuleCatalogue::hint("INSPECTION_RECORD_OFFICERS", QStringLiteral("页面无文字层"))},
                                      QStringLiteral("henan"));
    }
    UiTest::Session session(ws);  // the case is not opened
    auto *ocr = session.window.findChild<OcrController *>();
    REQUIRE(waitFor([&] { return ocr->isRunning(); }, 5000));
    REQUIRE(waitFor([&] { return !ocr->isRunning(); }, 120000));
    const auto findings = FindingRepository(session.db).list(1);
    REQUIRE_FALSE(findings.empty());
    bool stale = false, decisionRead = false;
    for (const StoredFinding &f : findings) {
        stale = stale || f.finding.message == QStringLiteral("页面无文字层");
        decisionRead = decisionRead || f.finding.rule == QStringLiteral("DECISION_CONTENTS_MISSING");
    }
    CHECK_FALSE(stale);
    CHECK(decisionRead);  // the decision read from the scan lacks the contents it must state
}

TEST_CASE("the OCR controller works without a window: a registry, a workspace and its messages")
{
    UiTest::TempStore ws;
    ::Workspace workspace(ws.store());
    ActionRegistry actions;
    OcrController ocr(actions, workspace);
    REQUIRE(actions.action(QStringLiteral("document.ocr")) != nullptr);
    REQUIRE(waitFor([&] { return ocr.finishedRuns() == 1; }));  // nothing left from a last session
    QStringList messages;
    QObject::connect(&ocr, &OcrController::message, [&](const QString &m, int) { messages << m; });
    std::vector<qint64> read;
    QObject::connect(&ocr, &OcrController::caseRead, [&](qint64 id) { read.push_back(id); });

    // The menu command with nothing waiting says so.
    actions.action(QStringLiteral("document.ocr"))->trigger();
    REQUIRE(waitFor([&] { return ocr.finishedRuns() == 2; }));
    REQUIRE(messages.size() == 1);
    CHECK(messages.front() == QStringLiteral("No scanned page is waiting for OCR."));

    // An import through the workspace queues the scan; the controller reads it on its own.
    const ImportRun run = Workspace::wait(workspace.importFiles({writeScan(ws)}, ImportOptions{}));
    REQUIRE(run.report.count(ImportOutcome::Status::Imported) == 1);
    REQUIRE(waitFor([&] { return ocr.finishedRuns() == 3; }, 120000));
    CHECK(read == std::vector<qint64>{run.report.outcomes.at(0).caseId});
    CHECK(messages.last().startsWith(QStringLiteral("OCR finished: 2 scanned page(s) read")));
    Database db(ws.store());
    CHECK(pending(db) == 0);
}
