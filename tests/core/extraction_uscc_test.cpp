// SPDX-License-Identifier: GPL-3.0-or-later
// Uscc: the GB 32100-2015 check character and finding codes in text.
#include "extraction/uscc.h"

#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("Uscc check character")
{
    struct Case {
        const char *code;
        bool valid;
    };
    const Case cases[] = {
        {"91420502MABP87GK8P", true},
        {"91130602899856893E", true},
        {"91420502MABP87GK8Q", false},
        {"91420502MABP87GK8", false},
        {"91420502MABP87GK8PX", false},
        {"9142O502MABP87GK8P", false},
        {"91420502mabp87gk8p", true},
        {"", false},
    };
    for (const auto &c : cases) {
        CAPTURE(c.code);
        CHECK(Uscc::isValid(QString::fromUtf8(c.code)) == c.valid);
    }
    CHECK(Uscc::checkCharacter(u"91420502MABP87GK8") == QChar(u'P'));
    CHECK(Uscc::checkCharacter(u"911306028998568932") == std::nullopt);
    CHECK(Uscc::checkCharacter(u"91I30602899856893") == std::nullopt);
}

TEST_CASE("Uscc::findAll keeps invalid codes and skips longer runs")
{
    const QString text = QStringLiteral(
        "当事人：某公司（统一社会信用代码：91420502MABP87GK8Q），身份证件号码：420504196203041234，"
        "票据 91420502MABP87GK8P123，代码９１１３０６０２８９９８５６８９３Ｅ");
    const auto all = Uscc::findAll(text);
    REQUIRE(all.size() == 2);
    CHECK(all[0].code == QStringLiteral("91420502MABP87GK8Q"));
    CHECK_FALSE(all[0].valid);
    CHECK(text.mid(all[0].start, all[0].length) == all[0].code);
    CHECK(all[1].code == QStringLiteral("91130602899856893E"));
    CHECK(all[1].valid);
}

TEST_CASE("Uscc::findAll reads the letters left out of the code set as the digits they look like")
{
    const auto all = Uscc::findAll(u"统一社会信用代码：91330110MAM5FYAOXA，另 9I33O3O2MAW0C7C735");
    REQUIRE(all.size() == 2);
    CHECK(all[0].code == QStringLiteral("91330110MAM5FYA0XA"));
    CHECK(all[1].code == QStringLiteral("91330302MAW0C7C735"));
    CHECK(all[1].length == 18);
}
