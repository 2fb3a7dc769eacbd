// SPDX-License-Identifier: GPL-3.0-or-later
// PageCleaner: running headers and footers blanked (never a repeated document's title), look-alike
// brackets folded, positions kept; and the split of a dossier with a running header is the split
// of the same dossier without it (a metamorphic check on the analyzer's input).
#include "extraction/dossieranalyzer.h"
#include "extraction/pagecleaner.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

std::vector<QString> dossier()
{
    return {u("立案审批表\n案由：涉嫌销售过期食品\n承办人意见：建议立案"),
            u("现场检查笔录\n检查时间：2024年3月1日\n当事人：甲公司"),
            u("行政处罚事先告知书\n某市监罚告〔2024〕3号\n甲公司：本局拟对你单位作出罚款5000元的处罚。"),
            u("送达回证\n送达文书：行政处罚事先告知书\n受送达人：甲公司"),
            u("行政处罚决定书\n某市监罚〔2024〕3号\n当事人：甲公司\n罚款5000元。"),
            u("送达回证\n送达文书：行政处罚决定书\n受送达人：甲公司")};
}

QString footerOf(const QString &pattern, size_t i, size_t n)
{
    return pattern.contains(u"%2") ? pattern.arg(i + 1).arg(n) : pattern.arg(i + 1);
}

std::vector<QString> withEdges(std::vector<QString> pages, const QString &header, const QString &footerPattern)
{
    for (size_t i = 0; i < pages.size(); ++i) {
        if (!header.isEmpty())
            pages[i] = header + u'\n' + pages[i];
        if (!footerPattern.isEmpty())
            pages[i] += u'\n' + footerOf(footerPattern, i, pages.size());
    }
    return pages;
}
} // namespace

TEST_CASE("PageCleaner blanks the lines that run over most pages and keeps the rest")
{
    struct Row {
        const char *name;
        QString header, footer;
        bool blanked;
    };
    const Row rows[] = {
        {"archive header", u("某市市场监督管理局行政处罚案卷"), QString(), true},
        {"file name header", u("卷宗编号：2024-017"), QString(), true},
        {"page footer with numbers", QString(), u("第 %1 页 共 %2 页"), true},
        {"dash footer", QString(), u("- %1 -"), true},
        {"header and footer", u("甲公司案卷"), u("%1/%2"), true},
    };
    for (const Row &r : rows) {
        CAPTURE(std::string(r.name));
        const auto pages = withEdges(dossier(), r.header, r.footer);
        const auto cleaned = PageCleaner::clean(pages);
        REQUIRE(cleaned.size() == pages.size());
        for (size_t i = 0; i < pages.size(); ++i) {
            CHECK(cleaned[i].size() == pages[i].size());  // positions kept
            if (!r.header.isEmpty())
                CHECK(cleaned[i].contains(r.header) == !r.blanked);
            if (!r.footer.isEmpty())
                CHECK(cleaned[i].contains(footerOf(r.footer, i, pages.size())) == !r.blanked);
            CHECK(cleaned[i].contains(dossier()[i].section(u'\n', 0, 0)));  // the document's title stays
        }
    }
}

TEST_CASE("PageCleaner never blanks a repeated document's title and leaves short files alone")
{
    // five receipts in seven pages: 送达回证 is at the top of most pages, and each is a document
    std::vector<QString> pages{u("行政处罚决定书\n某罚〔2024〕1号\n罚款100元。")};
    for (int i = 0; i < 5; ++i)
        pages.push_back(u("送达回证\n送达文书：第%1份\n受送达人：乙").arg(i + 1));
    pages.push_back(u("结案报告\n已结案"));
    const auto cleaned = PageCleaner::clean(pages);
    for (size_t i = 1; i < 6; ++i)
        CHECK(cleaned[i].startsWith(u("送达回证")));
    // two pages with the same header: too few to tell a header from a document's own line
    const std::vector<QString> two{u("某局\n行政处罚决定书\n罚款100元。"), u("某局\n送达回证\n受送达人：乙")};
    CHECK(PageCleaner::clean(two) == two);
    // a line on two of six pages is no running line
    auto six = dossier();
    six[1] = u("某局内部\n") + six[1];
    six[4] = u("某局内部\n") + six[4];
    CHECK(PageCleaner::runningLines(six).empty());
}

TEST_CASE("PageCleaner folds look-alike brackets one for one")
{
    const struct {
        const char *in, *out;
    } rows[] = {
        {"某罚﹝2024﹞12号", "某罚〔2024〕12号"},
        {"某罚〖2024〗12号", "某罚〔2024〕12号"},
        {"某罚〘2024〙12号", "某罚〔2024〕12号"},
        {"某罚［2024］12号", "某罚〔2024〕12号"},
        {"某罚〔2024〕12号（正本）", "某罚〔2024〕12号（正本）"},
    };
    for (const auto &r : rows) {
        CAPTURE(std::string(r.in));
        CHECK(PageCleaner::foldBrackets(u(r.in)) == u(r.out));
    }
}

TEST_CASE("DossierAnalyzer: a running header changes neither the split nor the fields")
{
    const auto plain = DossierAnalyzer::analyze(dossier());
    const auto headed = DossierAnalyzer::analyze(withEdges(dossier(), u("某市市场监督管理局行政处罚案卷"), u("第%1页 共%2页")));
    REQUIRE(headed.documents.size() == plain.documents.size());
    for (size_t i = 0; i < plain.documents.size(); ++i) {
        CHECK(headed.documents[i].type == plain.documents[i].type);
        CHECK(headed.documents[i].firstPage == plain.documents[i].firstPage);
    }
    auto text = [](const std::optional<TextField> &f) { return f ? f->value : QString(); };
    CHECK(text(headed.fields.caseNo) == text(plain.fields.caseNo));
    CHECK(text(headed.fields.agency) == text(plain.fields.agency));
    CHECK(text(headed.fields.partyName) == text(plain.fields.partyName));
    CHECK(!text(plain.fields.caseNo).isEmpty());
    REQUIRE(headed.fields.dates.size() == plain.fields.dates.size());
    for (const auto &[key, d] : plain.fields.dates)
        CHECK(headed.fields.dates.at(key).value == d.value);
}

TEST_CASE("PageCleaner: a decision over two pages with the agency's name at the top of both")
{
    const std::vector<QString> pages{u("某市生态环境局\n行政处罚决定书\n某环罚〔2024〕2号\n当事人：甲公司\n依据该条规定，处500"),
                                     u("某市生态环境局\n元以上2000元以下罚款。\n本局决定罚款300元。")};
    const auto cleaned = PageCleaner::clean(pages);
    CHECK(cleaned[0] == pages[0]);  // the title block keeps its agency line
    CHECK(!cleaned[1].contains(u("生态环境局")));
    // a second page that starts a document of its own keeps its agency line
    const std::vector<QString> two{u("某市生态环境局\n行政处罚决定书\n罚款300元。"), u("某市生态环境局\n送达回证\n受送达人：甲公司")};
    CHECK(PageCleaner::clean(two) == two);
    // the signature that fell onto the next page is no header
    const std::vector<QString> signature{u("某市生态环境局\n行政处罚决定书\n罚款300元。"), u("某市生态环境局\n2024年3月5日")};
    CHECK(PageCleaner::clean(signature) == signature);
}
