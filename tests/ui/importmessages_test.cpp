// SPDX-License-Identifier: GPL-3.0-or-later
// Import results in the Chinese interface: the importer's codes are worded by the UI, with
// what a bad file really is, so no English core text reaches the dialog.
#include "uitestsupport.h"

#include "dialogs/importdialog.h"
#include "dialogs/importmessages.h"
#include "fixtures.h"
#include "../core/handpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <QTreeWidget>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

TEST_CASE("import results in Chinese name what each bad file is and what was recovered")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    UiTest::TempStore ws;
    const QString in = ws.dir.filePath(QStringLiteral("bad"));
    QDir().mkpath(in);
    const QByteArray good = Fixtures::pdf(Fixtures::dossierPages(QStringLiteral("郑市监罚〔2025〕9号")));
    const std::vector<std::pair<QString, QByteArray>> files{
        {QStringLiteral("1-image.pdf"), Fixtures::pngBytes()},
        {QStringLiteral("2-notes.pdf"), QByteArray("案卷目录\n1. 立案审批表\n2. 调查询问笔录\n")},
        {QStringLiteral("3-empty.pdf"), QByteArray()},
        {QStringLiteral("4-cut.pdf"), good.left(good.size() / 3)},
        {QStringLiteral("5-junk.pdf"), QByteArray("GARBAGE-BEFORE-HEADER\n") + good},
    };
    QStringList paths;
    for (const auto &[name, bytes] : files) {
        Fixtures::writeFile(in + QLatin1Char('/') + name, bytes);
        paths << in + QLatin1Char('/') + name;
    }
    ::Workspace workspace(ws.store());
    ImportDialog dialog(workspace);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    dialog.start(paths);
    REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    QTreeWidget *results = dialog.resultList();
    REQUIRE(results->topLevelItemCount() == 5);
    auto detail = [&](int row) { return results->topLevelItem(row)->text(2); };
    CHECK(detail(0) == QStringLiteral("这不是 PDF 文件：它实际是PNG 图片，只是扩展名为 .pdf。请导入案卷的 PDF 文件。"));
    CHECK(detail(1) == QStringLiteral("这不是 PDF 文件：它实际是纯文本文件，只是扩展名为 .pdf。请导入案卷的 PDF 文件。"));
    CHECK(detail(2) == QStringLiteral("文件是空的（0 字节）。"));
    CHECK(detail(3).startsWith(QStringLiteral("PDF 已损坏：文件不完整")));
    CHECK(results->topLevelItem(4)->text(1) == QStringLiteral("已导入"));
    CHECK(detail(4).contains(QStringLiteral("PDF 开头之前有 22 字节的其他数据。")));
    // Only the file format names may be Latin; no English sentence from the core.
    static const QRegularExpression english(QStringLiteral("(?<![A-Za-z])(?!(?i:pdf|png|ocr)(?![A-Za-z]))[A-Za-z]{3,}"));
    for (int row = 0; row < results->topLevelItemCount(); ++row) {
        CAPTURE(detail(row).toStdString());
        CHECK(!english.match(detail(row)).hasMatch());
        CHECK(!english.match(results->topLevelItem(row)->toolTip(2)).hasMatch());
    }
    dialog.resize(900, 360);
    UiTest::screenshot(&dialog, QStringLiteral("import-dialog-zh"));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("a password-protected PDF is imported from the dialog once the password is given")
{
    UiTest::TempStore ws;
    const QString locked = QStringLiteral(TEST_DATA_DIR) + QStringLiteral("/encrypted_user_password.pdf");
    ::Workspace workspace(ws.store());
    ImportDialog dialog(workspace);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    dialog.start({locked});
    REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    CHECK(dialog.report().outcomes.at(0).error == ImportError::Encrypted);
    CHECK(dialog.passwordButton()->isVisible());
    CHECK(dialog.lockedFiles() == QStringList{locked});

    dialog.retryWithPassword(QStringLiteral("wrong"));
    REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    CHECK(dialog.report().outcomes.at(0).error == ImportError::WrongPassword);
    CHECK(dialog.passwordButton()->isVisible());

    dialog.retryWithPassword(QStringLiteral("zf2025"));
    REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    CHECK(dialog.report().outcomes.at(0).status == ImportOutcome::Status::Imported);
    CHECK(!dialog.passwordButton()->isVisible());
    CHECK(dialog.resultList()->topLevelItemCount() == 3);  // each attempt stays listed
    UiTest::screenshot(&dialog, QStringLiteral("import-dialog-password"));
}

TEST_CASE("damaged encryption, a certificate's encryption and each page-tree fault have their own words in English and Chinese")
{
    struct Row {
        ImportError error;
        ImportDetail detail;
        const char *english;
        const char *chinese;
    };
    const std::vector<Row> rows{
        {ImportError::Damaged, ImportDetail::EncryptionDamaged, "a password will not help", "加密数据已损坏"},
        {ImportError::Encrypted, ImportDetail::CertificateSecurity, "certificate (public-key security)", "证书加密"},
        {ImportError::NoPages, ImportDetail::PageTreeMissing, "page tree is missing", "缺少页面树"},
        {ImportError::NoPages, ImportDetail::PageTreeBroken, "page tree is broken", "页面树已损坏"},
        {ImportError::NoPages, ImportDetail::PageTreeEmpty, "page tree is empty", "页面树是空的"},
    };
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    for (const Row &row : rows) {
        ImportOutcome o;
        o.error = row.error;
        o.detail = row.detail;
        const QString english = ImportMessages::error(o);
        CAPTURE(english.toStdString());
        CHECK(english.contains(QLatin1String(row.english)));
        CHECK(!english.contains(QStringLiteral("Enter Password")));
        QCoreApplication::installTranslator(&translator);
        const QString chinese = ImportMessages::error(o);
        QCoreApplication::removeTranslator(&translator);
        CAPTURE(chinese.toStdString());
        CHECK(chinese.contains(QString::fromUtf8(row.chinese)));
        CHECK(!chinese.contains(QStringLiteral("输入密码…")));
    }
}

TEST_CASE("a file encrypted for a certificate gets no password button in the dialog")
{
    UiTest::TempStore ws;
    const QString file = ws.dir.filePath(QStringLiteral("pubsec.pdf"));
    Fixtures::writeFile(file, HandPdf::withEncrypt("<< /Filter /Adobe.PubSec /V 4 /R 4 /Recipients [<3082>] >>"));
    ::Workspace workspace(ws.store());
    ImportDialog dialog(workspace);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    dialog.start({file});
    REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    CHECK(dialog.report().outcomes.at(0).detail == ImportDetail::CertificateSecurity);
    CHECK(dialog.lockedFiles().isEmpty());
    CHECK(!dialog.passwordButton()->isVisible());
}
