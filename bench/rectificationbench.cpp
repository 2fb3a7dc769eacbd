// SPDX-License-Identifier: GPL-3.0-or-later
// Rectification timings on a generated store of N signed cases (3 deductions each, some with
// a failed veto gate): creating the items of every case in one call, listing them, the case
// list's 三色 (CaseSummaryLoader), the ledger as CSV, XLSX and PDF, 100 audited status changes,
// 100 withdrawals and the lists and re-creation after them, and `audit verify`. Not a test; prints figures.
//   cmake --build build --target bench_rectification && QT_QPA_PLATFORM=offscreen build/bench/bench_rectification [--cases N]
#include "export/tableexporter.h"
#include "report/rectificationledger.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationservice.h"
#include "report/reportrenderer.h"
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace casereview;

namespace {
const char *const kAgencies[] = {"郑州市市场监督管理局", "洛阳市生态环境局", "开封市城市管理局", "新乡市交通运输局",
                                 "许昌市市场监督管理局", "南阳市住房和城乡建设局", "安阳市应急管理局", "焦作市自然资源局"};

std::vector<qint64> populate(Database &db, int n)
{
    StandardService(db).ensureBuiltins();
    ReviewService reviews(db);
    std::vector<qint64> ids;
    for (int i = 1; i <= n; ++i) {
        NewCase c;
        c.fileName = QStringLiteral("案卷%1.pdf").arg(i);
        c.original = QByteArray("%PDF-1.4 bench ") + QByteArray::number(i);
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        for (int p = 0; p < 6; ++p)
            c.pageTexts.push_back(QStringLiteral("第%1页").arg(p + 1));
        c.analysis.fields.caseNo = TextField{QStringLiteral("豫罚〔2025〕%1号").arg(i), {1, {}}};
        c.analysis.fields.agency = TextField{QString::fromUtf8(kAgencies[i % 8]), {1, {}}};
        const qint64 id = CaseRepository(db).add(c);
        ReviewService::Submission s;
        s.caseId = id;
        s.reviewer = QStringLiteral("评查员");
        s.standardId = QStringLiteral("penalty-general");
        s.sign = true;
        s.allowIncomplete = true;
        s.answers = {{QStringLiteral("P-B01"), Verdict::Deduct, 2, QStringLiteral("无负责人签字"), {{1, std::nullopt, {}}}},
                     {QStringLiteral("P-C02"), Verdict::Deduct, 1, {}, {{3, std::nullopt, {}}}},
                     {QStringLiteral("P-C03"), Verdict::Deduct, 1, {}, {{4, std::nullopt, {}}}}};
        if (i % 10 == 0)
            s.answers.push_back({QStringLiteral("P-A03"), Verdict::Fail, 0, {}, {{2, std::nullopt, {}}}});
        reviews.save(s);
        ids.push_back(id);
    }
    return ids;
}

double ms(QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int n = 500;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--cases")); i >= 0 && i + 1 < args.size())
        n = args[i + 1].toInt();
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.crstore")));
    QElapsedTimer t;
    t.start();
    const std::vector<qint64> cases = populate(db, n);
    std::printf("generated %d signed cases in %.0f ms\n", n, ms(t));

    RectificationService service(db);
    RectificationService::CreateRequest r;
    r.caseIds = cases;
    r.actor = QStringLiteral("督查员");
    t.restart();
    const auto created = service.create(r);
    std::printf("create: %zu items from %d cases in one transaction: %.0f ms\n", created.created.size(), n, ms(t));
    t.restart();
    const auto again = service.create(r);
    std::printf("create again (nothing new, %d already tracked): %.0f ms\n", again.alreadyTracked, ms(t));

    t.restart();
    const auto items = service.items();
    std::printf("list %zu items: %.1f ms\n", items.size(), ms(t));
    t.restart();
    const auto agencies = RectificationRules::perAgency(items, QDate::currentDate());
    std::printf("三色 per agency (%lld agencies): %.2f ms\n", qint64(agencies.size()), ms(t));
    t.restart();
    const auto summaries = CaseSummaryLoader(db).all();
    std::printf("case list rows with score and 三色 (%zu cases): %.0f ms\n", summaries.size(), ms(t));

    t.restart();
    for (int i = 0; i < 100 && i < int(items.size()); ++i)
        service.changeStatus(items[size_t(i)].id, {RectificationStatus::InProgress, QStringLiteral("已下发通知"), {}, QStringLiteral("督查员")});
    std::printf("100 status changes, each with its audit row: %.0f ms (%.1f ms each)\n", ms(t), ms(t) / 100);

    t.restart();
    for (int i = 100; i < 200 && i < int(items.size()); ++i)
        service.withdraw(items[size_t(i)].id, QStringLiteral("误建"), QStringLiteral("督查员"));
    std::printf("100 withdrawals, each with its audit row: %.0f ms (%.1f ms each)\n", ms(t), ms(t) / 100);
    t.restart();
    const size_t listed = service.items().size();
    std::printf("list without the withdrawn: %zu items in %.1f ms\n", listed, ms(t));
    RectificationFilter withWithdrawn;
    withWithdrawn.includeWithdrawn = true;
    t.restart();
    const size_t all = service.items(withWithdrawn).size();
    std::printf("list with the withdrawn: %zu items in %.1f ms\n", all, ms(t));
    t.restart();
    const auto recreated = service.create(r);
    std::printf("create again after the withdrawals: %zu items made anew in %.0f ms\n", recreated.created.size(), ms(t));

    const RectificationLedger::Input ledger = service.ledgerInput();
    t.restart();
    TableExporter::write(RectificationLedger::table(ledger), ExportFormat::Csv, dir.filePath(QStringLiteral("l.csv")));
    std::printf("ledger CSV: %.0f ms\n", ms(t));
    t.restart();
    TableExporter::write(RectificationLedger::table(ledger), ExportFormat::Xlsx, dir.filePath(QStringLiteral("l.xlsx")));
    std::printf("ledger XLSX: %.0f ms\n", ms(t));
    t.restart();
    const RenderResult pdf = ReportRenderer().writePdf(RectificationLedger::document(ledger), dir.filePath(QStringLiteral("l.pdf")), {});
    std::printf("ledger PDF: %d pages in %.0f ms\n", pdf.pages, ms(t));
    t.restart();
    const AuditVerification v = AuditRepository(db).verify();
    std::printf("audit verify: %lld rows, %s, %.0f ms\n", v.rowsChecked, v.intact ? "intact" : "BROKEN", ms(t));
    return 0;
}
