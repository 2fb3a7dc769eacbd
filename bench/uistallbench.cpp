// SPDX-License-Identifier: GPL-3.0-or-later
// GUI event-loop stalls of the real workstation (MainWindow on a Workspace, wired as
// app/gui/main.cpp wires it) while it imports N generated decisions through the import dialog,
// reads scanned pages with OCR, opens and pages through a long dossier and builds the campaign
// report over the store with its print preview, the checklist being answered through its
// widgets every 100 ms all the while. A 1 ms heartbeat in the GUI thread (StallMeter) records
// every gap. Not a test; prints figures. Goal: no stall over 50 ms.
//   cmake --build build --target bench_ui_stall && QT_QPA_PLATFORM=offscreen build/bench/bench_ui_stall
//       [--imports N] [--pages N] [--cases N] [--store FILE]
#include "stallfixtures.h"
#include "stallmeter.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "caselist/caselistpanel.h"
#include "checklist/checklistpanel.h"
#include "demo/demodossiers.h"
#include "dialogs/importdialog.h"
#include "import/caseimporter.h"
#include "mainwindow.h"
#include "ocr/ocrcontroller.h"
#include "ocr/ocrengine.h"
#include "ocr/ocrstatuswidget.h"
#include "ocr/openmplimit.h"
#include "reports/previewpageview.h"
#include "reports/reportpreviewdialog.h"
#include "storage/database.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTreeView>
#include <cstdio>
#include <functional>
#include <memory>

using namespace casereview;

namespace {
// One step of the script: it begins, then the loop is polled until it is done. An empty
// phase continues the previous one.
struct Step {
    QString phase;
    std::function<void()> begin;
    std::function<bool()> done;
};

void key(QWidget *w, int k, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, text);
    QCoreApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier, text);
    QCoreApplication::sendEvent(w, &release);
}

int intOption(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QString::fromLatin1(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

// The machine's load (/proc/loadavg): other work on the cores shows as time waiting for a core.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()) : QStringLiteral("unknown\n");
}

std::vector<qint64> importedIds(const ImportReport &r)
{
    std::vector<qint64> ids;
    for (const ImportOutcome &o : r.outcomes)
        ids.push_back(o.caseId);
    return ids;
}
} // namespace

int main(int argc, char **argv)
{
    OpenMpLimit::ensureSingleThreaded(argv);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int imports = std::max(0, intOption(args, "--imports", 200));
    const int pages = std::max(8, intOption(args, "--pages", 300));
    const int cases = std::max(2, intOption(args, "--cases", 500));
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("stall.crstore"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--store")); i > 0 && i + 1 < args.size()) {
        store = args[i + 1];
        if (QFileInfo::exists(store)) {
            std::fprintf(stderr, "%s exists already; give the path of a new store (it is filled with generated cases).\n",
                         qPrintable(store));
            return 2;
        }
    }

    // Set-up, before the window and the heartbeat: the files to import and the store's cases.
    QElapsedTimer setup;
    setup.start();
    const QStringList decisions = DemoDossiers::write(dir.filePath(QStringLiteral("decisions")), imports);
    const QString work = dir.filePath(QStringLiteral("work.pdf")); // a demo dossier none of the imports repeats
    StallFixtures::writeTextPdf(work, DemoDossiers::pages(imports + 1));
    const QString longDossier = dir.filePath(QStringLiteral("long.pdf"));
    StallFixtures::writeLongDossier(longDossier, pages);
    QStringList scans;
    for (int f = 0; f < 2; ++f) {
        std::vector<QStringList> scanned;
        for (int p = 0; p < 3; ++p)
            scanned.push_back(DemoDossiers::pages(1 + f).value(p).split(QLatin1Char('\n')));
        scans << dir.filePath(QStringLiteral("scan%1.pdf").arg(f + 1));
        StallFixtures::writeScannedPdf(scans.back(), scanned);
    }
    const int generated = std::max(0, cases - imports);
    qint64 workId = 0, longId = 0;
    {
        Database db(store);
        StallFixtures::addSignedCases(db, generated);
        const auto ids = importedIds(CaseImporter(db).run({work, longDossier}, ImportOptions{}));
        workId = ids.at(0);
        longId = ids.at(1);
    }
    const bool ocrReady = OcrEngine().isReady();
    std::printf("load average at the start: %s", qPrintable(loadAverage()));
    std::printf("set-up %.1f s: %d signed cases in the store, a working case, a %d-page dossier; %d decisions and %lld "
                "scanned files to import\n",
                setup.elapsed() / 1000.0, generated, pages, imports, static_cast<long long>(scans.size()));

    Workspace workspace(store);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setReviewer(QStringLiteral("王评查"));
    StallMeter meter;
    std::unique_ptr<MainWindow> window;
    bool listLoaded = false;
    int answers = 0;
    QPointer<ImportDialog> importDialog;
    std::optional<OcrReport> ocr;
    int previewPages = -1;
    bool reportReturned = false;

    // The reviewer answers the open case's checklist through its item list: J to the next
    // item, then 1 (compliant) or 3 (not applicable), every 100 ms; back to the first at the end.
    QTimer answering;
    answering.setInterval(100);
    QObject::connect(&answering, &QTimer::timeout, [&] {
        ChecklistPanel *panel = window->checklist();
        if (!panel->isEnabled() || panel->currentItem().isEmpty() || (panel->review() && panel->review()->status != ReviewStatus::Draft))
            return;
        const QString before = panel->currentItem();
        key(panel->tree(), Qt::Key_J, QStringLiteral("j"));
        if (panel->currentItem() == before && !panel->standard().sections.empty() && !panel->standard().sections.front().items.empty())
            panel->selectItem(panel->standard().sections.front().items.front().id);
        const bool pass = answers % 2 == 0;
        key(panel->tree(), pass ? Qt::Key_1 : Qt::Key_3, pass ? QStringLiteral("1") : QStringLiteral("3"));
        ++answers;
    });

    const auto flip = [&](int page) {
        return Step{
            {}, [&, page] { window->viewer()->goToPage(page); }, [&, page] { return window->viewer()->view()->hasSharpImage(page); }};
    };
    std::vector<Step> script{
        {QStringLiteral("start-up: window, case list"),
         [&] {
             window = std::make_unique<MainWindow>(workspace, settings);
             QObject::connect(window->caseList(), &CaseListPanel::loaded, [&] { listLoaded = true; });
             window->show();
         },
         [&] { return listLoaded && window->caseList()->isIdle(); }},
        {QStringLiteral("open the working case"), [&] { window->openCase(workId); },
         [&] { return window->viewer()->hasDocument() && window->checklist()->isIdle() && !window->checklist()->currentItem().isEmpty(); }},
        {QStringLiteral("import %1 decisions").arg(imports),
         [&] {
             answering.start();
             window->importFiles(decisions);
             importDialog = window->findChildren<ImportDialog *>().last();
         },
         [&] { return importDialog && !importDialog->isRunning() && window->caseList()->isIdle(); }},
        {QStringLiteral("OCR of 6 scanned pages"),
         [&] {
             const ImportReport r = importDialog->report();
             std::printf("import: %d imported, %d duplicates, %d failed\n", r.count(ImportOutcome::Status::Imported),
                         r.count(ImportOutcome::Status::Duplicate), r.count(ImportOutcome::Status::Failed));
             importDialog->close();
             if (!ocrReady) {
                 meter.skipPhase(QStringLiteral("OCR of 6 scanned pages"), QStringLiteral("the Tesseract chi_sim data is not installed"));
                 ocr = OcrReport{};
                 return;
             }
             auto *controller = window->findChild<OcrController *>();
             QObject::connect(controller, &OcrController::finished, [&](const OcrReport &r) {
                 if (r.pagesDone + r.pagesFailed > 0 || !r.error.isEmpty())
                     ocr = r;
             });
             window->importFiles(scans);
             importDialog = window->findChildren<ImportDialog *>().last();
         },
         [&] { return ocr.has_value(); }},
        {QStringLiteral("open the %1-page dossier").arg(pages),
         [&] {
             if (ocrReady)
                 std::printf("OCR: %d pages read, %d failed%s\n", ocr->pagesDone, ocr->pagesFailed,
                             ocr->error.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + ocr->error + QLatin1Char(')')));
             if (importDialog)
                 importDialog->close();
             window->openCase(longId);
         },
         [&] { return window->viewer()->pageCount() == pages && window->viewer()->view()->hasSharpImage(0); }},
        flip(pages / 3),
        flip(2 * pages / 3),
        flip(pages - 1),
        {QStringLiteral("campaign report and its print preview"),
         [&] {
             QTimer::singleShot(0, [&] {
                 window->actions().action(QStringLiteral("report.campaign.preview"))->trigger(); // returns when the preview closes
                 reportReturned = true;
             });
         },
         [&] {
             for (QWidget *w : QApplication::topLevelWidgets()) {
                 // Pages through the preview as a reader would, a few pages at a time once the
                 // page in view is rendered; done when the last page is shown rendered.
                 auto *dialog = qobject_cast<ReportPreviewDialog *>(w);
                 if (!dialog || !dialog->isVisible() || !dialog->isReady())
                     continue;
                 PreviewPageView *view = dialog->view();
                 const int last = dialog->pageCount() - 1;
                 if (view->hasPage(last, view->neededDpi())) {
                     previewPages = dialog->pageCount();
                     dialog->reject();
                 } else if (view->hasPage(view->currentPage(), view->neededDpi())) {
                     view->showPage(std::min(last, view->currentPage() + 3));
                 }
             }
             return reportReturned;
         }},
    };

    // Runs the script from the event loop; a message box (an unexpected error) is printed and closed.
    size_t current = 0;
    QElapsedTimer stepClock;
    QTimer poll;
    poll.setInterval(10);
    const auto begin = [&] {
        if (!script[current].phase.isEmpty())
            meter.setPhase(script[current].phase);
        stepClock.start();
        script[current].begin();
    };
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                std::printf("message box: %s\n", qPrintable(box->text()));
                box->reject();
            }
        if (stepClock.elapsed() > 30 * 60 * 1000) {
            std::printf("step %zu did not finish in 30 min; stopping\n", current);
            app.exit(1);
            return;
        }
        if (!script[current].done())
            return;
        if (++current < script.size())
            return begin();
        poll.stop();
        answering.stop();
        meter.stop();
        std::printf("load average at the end: %s", qPrintable(loadAverage()));
        std::printf("campaign preview: %d pages; checklist: %d answers given through the item list\n", previewPages, answers);
        meter.print();
        app.quit();
    });
    meter.start();
    QTimer::singleShot(0, [&] {
        begin();
        poll.start();
    });
    const int rc = app.exec();
    window.reset();
    return rc;
}
