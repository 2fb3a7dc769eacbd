// SPDX-License-Identifier: GPL-3.0-or-later
// The text-layer judgement over scripts and garbage, and the NFKC of Kangxi radicals and CJK
// compatibility ideographs into the unified ideographs the rules match on.
#include "fixtures.h"
#include "handpdf.h"
#include "import/caseimporter.h"
#include "import/textlayerquality.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString repeated(const QString &s, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}
} // namespace

TEST_CASE("a text layer of any script reads as text, garbage is sent to OCR")
{
    struct Row { const char *name; QString text; bool ocr; };
    const Row rows[] = {
        {"Chinese", QStringLiteral("行政处罚决定书\n当事人：郑州某某商贸有限公司"), false},
        {"English", QStringLiteral("Administrative penalty decision No. 12, fine 5000 yuan"), false},
        {"Japanese", QStringLiteral("行政処分決定書\nこの決定に不服がある場合は、六か月以内に審査請求をすることができます。"), false},
        {"Japanese katakana", QStringLiteral("カスタマーサービスセンター　ファクシミリ　メールアドレス"), false},
        {"Korean", QStringLiteral("행정처분 결정서\n당사자: 주식회사 한빛상사, 과태료 500만 원을 부과한다."), false},
        {"Arabic", QStringLiteral("قرار إداري بفرض غرامة مالية قدرها خمسة آلاف يوان على الشركة المخالفة"), false},
        {"Arabic with joiners", QStringLiteral("قرار\u200c إداري\u200d بفرض غرامة مالية على الشركة"), false},
        {"French", QStringLiteral("Décision n° 12 : amende de 5000 € à payer avant le 3 décembre, pénalité réglée"), false},
        {"Russian", QStringLiteral("Постановление о назначении административного наказания № 12"), false},
        {"Kangxi radicals", QStringLiteral("⼀⼆⼈⼊⼋⼏⼑⼒⼗⼘⼚⼜⼝⼞⼟⼠⼤⼥⼦"), false},
        {"compatibility ideographs", QStringLiteral("\uF900\uF901\uF902\uF903\uF904\uF905\uF906\uF907\uF908\uF909\uF90A\uF90B"), false},
        {"empty", QString(), true},
        {"a page number", QStringLiteral("  \n 3 \n"), true},
        {"a stamp", QStringLiteral("已归档 第3页"), true},
        {"Latin-1 mojibake", QStringLiteral("\u0001\u0002\u0003\u00e9\u00ff\u00fe\u00a4\u00b6\u00a7\u00b5\u00d0\u00de\u00f0\u00c6\u00e6"), true},
        {"Latin-1 letters only", QStringLiteral("ÐÞÆæðþÿÈÉÊËÌÍÎÏÑÒÓÔ ÕÖØÙÚÛÜÝ"), true},
        {"private use", repeated(QStringLiteral("\uE001\uE0A2\uF8FF"), 10), true},
        {"replacement characters", repeated(QStringLiteral("\uFFFD"), 30) + QStringLiteral("决定书"), true},
        {"control characters", repeated(QStringLiteral("\u0001\u0002\u0010\u001f\u007f"), 6) + QStringLiteral("No. 12"), true},
        {"unassigned", repeated(QStringLiteral("\u0378\u0379\u05ff\u2fe0"), 8), true},
        {"supplementary private use", repeated(QString::fromUcs4(U"\U000F0001\U00100002"), 10), true},
    };
    for (const Row &row : rows) {
        CAPTURE(std::string(row.name));
        CAPTURE(TextLayerQuality::readableShare(TextLayerQuality::normalized(row.text)));
        CHECK(TextLayerQuality::needsOcr(TextLayerQuality::normalized(row.text)) == row.ocr);
    }
}

TEST_CASE("Kangxi radicals and compatibility ideographs become the unified ideographs, nothing else changes")
{
    CHECK(TextLayerQuality::normalized(QStringLiteral("行政处罚决定书⼀份，⼈民政府")) == QStringLiteral("行政处罚决定书一份，人民政府"));
    CHECK(TextLayerQuality::normalized(QStringLiteral("\uF900\uF9DC\uFA11")) == QStringLiteral("\u8C48\u9686\uFA11"));  // 﨑 U+FA11 is unified already
    CHECK(TextLayerQuality::normalized(QString::fromUcs4(U"\U0002F800字")) == QString::fromUcs4(U"\u4E3D字"));
    // Full-width forms, ligatures, circled numbers and Latin stay as the PDF gives them.
    const QString other = QStringLiteral("ＡＢＣ１２３ ﬁ ① ㈱ Décision 第3页 ¥5000");
    CHECK(TextLayerQuality::normalized(other) == other);
}

TEST_CASE("a Chinese PDF written with Kangxi radicals is stored, searched and read as ordinary ideographs, not sent to OCR")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("store.crstore")));
    // Like a producer that maps 一 人 大 to radicals: the text layer says ⼀ ⼈ ⼤.
    // The font maps its codes to U+2F08 ⼈, U+2F00 ⼀ and U+F9DC, the compatibility form of 隆 U+9686.
    const QByteArray bytes = HandPdf::unicodePage({QStringLiteral("郑州市⼈民政府行政处罚决定书"),
                                                   QStringLiteral("当事人：郑州市某某商贸有限公司 兴\uF9DC路"),
                                                   QStringLiteral("罚款⼀万元"), QStringLiteral("郑市监罚〔2025〕31号")});
    const QString path = dir.filePath(QStringLiteral("kangxi.pdf"));
    Fixtures::writeFile(path, bytes);
    const ImportReport r = CaseImporter(db).run({path}, {});
    REQUIRE(r.outcomes.size() == 1);
    REQUIRE(r.outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(r.outcomes[0].warnings.isEmpty());
    const auto pages = CaseRepository(db).pages(r.outcomes[0].caseId);
    REQUIRE(pages.size() == 1);
    CAPTURE(pages[0].text.toStdString());
    CHECK(pages[0].text.contains(QStringLiteral("人民政府")));
    CHECK(pages[0].text.contains(QStringLiteral("罚款一万元")));
    CHECK(pages[0].text.contains(QStringLiteral("兴\u9686路")));
    CHECK(!pages[0].text.contains(QStringLiteral("⼈")));
    CHECK(!pages[0].text.contains(QStringLiteral("\uF9DC")));
}

TEST_CASE("Japanese, Korean and Arabic pages keep their text layer: none is queued for OCR")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("store.crstore")));
    const QStringList pages{
        QStringLiteral("行政処分決定書\nこの決定に不服がある場合は、審査請求をすることができます。"),
        QStringLiteral("행정처분 결정서\n당사자: 주식회사 한빛상사, 과태료를 부과한다."),
        QStringLiteral("قرار إداري بفرض غرامة مالية على الشركة المخالفة"),
    };
    const QString path = dir.filePath(QStringLiteral("scripts.pdf"));
    Fixtures::writeFile(path, Fixtures::pdf(pages));
    const ImportReport r = CaseImporter(db).run({path}, {});
    REQUIRE(r.outcomes.size() == 1);
    REQUIRE(r.outcomes[0].status == ImportOutcome::Status::Imported);
    CAPTURE(r.outcomes[0].warnings.join(QLatin1Char(' ')).toStdString());
    CHECK(r.outcomes[0].warnings.isEmpty());
    const auto stored = CaseRepository(db).pages(r.outcomes[0].caseId);
    REQUIRE(stored.size() == 3);
    CHECK(stored[0].text.contains(QStringLiteral("審査請求")));
    CHECK(stored[1].text.contains(QStringLiteral("과태료")));
}
