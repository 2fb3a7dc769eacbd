// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "handpdf.h"
#include "import/caseimporter.h"
#include "import/pdfreader.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QDir>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct Env {
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("store.crstore"))};
    QString path(const QString &name) const { return dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString p = path(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        Fixtures::writeFile(p, bytes);
        return p;
    }
    ImportReport import(const QStringList &paths, ImportOptions options = {})
    {
        return CaseImporter(db).run(paths, options);
    }
};

const ImportOutcome &outcomeFor(const ImportReport &r, const QString &fileEnd)
{
    for (const auto &o : r.outcomes)
        if (o.file.endsWith(fileEnd))
            return o;
    FAIL("no outcome for " << fileEnd.toStdString());
    return r.outcomes.front();
}

int scalar(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return int(st.int64(0));
}

QByteArray dossier(int n) { return Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕%1号").arg(n))); }
} // namespace

TEST_CASE("a generated Chinese dossier imports with its page text, original and search rows")
{
    Env env;
    const QByteArray bytes = dossier(1);
    const QString file = env.write(QStringLiteral("案卷 1.pdf"), bytes);
    const ImportReport r = env.import({file});
    REQUIRE(r.outcomes.size() == 1);
    const ImportOutcome &o = r.outcomes[0];
    CHECK(o.status == ImportOutcome::Status::Imported);
    CHECK(o.pages == 5);
    CaseRepository repo(env.db);
    CHECK(repo.originalFile(o.caseId) == bytes);
    const auto pages = repo.pages(o.caseId);
    REQUIRE(pages.size() == 5);
    CHECK(pages[0].text.contains(QStringLiteral("立案审批表")));
    CHECK(pages[3].text.contains(QStringLiteral("行政处罚决定书")));
    CHECK(scalar(env.db, "SELECT count(*) FROM page_search") == 5);
}

TEST_CASE("folders are searched recursively for PDFs of any extension case and skip other files")
{
    Env env;
    env.write(QStringLiteral("in/河南省/案卷A.pdf"), dossier(1));
    env.write(QStringLiteral("in/河南省/郑州市 金水区/2025年/案卷B.PDF"), dossier(2));
    env.write(QStringLiteral("in/河南省/郑州市 金水区/2025年/第一季度/案卷 (副本) 📄 C.pdf"), dossier(3));
    env.write(QStringLiteral("in/河南省/说明.txt"), "not a dossier");
    env.write(QStringLiteral("in/河南省/.DS_Store"), "junk");
    QDir().mkpath(env.path(QStringLiteral("in/empty folder")));
    const ImportReport r = env.import({env.path(QStringLiteral("in"))});
    CHECK(r.outcomes.size() == 3);
    CHECK(r.count(ImportOutcome::Status::Imported) == 3);
    const ImportOutcome &emoji = outcomeFor(r, QStringLiteral("案卷 (副本) 📄 C.pdf"));
    CHECK(emoji.status == ImportOutcome::Status::Imported);
    CHECK(CaseRepository(env.db).get(emoji.caseId)->fileName == QStringLiteral("案卷 (副本) 📄 C.pdf"));
}

TEST_CASE("identical files are imported once and reported as duplicates, within a run and across runs")
{
    Env env;
    const QByteArray bytes = dossier(7);
    const QString a = env.write(QStringLiteral("a.pdf"), bytes);
    const QString b = env.write(QStringLiteral("copy of a.pdf"), bytes);
    const ImportReport first = env.import({a, b});
    CHECK(first.count(ImportOutcome::Status::Imported) == 1);
    CHECK(first.count(ImportOutcome::Status::Duplicate) == 1);
    const qint64 id = outcomeFor(first, QStringLiteral("/a.pdf")).caseId;
    CHECK(outcomeFor(first, QStringLiteral("copy of a.pdf")).caseId == id);

    const ImportReport second = env.import({b});
    REQUIRE(second.outcomes.size() == 1);
    CHECK(second.outcomes[0].status == ImportOutcome::Status::Duplicate);
    CHECK(second.outcomes[0].caseId == id);
    CHECK(CaseRepository(env.db).count() == 1);
}

TEST_CASE("every bad input gets its own outcome and the batch goes on")
{
    Env env;
    const QByteArray good = dossier(9);
    QByteArray brokenXref = dossier(10);
    // Shift the xref position so every offset is wrong; Poppler rebuilds the table.
    const qsizetype sx = brokenXref.lastIndexOf("startxref");
    brokenXref = brokenXref.left(sx) + "startxref\n" + QByteArray::number(brokenXref.mid(sx + 10).trimmed().split('\n').first().toLongLong() + 37) + "\n%%EOF\n";

    const QString files[] = {
        env.write(QStringLiteral("01_empty.pdf"), {}),
        env.write(QStringLiteral("02_truncated.pdf"), good.left(good.size() * 45 / 100)),
        env.write(QStringLiteral("03_broken_xref.pdf"), brokenXref),
        env.write(QStringLiteral("06_text.pdf"), "这是一个文本文件，不是PDF。\n"),
        env.write(QStringLiteral("07_png.pdf"), Fixtures::pngBytes()),
        env.write(QStringLiteral("19_zero_pages.pdf"), Fixtures::zeroPagePdf()),
        env.write(QStringLiteral("14_leading_garbage.pdf"), QByteArray(500, '#') + dossier(11)),
        env.write(QStringLiteral("15_blank.pdf"), Fixtures::pdf({QString(), QString()})),
        env.write(QStringLiteral("good.pdf"), good),
        QStringLiteral(TEST_DATA_DIR "/encrypted_user_password.pdf"),
        QStringLiteral(TEST_DATA_DIR "/owner_password_only.pdf"),
        env.path(QStringLiteral("does not exist.pdf")),
    };
    QStringList list;
    for (const QString &f : files)
        list << f;
    const ImportReport r = env.import(list);
    CHECK(r.outcomes.size() == list.size());

    auto failedWith = [&](const QString &file, ImportError e, const QString &words) {
        const ImportOutcome &o = outcomeFor(r, file);
        CAPTURE(file.toStdString());
        CAPTURE(o.message.toStdString());
        CHECK(o.status == ImportOutcome::Status::Failed);
        CHECK(o.error == e);
        CHECK(o.message.contains(words));
    };
    failedWith(QStringLiteral("01_empty.pdf"), ImportError::Empty, QStringLiteral("empty"));
    failedWith(QStringLiteral("06_text.pdf"), ImportError::NotPdf, QStringLiteral("plain text"));
    failedWith(QStringLiteral("07_png.pdf"), ImportError::NotPdf, QStringLiteral("PNG image"));
    failedWith(QStringLiteral("19_zero_pages.pdf"), ImportError::NoPages, QStringLiteral("no pages"));
    failedWith(QStringLiteral("encrypted_user_password.pdf"), ImportError::Encrypted, QStringLiteral("password"));
    failedWith(QStringLiteral("does not exist.pdf"), ImportError::NotFound, QStringLiteral("no such file"));

    const ImportOutcome &truncated = outcomeFor(r, QStringLiteral("02_truncated.pdf"));
    if (truncated.status == ImportOutcome::Status::Failed)
        CHECK(truncated.message.contains(QStringLiteral("cut short")));
    else
        CHECK(truncated.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("cut short")));

    CHECK(outcomeFor(r, QStringLiteral("03_broken_xref.pdf")).status == ImportOutcome::Status::Imported);
    CHECK(outcomeFor(r, QStringLiteral("03_broken_xref.pdf")).pages == 5);
    CHECK(outcomeFor(r, QStringLiteral("good.pdf")).status == ImportOutcome::Status::Imported);
    const ImportOutcome &garbage = outcomeFor(r, QStringLiteral("14_leading_garbage.pdf"));
    CHECK(garbage.status == ImportOutcome::Status::Imported);
    CHECK(garbage.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("junk")));
    const ImportOutcome &blank = outcomeFor(r, QStringLiteral("15_blank.pdf"));
    CHECK(blank.status == ImportOutcome::Status::Imported);
    CHECK(blank.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("no text")));
    const ImportOutcome &owner = outcomeFor(r, QStringLiteral("owner_password_only.pdf"));
    CHECK(owner.status == ImportOutcome::Status::Imported);
    CHECK(owner.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("owner password")));

    // Only whole cases are stored: every case has exactly its pages.
    CHECK(scalar(env.db, "SELECT count(*) FROM cases c WHERE c.page_count <> (SELECT count(*) FROM pages p WHERE p.case_id = c.id)") == 0);
    CHECK(env.db.integrityProblems().isEmpty());
}

TEST_CASE("an encrypted PDF imports with its password and a wrong one is named as such")
{
    Env env;
    const QString file = QStringLiteral(TEST_DATA_DIR "/encrypted_user_password.pdf");
    ImportOptions wrong;
    wrong.password = QStringLiteral("nope");
    const ImportReport bad = env.import({file}, wrong);
    CHECK(bad.outcomes[0].error == ImportError::WrongPassword);
    ImportOptions right;
    right.password = QStringLiteral("zf2025");
    const ImportReport ok = env.import({file}, right);
    CHECK(ok.outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(CaseRepository(env.db).pages(ok.outcomes[0].caseId)[0].text.contains(QStringLiteral("fine 5000")));
}

TEST_CASE("a 20000 pt page imports and renders within the pixel cap")
{
    Env env;
    const QByteArray bytes = Fixtures::hugePagePdf(QStringLiteral("Decision No. 779"));
    const ImportReport r = env.import({env.write(QStringLiteral("huge.pdf"), bytes)});
    REQUIRE(r.outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(CaseRepository(env.db).pages(r.outcomes[0].caseId)[0].text.contains(QStringLiteral("Decision No. 779")));
    const PdfReader pdf = PdfReader::open(bytes);
    const QImage image = pdf.renderPage(0, 200, 2000);
    CHECK(image.width() <= 2000);
    CHECK(image.height() <= 2000);
    CHECK(image.width() > 1000);
}

TEST_CASE("a rotated page gives all of its text, not only what fits its unrotated shape")
{
    // Words near each corner of an A4 page: turned by /Rotate, half of them lie beyond the
    // page's short side as displayed.
    const QByteArray content = "BT /F1 14 Tf 40 800 Td (TOPLEFT) Tj ET BT /F1 14 Tf 470 800 Td (TOPRIGHT) Tj ET "
                               "BT /F1 14 Tf 40 40 Td (BOTTOMLEFT) Tj ET BT /F1 14 Tf 450 40 Td (BOTTOMRIGHT) Tj ET";
    for (int rotate : {0, 90, 180, 270}) {
        CAPTURE(rotate);
        const PdfReader reader = PdfReader::open(Fixtures::onePagePdf("0 0 595 842", rotate, content));
        REQUIRE(reader.isOpen());
        const QString text = reader.pageText(0);
        for (const char *word : {"TOPLEFT", "TOPRIGHT", "BOTTOMLEFT", "BOTTOMRIGHT"})
            CHECK(text.contains(QLatin1String(word)));
    }
}

TEST_CASE("a 1,000-page dossier imports whole and the page limit refuses larger ones clearly")
{
    Env env;
    QStringList pages;
    for (int i = 1; i <= 1000; ++i)
        pages << QStringLiteral("进货台账 第%1页").arg(i);
    pages.back() = QStringLiteral("行政处罚决定书\n罚款5000元");
    const QString file = env.write(QStringLiteral("many.pdf"), Fixtures::pdf(pages));
    ImportOptions strict;
    strict.maxPages = 999;
    const ImportReport refused = env.import({file}, strict);
    CHECK(refused.outcomes[0].error == ImportError::TooManyPages);
    CHECK(refused.outcomes[0].message.contains(QStringLiteral("1000 pages")));
    const ImportReport r = env.import({file});
    REQUIRE(r.outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(r.outcomes[0].pages == 1000);
    CHECK(CaseRepository(env.db).pages(r.outcomes[0].caseId)[999].text.contains(QStringLiteral("行政处罚决定书")));
}

TEST_CASE("cancelling stops the run and keeps only whole cases")
{
    Env env;
    QStringList files;
    for (int i = 0; i < 12; ++i)
        files << env.write(QStringLiteral("d%1.pdf").arg(i), dossier(100 + i));
    std::atomic<bool> cancel{false};
    ImportOptions one;
    one.threads = 1;
    const ImportReport r = CaseImporter(env.db).run(
        files, one, [&](const ImportProgress &p) { if (p.done >= 2) cancel = true; }, &cancel);
    CHECK(r.cancelled);
    const int imported = r.count(ImportOutcome::Status::Imported);
    CHECK(imported >= 2);
    CHECK(imported < 12);
    CHECK(CaseRepository(env.db).count() == imported);
    for (const auto &o : r.outcomes)
        if (o.status == ImportOutcome::Status::Failed)
            CHECK(o.error == ImportError::Cancelled);
    CHECK(scalar(env.db, "SELECT count(*) FROM cases c WHERE c.page_count <> (SELECT count(*) FROM pages p WHERE p.case_id = c.id)") == 0);
}

TEST_CASE("bytes after the end-of-file marker are no damage, an update cut short is")
{
    Env env;
    const QByteArray good = dossier(21);
    const QByteArray scan = Fixtures::scannedPdf({{QStringLiteral("行政处罚决定书"), QStringLiteral("当事人：某某公司")}});
    const QString files[] = {
        env.write(QStringLiteral("zeros.pdf"), good + QByteArray(4096, '\0')),
        env.write(QStringLiteral("gateway.pdf"), good + "\r\n------=_Part_17_gateway--\r\n"),
        env.write(QStringLiteral("scan_zeros.pdf"), scan + QByteArray(4096, '\0')),
        env.write(QStringLiteral("cut_update.pdf"), dossier(22) + "\n40 0 obj\n<< /Type /Annot /Subtype /Text /Contents (x) >>\nendobj\nxref\n0 1\n"),
    };
    QStringList list;
    for (const QString &f : files)
        list << f;
    const ImportReport r = env.import(list);
    for (const char *name : {"zeros.pdf", "gateway.pdf", "scan_zeros.pdf"}) {
        const ImportOutcome &o = outcomeFor(r, QString::fromLatin1(name));
        CAPTURE(std::string(name));
        CAPTURE(o.message.toStdString());
        CHECK(o.status == ImportOutcome::Status::Imported);
        CHECK(!o.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("cut short")));
    }
    const ImportOutcome &cut = outcomeFor(r, QStringLiteral("cut_update.pdf"));
    CHECK(cut.status == ImportOutcome::Status::Imported);
    CHECK(cut.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("cut short")));
}

TEST_CASE("a store another program is writing: the file is refused with the cause, nothing stored, and imports later")
{
    Env env;
    const QString file = env.write(QStringLiteral("busy.pdf"), dossier(23));
    Database other(env.dir.filePath(QStringLiteral("store.crstore")));
    other.exec("BEGIN IMMEDIATE");  // another writer holds the store (the import waits its busy timeout, ~10 s)
    const ImportReport busy = env.import({file});
    REQUIRE(busy.outcomes.size() == 1);
    const ImportOutcome &o = busy.outcomes.front();
    CHECK(o.status == ImportOutcome::Status::Failed);
    CHECK(o.error == ImportError::Storage);
    CHECK(o.detail == ImportDetail::StoreBusy);
    CHECK(o.message.contains(QStringLiteral("another program")));
    other.exec("ROLLBACK");
    CHECK(scalar(env.db, "SELECT count(*) FROM cases") == 0);
    const ImportReport later = env.import({file});
    REQUIRE(later.outcomes.size() == 1);
    CHECK(later.outcomes.front().status == ImportOutcome::Status::Imported);
}

TEST_CASE("incremental updates and linearised files import without a warning, whatever follows their last marker")
{
    Env env;
    const QByteArray base = HandPdf::withPages("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "Decision No. 12, fine 5000 yuan");
    // Two updates: a new /Info, then page one's text replaced; three %%EOF in all.
    const QByteArray once = HandPdf::appendUpdate(base, {{6, "<< /Title (Dossier 12) >>"}}, 7);
    const QByteArray twice = HandPdf::appendUpdate(once, {{4, HandPdf::textStream("Decision No. 12, fine 6000 yuan as corrected")}}, 7);
    REQUIRE(twice.count("%%EOF") == 3);
    const QByteArray linear = HandPdf::linearised("Decision No. 13 page one", "Decision No. 13 page two");
    REQUIRE(linear.count("%%EOF") == 2);
    REQUIRE(linear.indexOf("%%EOF") < 1024);
    REQUIRE(linear.contains("/Linearized 1 /L " + HandPdf::offset10(linear.size())));
    // The last section reached its startxref; only the five bytes of the marker are missing.
    QByteArray noMarker = twice;
    noMarker.chop(6);
    REQUIRE(noMarker.trimmed().endsWith(HandPdf::startxrefOf(twice)));
    QByteArray noise;  // 64 KiB of bytes that begin no section
    for (int i = 0; i < 65536; ++i)
        noise += char("\x01\xff\x7f abc\x00\r\n"[i % 10]);

    struct Row { const char *name; QByteArray bytes; int pages; const char *text; };
    const Row rows[] = {
        {"updated.pdf", twice, 1, "fine 6000 yuan as corrected"},
        {"updated_zeros.pdf", twice + QByteArray(4096, '\0'), 1, "fine 6000 yuan as corrected"},
        {"linearised.pdf", linear, 2, "page two"},
        {"linearised_footer.pdf", linear + "\r\n-- \r\nThis message and its attachments (one object) were scanned; see the trailer of our policy.\r\n", 2, "page one"},
        {"no_marker.pdf", noMarker, 1, "fine 6000 yuan"},
        {"noise.pdf", base + noise, 1, "fine 5000 yuan"},
    };
    QStringList list;
    for (const Row &row : rows)
        list << env.write(QString::fromLatin1(row.name), row.bytes);
    const ImportReport r = env.import(list);
    for (const Row &row : rows) {
        const ImportOutcome &o = outcomeFor(r, QString::fromLatin1(row.name));
        CAPTURE(std::string(row.name));
        CAPTURE(o.message.toStdString());
        CAPTURE(o.warnings.join(QLatin1Char(' ')).toStdString());
        REQUIRE(o.status == ImportOutcome::Status::Imported);
        CHECK(o.pages == row.pages);
        CHECK(o.warnings.isEmpty());
        QString all;
        for (const auto &p : CaseRepository(env.db).pages(o.caseId))
            all += p.text;
        CHECK(all.contains(QLatin1String(row.text)));
    }
}

TEST_CASE("an update or a file cut short after its last marker is still told")
{
    Env env;
    const QByteArray base = HandPdf::withPages("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "Decision No. 14, fine 5000 yuan");
    const QByteArray updated = HandPdf::appendUpdate(base, {{6, "<< /Title (Dossier 14) >>"}}, 7);
    const qsizetype updateXref = updated.lastIndexOf("\nxref") + 1;
    struct Row { const char *name; QByteArray bytes; };
    const Row rows[] = {
        {"cut_in_update_object.pdf", updated.left(updated.indexOf("6 0 obj") + 12)},
        {"cut_in_update_xref.pdf", updated.left(updateXref + 8)},
        {"cut_before_startxref.pdf", updated.left(updated.lastIndexOf("startxref"))},
        {"cut_in_update_trailer_padded.pdf", updated.left(updated.lastIndexOf("trailer") + 12) + QByteArray(4096, '\0')},
    };
    QStringList list;
    for (const Row &row : rows)
        list << env.write(QString::fromLatin1(row.name), row.bytes);
    const ImportReport r = env.import(list);
    for (const Row &row : rows) {
        const ImportOutcome &o = outcomeFor(r, QString::fromLatin1(row.name));
        CAPTURE(std::string(row.name));
        CAPTURE(o.message.toStdString());
        REQUIRE(o.status == ImportOutcome::Status::Imported);
        CHECK(o.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("cut short")));
    }
}
