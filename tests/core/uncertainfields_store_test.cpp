// SPDX-License-Identifier: GPL-3.0-or-later
// The keys of the extracted values resting on doubtful OCR words are stored with the case:
// written when a case is analysed, read back by the repository and the case summaries, and
// worked out once for the scanned cases of a store upgraded from schema 6.
#include "scannedcase.h"

#include "ocr/ocrdoubt.h"
#include "ocr/ocrrunner.h"
#include "review/casesummaryloader.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/ocrrepository.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
NewCase plainCase(const QByteArray &bytes)
{
    NewCase c;
    c.fileName = QStringLiteral("a.pdf");
    c.sourcePath = c.fileName;
    c.original = bytes;
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("行政处罚决定书")};
    c.analysis.fields.caseNo = TextField{QStringLiteral("豫罚〔2025〕1号"), {1, QStringLiteral("豫罚〔2025〕1号")}};
    return c;
}

std::set<QString> computed(Database &db, qint64 id)
{
    OcrRepository ocr(db);
    return OcrDoubt::uncertainFields(CaseRepository(db).get(id)->analysis.fields,
                                     [&](int page) { return ocr.words(id, page); });
}
} // namespace

TEST_CASE("uncertain field keys round-trip through the store and reach the case summaries")
{
    Database db(QStringLiteral(":memory:"));
    CaseRepository repo(db);
    NewCase c = plainCase("%PDF-1.4 one");
    c.uncertainFields = {QStringLiteral("party_name"), QStringLiteral("dates.decision"), QStringLiteral("officers.1")};
    const qint64 id = repo.add(c);
    const qint64 other = repo.add(plainCase("%PDF-1.4 two"));

    CHECK(repo.get(id)->uncertainFields == c.uncertainFields);
    CHECK(repo.get(other)->uncertainFields.empty());
    const auto summaries = CaseSummaryLoader(db).all();
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].uncertainFields == c.uncertainFields);
    CHECK(summaries[1].uncertainFields.empty());
    CHECK(CaseSummaryLoader(db).one(id)->uncertainFields == c.uncertainFields);

    // A new analysis replaces the keys with its own, and none leaves none.
    const DossierAnalysis analysis = repo.get(id)->analysis;
    repo.replaceAnalysis(id, analysis, {QStringLiteral("case_no")});
    CHECK(repo.list(id)[0].uncertainFields == std::set<QString>{QStringLiteral("case_no")});
    repo.replaceAnalysis(id, analysis, {});
    CHECK(repo.get(id)->uncertainFields.empty());
    CHECK(repo.get(id)->analysis.fields == analysis.fields);
}

TEST_CASE("analysing a scanned case stores the keys of the values read from doubtful OCR words")
{
    Database db(QStringLiteral(":memory:"));
    const qint64 id = ScannedCase::add(db);
    const CaseRecord rec = *CaseRepository(db).get(id);
    REQUIRE(rec.analysis.fields.dates.count(QStringLiteral("decision")) == 1);
    REQUIRE(rec.analysis.fields.fineAmount);
    // The signature date was read from a word at confidence 35; the fine from one at 92.
    CHECK(rec.uncertainFields.count(QStringLiteral("dates.decision")) == 1);
    CHECK(rec.uncertainFields.count(QStringLiteral("fine_amount_yuan")) == 0);
    CHECK(rec.uncertainFields == computed(db, id));

    // The same page read well: after the case is analysed again nothing is left to check.
    const qint64 clear = ScannedCase::add(db, 2, 91.0f);
    CHECK(CaseRepository(db).get(clear)->uncertainFields.empty());
    CHECK(computed(db, clear).empty());
}

TEST_CASE("a schema 6 store gains the uncertain fields of its scanned cases when it is opened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.crstore"));
    {
        Database db(path, Database::Mode::ReadWrite, 6);
        REQUIRE(db.schemaVersion() == 6);
        // Case 1 scanned: its case number on an OCR page, read from a low-confidence word, the
        // party from a confident one. Case 2 native. Written with schema 6's columns.
        db.exec(R"sql(
INSERT INTO files(id, sha256, size, data) VALUES (1, 'a1', 1, X'01'), (2, 'a2', 1, X'02');
INSERT INTO cases(id, file_id, file_name, source_path, page_count, imported_at)
    VALUES (1, 1, 'scan.pdf', '/scan.pdf', 1, '2025-01-01T00:00:00Z'),
           (2, 2, 'text.pdf', '/text.pdf', 1, '2025-01-01T00:00:00Z');
INSERT INTO pages(id, case_id, page_no, text, source, ocr_confidence)
    VALUES (1, 1, 1, '行政处罚决定书
豫罚〔2025〕7号
当事人：郑州惠民商贸有限公司', 'ocr', 70),
           (2, 2, 1, '行政处罚决定书 豫罚〔2025〕8号', 'native', NULL);
INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line)
    VALUES (1, 0, '行政处罚决定书', 36, 40, 120, 14, 95, 0),
           (1, 1, '豫罚〔2025〕7号', 36, 70, 120, 14, 30, 1),
           (1, 2, '当事人：郑州惠民商贸有限公司', 36, 100, 200, 14, 93, 2);
INSERT INTO fields(case_id, key, value, page, snippet)
    VALUES (1, 'case_no', '豫罚〔2025〕7号', 1, '豫罚〔2025〕7号'),
           (1, 'party_name', '郑州惠民商贸有限公司', 1, '当事人：郑州惠民商贸有限公司'),
           (2, 'case_no', '豫罚〔2025〕8号', 1, '豫罚〔2025〕8号');
)sql");
    }
    Database db(path);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CaseRepository repo(db);
    // The step keeps its own frozen judgement: the expected keys are written out, not
    // recomputed with today's OcrDoubt, which may have changed since.
    CHECK(repo.get(1)->uncertainFields == std::set<QString>{QStringLiteral("case_no")});
    CHECK(repo.get(2)->uncertainFields.empty());
    const auto summaries = CaseSummaryLoader(db).all();
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].uncertainFields == std::set<QString>{QStringLiteral("case_no")});
    CHECK(summaries[1].uncertainFields.empty());
}
