// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "import/caseimporter.h"
#include "ocr/ocrrunner.h"
#include "search/pagesearch.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("OCR results are stored with word boxes, keep the native text and replace the search row")
{
    Database db(QStringLiteral(":memory:"));
    NewCase c;
    c.fileName = QStringLiteral("scan.pdf");
    c.sourcePath = c.fileName;
    c.original = "%PDF-1.4 scan";
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("立案审批表 当事人：某公司"), QStringLiteral(" 7 ")};
    c.pagesNeedingOcr = {2};
    const qint64 id = CaseRepository(db).add(c);

    OcrRepository repo(db);
    const auto pending = repo.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].caseId == id);
    CHECK(pending[0].page == 2);
    CHECK(repo.pendingCount(id) == 1);

    OcrPage result;
    result.text = QStringLiteral("行政处罚决定书\n罚款人民币伍万元整");
    result.words = {{QStringLiteral("行政处罚决定书"), QRectF(36, 40, 120, 14), 93.5f, 0},
                    {QStringLiteral("罚款人民币伍万元整"), QRectF(36, 70, 150, 14), 41.0f, 1}};
    result.meanConfidence = 67.25;
    repo.save(pending[0].pageId, result);

    CHECK(repo.pendingCount(id) == 0);
    CHECK(CaseRepository(db).pages(id)[1].text == result.text);
    const auto sources = repo.sources(id);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].source == QStringLiteral("native"));
    CHECK_FALSE(sources[0].confidence.has_value());
    CHECK(sources[1].source == QStringLiteral("ocr"));
    CHECK(*sources[1].confidence == doctest::Approx(67.25));
    CHECK(sources[1].lowConfidenceWords == 1);
    const auto words = repo.words(id, 2);
    REQUIRE(words.size() == 2);
    CHECK(words[1].rect == QRectF(36, 70, 150, 14));
    CHECK(words[1].line == 1);
    const auto hits = PageSearch::run(db, QStringLiteral("决定书"), 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].page == 2);
    Statement native = db.prepare("SELECT native_text FROM pages WHERE case_id = ? AND page_no = 2");
    native.bind(1, id);
    REQUIRE(native.step());
    CHECK(native.text(0) == QStringLiteral(" 7 "));
}

TEST_CASE("a scanned page is queued at import, read by OCR, then searchable and re-analysed")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.crstore")));
    const QString file = dir.filePath(QStringLiteral("扫描件.pdf"));
    Fixtures::writeFile(file, Fixtures::scannedPdf({{QStringLiteral("行政处罚决定书"), QStringLiteral("当事人：郑州惠民商贸有限公司"),
                                          QStringLiteral("本机关决定：罚款人民币伍万元整。"), QStringLiteral("2025年3月28日")}}));
    const ImportReport imported = CaseImporter(db).run({file}, {});
    REQUIRE(imported.outcomes[0].status == ImportOutcome::Status::Imported);
    const qint64 id = imported.outcomes[0].caseId;
    CHECK(imported.outcomes[0].warnings.join(QLatin1Char(' ')).contains(QStringLiteral("OCR")));
    CHECK(OcrRepository(db).pendingCount(id) == 1);

    // A cancelled run leaves the page pending; the next run picks it up.
    std::atomic<bool> cancelled{true};
    const OcrReport stopped = OcrRunner(db).run({}, {}, {}, &cancelled);
    CHECK(stopped.cancelled);
    CHECK(OcrRepository(db).pendingCount(id) == 1);

    const OcrReport r = OcrRunner(db).run({}, {});
    INFO("error: " << r.error.toStdString());
    REQUIRE(r.pagesDone == 1);
    CHECK(r.casesCompleted == std::vector<qint64>{id});
    CHECK(OcrRepository(db).pendingCount(id) == 0);
    const QString text = CaseRepository(db).pages(id)[0].text;
    INFO("OCR text: " << text.toStdString());
    CHECK(text.contains(QStringLiteral("行政处罚决定书")));
    CHECK(PageSearch::run(db, QStringLiteral("处罚决定"), 5).size() == 1);
    const auto rec = CaseRepository(db).get(id);
    REQUIRE(rec);
    REQUIRE_FALSE(rec->analysis.documents.empty());
    CHECK(rec->analysis.documents.front().type == DocumentType::Decision);
    REQUIRE(rec->analysis.fields.fineAmount);
    CHECK(rec->analysis.fields.fineAmount->yuan == 50000.0);
    const auto words = OcrRepository(db).words(id, 1);
    REQUIRE_FALSE(words.empty());
    // The first line was drawn 200 px / 200 dpi = 72 pt from the top.
    CHECK(words.front().rect.bottom() == doctest::Approx(72).epsilon(0.25));
}

TEST_CASE("reclean rebuilds OCR page text from the stored words and analyses the case again")
{
    Database db(QStringLiteral(":memory:"));
    NewCase c;
    c.fileName = QStringLiteral("scan.pdf");
    c.sourcePath = c.fileName;
    c.original = "%PDF-1.4 scan again";
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("立案审批表\n立案日期：2024年3月1日"), QString()};
    c.pagesNeedingOcr = {2};
    const qint64 id = CaseRepository(db).add(c);
    OcrRepository repo(db);
    const auto pending = repo.pending();
    REQUIRE(pending.size() == 1);

    // Stored as an older clean-up left it: the misread title and date kept as read.
    OcrPage result;
    result.text = QStringLiteral("行政处昼决定书\n本局决定罚款人民币5000元。\n二OO二四年九月十有");
    result.words = {{QStringLiteral("行政处昼决定书"), QRectF(36, 40, 120, 14), 71.0f, 0},
                    {QStringLiteral("本局决定罚款人民币5000元。"), QRectF(36, 70, 150, 14), 90.0f, 1},
                    {QStringLiteral("二OO二四年九月十有"), QRectF(300, 700, 90, 14), 35.0f, 2}};
    result.meanConfidence = 65;
    repo.save(pending[0].pageId, result);
    CHECK(OcrRunner(db).reclean(id) == 1);

    CHECK(CaseRepository(db).pages(id)[1].text == QStringLiteral("行政处昼决定书\n本局决定罚款人民币5000元。\n二〇二四年九月十日"));
    const CaseRecord record = *CaseRepository(db).get(id);
    const auto decision = std::find_if(record.analysis.documents.begin(), record.analysis.documents.end(),
                                       [](const CaseDocument &d) { return d.type == DocumentType::Decision; });
    REQUIRE(decision != record.analysis.documents.end());
    CHECK(decision->firstPage == 2);
    REQUIRE(record.analysis.fields.dates.count(QStringLiteral("decision")) == 1);
    CHECK(record.analysis.fields.dates.at(QStringLiteral("decision")).value == QDate(2024, 9, 10));
}
