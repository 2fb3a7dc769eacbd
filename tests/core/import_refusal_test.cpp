// SPDX-License-Identifier: GPL-3.0-or-later
// Refusals that say what is true (issue #17): a password-protected file, damaged encryption data,
// a certificate's encryption, a missing, broken or empty page tree — each written by hand, each
// refused with its own kind and words, nothing stored; a good file and a loop Poppler reads past
// import.
#include "fixtures.h"
#include "handpdf.h"
#include "import/caseimporter.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
const QByteArray tree1 = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
const QByteArray key32 = "<00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff>";

struct Row {
    const char *name;
    QByteArray pdf;
    ImportError error;
    ImportDetail detail;
    const char *words;  // the true cause, in the English message
    bool passwordAdvised;  // the words suggest --password
};

int casesStored(Database &db)
{
    Statement st = db.prepare("SELECT count(*) FROM cases");
    st.step();
    return int(st.int64(0));
}
} // namespace

TEST_CASE("a refused PDF is told its true cause: password, damaged encryption, certificate, missing, broken or empty page tree")
{
    using namespace HandPdf;
    using E = ImportError;
    using D = ImportDetail;
    const std::vector<Row> rows{
        {"password", passwordProtected("secret", "Decision No. 12"), E::Encrypted, D::None, "user password", true},
        {"encrypt-no-filter", withEncrypt("<< /V 1 /R 2 /O " + key32 + " /U " + key32 + " /P -4 >>"), E::Damaged,
         D::EncryptionDamaged, "encryption data is damaged", false},
        {"encrypt-short-u", withEncrypt("<< /Filter /Standard /V 1 /R 2 /O " + key32 + " /U <0011> /P -4 >>"),
         E::Damaged, D::EncryptionDamaged, "encryption data is damaged", false},
        {"encrypt-filter-string", withEncrypt("<< /Filter (Standard) /V 1 /R 2 /O " + key32 + " /U " + key32 + " /P -4 >>"),
         E::Damaged, D::EncryptionDamaged, "encryption data is damaged", false},
        {"pubsec", withEncrypt("<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Recipients [<3082>] >>"),
         E::Encrypted, D::CertificateSecurity, "certificate (public-key security)", false},
        {"no-pages-key", withPages(tree1, "x", "<< /Type /Catalog >>"), E::NoPages, D::PageTreeMissing,
         "page tree is missing", false},
        {"no-root", build({"<< /Type /Catalog /Pages 2 0 R >>", tree1, page(2, 4), textStream("x"), helvetica()})
                        .replace("/Root 1 0 R ", ""),
         E::NoPages, D::PageTreeMissing, "page tree is missing", false},
        {"count-min", withPages("<< /Type /Pages /Kids [3 0 R] /Count -2147483648 >>"), E::NoPages, D::PageTreeBroken,
         "page tree is broken", false},
        {"count-zero-one-kid", withPages("<< /Type /Pages /Kids [3 0 R] /Count 0 >>"), E::NoPages, D::PageTreeBroken,
         "page tree is broken", false},
        {"empty-tree", withPages("<< /Type /Pages /Kids [] /Count 0 >>"), E::NoPages, D::PageTreeEmpty,
         "page tree is empty", false},
    };
    for (const Row &row : rows) {
        CAPTURE(row.name);
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("store.crstore")));
        const QString file = dir.filePath(QString::fromLatin1(row.name) + QStringLiteral(".pdf"));
        Fixtures::writeFile(file, row.pdf);
        const ImportReport r = CaseImporter(db).run({file}, {});
        REQUIRE(r.outcomes.size() == 1);
        const ImportOutcome &o = r.outcomes[0];
        CAPTURE(o.message.toStdString());
        CHECK(o.status == ImportOutcome::Status::Failed);
        CHECK(o.error == row.error);
        CHECK(o.detail == row.detail);
        CHECK(o.message.contains(QLatin1String(row.words)));
        // Only a real password protection suggests giving one.
        CHECK(o.message.contains(QLatin1String("--password")) == row.passwordAdvised);
        CHECK(!o.message.contains(QLatin1String("page tree is empty")) == (row.detail != D::PageTreeEmpty));
        CHECK(casesStored(db) == 0);
    }
}

TEST_CASE("a good hand-written file, a protected one with its password and a looping tree Poppler reads past import")
{
    using namespace HandPdf;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("store.crstore")));
    const QString good = dir.filePath(QStringLiteral("good.pdf"));
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    const QString loop = dir.filePath(QStringLiteral("loop.pdf"));
    Fixtures::writeFile(good, withPages(tree1));
    Fixtures::writeFile(locked, passwordProtected("secret", "Decision No. 12"));
    Fixtures::writeFile(loop, withPages("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>"));
    ImportOptions options;
    options.password = QStringLiteral("secret");
    const ImportReport r = CaseImporter(db).run({good, locked}, options);
    REQUIRE(r.outcomes.size() == 2);
    for (const ImportOutcome &o : r.outcomes) {
        CAPTURE(o.message.toStdString());
        CHECK(o.status == ImportOutcome::Status::Imported);
        CHECK(o.pages == 1);
    }
    const ImportReport l = CaseImporter(db).run({loop}, {});
    CHECK((l.outcomes[0].status == ImportOutcome::Status::Imported || l.outcomes[0].detail == ImportDetail::PageTreeBroken));
    CHECK(casesStored(db) == 2 + (l.outcomes[0].status == ImportOutcome::Status::Imported));
}
