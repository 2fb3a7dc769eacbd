// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/pagesearch.h"
#include "storage/searchtext.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/searchrepository.h"

#include <QCryptographicHash>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
qint64 addCase(Database &db, const std::vector<QString> &pages)
{
    NewCase c;
    c.fileName = QStringLiteral("x.pdf");
    c.sourcePath = c.fileName;
    c.original = pages.front().toUtf8() + QByteArray::number(qint64(pages.size())) + pages.back().toUtf8();
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = pages;
    return CaseRepository(db).add(c);
}

struct Corpus {
    Database db{QStringLiteral(":memory:")};
    qint64 a = addCase(db, {QStringLiteral("立案审批表\n当事人：郑州某某商贸有限公司"),
                            QStringLiteral("行政处罚决定书\n罚款人民币五千元。罚款应于十五日内缴纳。\n送达")});
    qint64 b = addCase(db, {QStringLiteral("现场检查笔录\n执法人员出示执法证件"),
                            QStringLiteral("送达回证\n受送达人签名，送达时间2025年3月5日；罚款")});
};
} // namespace

TEST_CASE("normalisation joins Chinese broken across lines and folds radicals and full-width digits")
{
    CHECK(SearchText::normalize(QStringLiteral("施工图设\n计文件")) == QStringLiteral("施工图设计文件"));
    CHECK(SearchText::normalize(QStringLiteral("Article  12\nof the law")) == QStringLiteral("Article 12 of the law"));
    CHECK(SearchText::normalize(QStringLiteral("⽉度报告")) == QStringLiteral("月度报告"));  // U+2F49 KANGXI RADICAL MOON
    CHECK(SearchText::normalize(QStringLiteral("２０２５年")) == QStringLiteral("2025年"));
    CHECK(SearchText::normalize(QStringLiteral("（一）")) == QStringLiteral("（一）"));
}

TEST_CASE("one- and two-character queries find their pages (trigram alone cannot)")
{
    Corpus c;
    const auto two = PageSearch::run(c.db, QStringLiteral("罚款"), 10);
    REQUIRE(two.size() == 2);
    const auto one = PageSearch::run(c.db, QStringLiteral("罚"), 10);
    CHECK(one.size() == 2);
    const auto single = PageSearch::run(c.db, QStringLiteral("笔录"), 10);
    REQUIRE(single.size() == 1);
    CHECK(single[0].caseId == c.b);
    CHECK(single[0].page == 1);
    CHECK(single[0].snippet.contains(QStringLiteral("«笔录»")));
}

TEST_CASE("longer queries use the index, match across line breaks and rank the denser page first")
{
    Corpus c;
    const auto hits = PageSearch::run(c.db, QStringLiteral("行政处罚决定书"), 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].caseId == c.a);
    CHECK(hits[0].page == 2);
    CHECK(PageSearch::run(c.db, QStringLiteral("商贸有限公司"), 10).size() == 1);
    // "罚款" appears twice on case a page 2 and once on case b page 2.
    const auto ranked = PageSearch::run(c.db, QStringLiteral("罚款"), 10);
    CHECK(ranked[0].caseId == c.a);
    CHECK(PageSearch::run(c.db, QStringLiteral("罚款"), 1).size() == 1);
}

TEST_CASE("several terms must all be on the page, mixing short and long terms")
{
    Corpus c;
    const auto hits = PageSearch::run(c.db, QStringLiteral("送达 2025年3月"), 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].caseId == c.b);
    CHECK(PageSearch::run(c.db, QStringLiteral("送达 立案"), 10).empty());
}

TEST_CASE("query syntax characters are searched literally, never an FTS error")
{
    Corpus c;
    for (const char *q : {"\"罚款", "a:b", "NOT -x", "罚款 OR", "(立案", "*"}) {
        CAPTURE(q);
        CHECK_NOTHROW(PageSearch::run(c.db, QString::fromUtf8(q), 10));
    }
    CHECK(PageSearch::run(c.db, QStringLiteral("   "), 10).empty());
}

TEST_CASE("a page's new text replaces its old one in both indexes, and letter case never adds a false hit")
{
    Corpus c;
    Database &db = c.db;
    Statement id = db.prepare("SELECT id FROM pages WHERE case_id = ? AND page_no = 1");
    id.bind(1, c.b);
    REQUIRE(id.step());
    const qint64 pageId = id.int64(0);
    SearchRepository(db).replace(pageId, QStringLiteral("询问笔录\n被询问人：赵某 Case No. A7"));
    CHECK(PageSearch::run(db, QStringLiteral("检查"), 10).empty());
    CHECK(PageSearch::run(db, QStringLiteral("询问"), 10).size() == 1);
    CHECK(PageSearch::run(db, QStringLiteral("赵"), 10).size() == 1);
    // The character index folds case, the search does not: "a7" is not on the page, "A7" is.
    CHECK(PageSearch::run(db, QStringLiteral("a7"), 10).empty());
    CHECK(PageSearch::run(db, QStringLiteral("A7"), 10).size() == 1);
    // The old text left the contentless index with the row (a wrong delete would leave it matching).
    Statement old = db.prepare("SELECT count(*) FROM page_chars WHERE page_chars MATCH '\"检 查\"'");
    REQUIRE(old.step());
    CHECK(old.int64(0) == 0);
}

TEST_CASE("a short query over many pages returns the best ones up to the limit, best first")
{
    Database db(QStringLiteral(":memory:"));
    for (int i = 0; i < 60; ++i)
        addCase(db, {QStringLiteral("第%1号 罚").arg(i) + QString(i == 37 ? 8 : 1, u'罚') + QStringLiteral("\n") + QString(40 + i, u'文')});
    const auto hits = PageSearch::run(db, QStringLiteral("罚"), 5);
    REQUIRE(hits.size() == 5);
    CHECK(hits[0].snippet.contains(QStringLiteral("第37号")));  // the page that says it most often
    for (size_t i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].score >= hits[i].score);
    CHECK(PageSearch::run(db, QStringLiteral("罚"), 0).size() == 60);
}
