// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports menu: its actions, the case selection a campaign report covers, the print preview
// (the PDF rendered on workers, page by page as it comes into view), printing on a worker with
// its audit record, and the off-thread PDF and table jobs.
#include "uitestsupport.h"

#include "actionregistry.h"
#include "caselist/caselistpanel.h"
#include "fixtures.h"
#include "import/pdfreader.h"
#include "reports/previewpageview.h"
#include "reports/reportactions.h"
#include "reports/reportpreviewdialog.h"
#include "storage/auditrepository.h"
#include "workspace/reportservice.h"
#include "workspace/workspace.h"
#include "zipentries.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QSignalSpy>
#include <QTableView>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
void signReview(UiTest::Session &s, qint64 caseId)
{
    ReviewService::Submission sub;
    sub.caseId = caseId;
    sub.reviewer = QStringLiteral("王评查");
    sub.standardId = QStringLiteral("penalty-general");
    const ReviewStandard standard = s.standards.get(sub.standardId);
    for (const StandardSection &sec : standard.sections)
        for (const StandardItem &item : sec.items) {
            Answer a;
            a.itemId = item.id;
            if (item.id == QLatin1String("P-B01")) {
                a.verdict = Verdict::Deduct;
                a.deduction = 1;
                a.note = QStringLiteral("立案审批表无日期");
                a.evidence = {{1, QRectF(40, 40, 200, 30), QStringLiteral("立案审批表")}};
            }
            sub.answers.push_back(a);
        }
    sub.sign = true;
    s.reviews.save(sub);
}

} // namespace

TEST_CASE("reports menu offers previews exports and notices")
{
    UiTest::TempStore ws;
    UiTest::Session s(ws);
    for (const char *id : {"report.opinion.preview", "report.opinion.pdf", "report.campaign.preview", "report.campaign.pdf",
                           "report.notice.preview", "report.notice.pdf", "report.export.cases", "report.export.findings",
                           "report.export.scores", "report.bureau"})
        CHECK_MESSAGE(s.window.actions().action(QString::fromLatin1(id)) != nullptr, id);
    QStringList menus;
    for (QAction *a : s.window.menuBar()->actions())
        if (a->isVisible())
            menus << a->text();
    CHECK(menus.contains(QStringLiteral("Re&ports")));
}

TEST_CASE("campaign report covers the selected cases or all of them")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(3));
    UiTest::Session s(ws);
    REQUIRE(s.reloadCases());
    auto *actions = s.window.findChild<ReportActions *>();
    REQUIRE(actions);
    QTableView *table = s.window.caseList()->table();
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(actions->campaignCases().isEmpty());  // nothing selected: all
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(actions->campaignCases().isEmpty());  // one row: still all
    table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(actions->campaignCases().size() == 2);
}

TEST_CASE("review opinion prints from the preview on a worker, with its audit record")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session s(ws);
    signReview(s, 1);
    auto *actions = s.window.findChild<ReportActions *>();
    REQUIRE(actions);
    const ReportBuild b = ReportBuilds(s.db).opinion(1);
    REQUIRE(b.doc);
    RenderOptions options;
    options.bureau = QStringLiteral("测试司法局");
    ReportPreviewDialog dialog(s.workspace, *b.doc, options, QStringLiteral("王评查"), {});
    QSignalSpy printed(&dialog, &ReportPreviewDialog::printed);
    REQUIRE(UiTest::waitFor([&] { return dialog.isReady(); }));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true);
    const QString out = ws.dir.filePath(QStringLiteral("printed.pdf"));
    printer->setOutputFileName(out);
    dialog.printTo(printer);
    REQUIRE(printed.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    int pages = 0;
    const QString t = Fixtures::pdfText(out, &pages);
    CHECK(pages >= 2);
    CHECK(pages == dialog.pageCount()); // the preview showed what was printed
    CHECK(printed.at(0).at(1).toInt() == pages);
    CHECK(t.contains(QStringLiteral("测试司法局")));
    CHECK(t.contains(QStringLiteral("立案审批表无日期")));
    CHECK(t.contains(QStringLiteral("第1页共%1页").arg(pages)));
    // The print is in the audit chain: who, where to, how many pages.
    const auto audit = AuditRepository(s.db).list(QStringLiteral("report"));
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().actor == QStringLiteral("王评查"));
    CHECK(audit.front().after.contains(QStringLiteral("printed.pdf")));
    CHECK(audit.front().after.contains(QStringLiteral("\"pages\":%1").arg(pages)));

    CHECK(actions->buildError(ReportBuilds(s.db).opinion(99)) == QStringLiteral("Case 99 is not in the store."));
    ReportBuild nothing;
    nothing.error = ReportBuild::Error::NoProblems;
    nothing.detail = QStringLiteral("甲局|乙"); // an agency's name is shown whole, whatever it holds
    nothing.cases = 3;
    CHECK(actions->buildError(nothing).startsWith(QStringLiteral("甲局|乙 has nothing to rectify")));
    ReportBuild blind;
    blind.error = ReportBuild::Error::Blind;
    blind.blind = BlindFile{{QStringLiteral("王"), QStringLiteral("李")}, {QStringLiteral("王")}};
    CHECK(actions->buildError(blind).startsWith(
        QStringLiteral("This case is under blind review: 1 of 2 assigned reviewers have submitted.")));
}

TEST_CASE("preview pages are rendered on a worker in the order asked, outside pages skipped")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session s(ws);
    signReview(s, 1);
    const ReportBuild b = ReportBuilds(s.db).opinion(1);
    REQUIRE(b.doc);
    ReportService reports(s.workspace);
    const ReportPreview preview = Workspace::wait(reports.preview(*b.doc, {}));
    REQUIRE(preview.pdf);
    REQUIRE(preview.painted.ok);
    CHECK(preview.pdf->startsWith("%PDF-"));
    CHECK(PdfReader::open(*preview.pdf).pageCount() == preview.painted.pages);
    CHECK(preview.pageSize.width() == doctest::Approx(595.3).epsilon(0.01));
    CHECK(AuditRepository(s.db).list(QStringLiteral("report")).empty()); // a preview is not an issue
    auto rendering = reports.previewPages(preview, {1, 0, 57, -1}, 36);
    rendering.waitForFinished();
    const QList<PreviewPage> pages = rendering.results();
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].index == 1);
    CHECK(pages[1].index == 0);
    CHECK(pages[0].dpi == 36);
    // A4 at 36 dpi, with ink on it.
    CHECK(std::abs(pages[1].image.width() - 298) <= 1);
    CHECK(std::abs(pages[1].image.height() - 421) <= 1);
    int dark = 0;
    for (int y = 0; y < pages[1].image.height(); y += 2)
        for (int x = 0; x < pages[1].image.width(); x += 2)
            dark += qGray(pages[1].image.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 100);
}

TEST_CASE("print preview shows every page as it comes into view")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session s(ws);
    signReview(s, 1);
    const ReportBuild b = ReportBuilds(s.db).opinion(1);
    REQUIRE(b.doc);
    ReportPreviewDialog dialog(s.workspace, *b.doc, {}, QStringLiteral("王评查"), {});
    dialog.resize(900, 1000);
    dialog.show();
    PreviewPageView *view = dialog.view();
    REQUIRE(UiTest::waitFor([&] { return dialog.isReady() && view->hasPage(0, view->neededDpi()); }));
    REQUIRE(dialog.pageCount() >= 2);
    CHECK(view->visiblePages().contains(0));
    UiTest::screenshot(&dialog, QStringLiteral("report-preview"));
    // Paging to the end renders the last page; zooming asks for the pages again at the new dpi.
    const int last = dialog.pageCount() - 1;
    view->showPage(last);
    REQUIRE(UiTest::waitFor([&] { return view->hasPage(last, view->neededDpi()); }));
    const double before = view->neededDpi();
    view->zoomBy(1.25);
    CHECK(view->neededDpi() > before);
    CHECK(!view->hasPage(view->currentPage(), view->neededDpi()));
    REQUIRE(UiTest::waitFor([&] { return view->hasPage(view->currentPage(), view->neededDpi()); }));
    view->fitWidth();
    CHECK(view->zoom() == doctest::Approx((view->viewport()->width() - 30) / 595.28).epsilon(0.02));

    s.window.show();
    QMenu *menu = nullptr;
    for (QAction *a : s.window.menuBar()->actions())
        if (a->text() == QStringLiteral("Re&ports"))
            menu = a->menu();
    REQUIRE(menu);
    menu->popup(QPoint(0, 0));
    UiTest::waitFor([&] { return menu->isVisible(); }, 2000);
    UiTest::screenshot(menu, QStringLiteral("report-menu"));
    menu->close();
    dialog.close();
}

TEST_CASE("report jobs write the PDF with an audit record and export tables off the GUI thread")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(2));
    UiTest::Session s(ws);
    signReview(s, 2);
    ReportService reports(s.workspace);
    ReportService::Request r;
    r.kind = ReportService::Request::Kind::Campaign;
    const ReportBuild built = Workspace::wait(reports.build(r));
    REQUIRE(built.doc);
    const QString pdf = ws.dir.filePath(QStringLiteral("campaign.pdf"));
    QSignalSpy changes(&s.workspace, &Workspace::changed);
    auto written = reports.writePdf(*built.doc, pdf, {}, QStringLiteral("王评查"));
    REQUIRE(Workspace::wait(written).ok);
    // The issue record is announced as a Reports change of the report's cases.
    REQUIRE(Fixtures::spinUntil([&] { return changes.count() >= 1; }));
    const ChangeEvent announced = changes.at(0).at(0).value<ChangeEvent>();
    CHECK(announced.kind == ChangeEvent::Kind::Reports);
    CHECK(announced.caseIds == std::vector<qint64>(built.doc->caseIds.begin(), built.doc->caseIds.end()));
    CHECK(written.progressValue() == 1000);
    int pages = 0;
    CHECK(Fixtures::pdfText(pdf, &pages).contains(QStringLiteral("行政执法案卷评查报告")));
    CHECK(AuditRepository(s.db).list(QStringLiteral("report")).size() == 1);

    const QString xlsx = ws.dir.filePath(QStringLiteral("cases.xlsx"));
    const ExportResult exported = Workspace::wait(reports.exportTable(QStringLiteral("cases"), ExportFormat::Xlsx, xlsx));
    REQUIRE(exported.ok());
    CHECK(exported.rows == 2);
    CHECK(ZipEntries::read(Fixtures::readFile(xlsx)).contains(QStringLiteral("xl/worksheets/sheet1.xml")));
}

TEST_CASE("an opinion for another reviewer falls back to the case's only review unless the reviewer must match")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session s(ws);
    signReview(s, 1);
    ReportService::Request r;
    r.caseIds = {1};
    r.reviewer = QStringLiteral("李审核");
    const ReportBuild fallback = Workspace::wait(ReportService(s.workspace).build(r));
    REQUIRE(fallback.doc); // the preview's reviewer need not have written the only review
    r.exactReviewer = true; // the CLI's --reviewer
    const ReportBuild exact = Workspace::wait(ReportService(s.workspace).build(r));
    CHECK(!exact.doc);
    CHECK(exact.error == ReportBuild::Error::NoReview);
    CHECK(exact.detail == QStringLiteral("李审核"));
}
