// SPDX-License-Identifier: GPL-3.0-or-later
// The decision's parties read from party blocks printed in many ways: every name label with a
// colon, a space, a line break or nothing, the name running into the next label, organisations,
// persons, 个体工商户, several parties each with its own penalty. Names and codes are made up.
#include "extraction/metadataextractor.h"
#include "extraction/partyblock.h"
#include "extraction/uscc.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

QString code(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + *Uscc::checkCharacter(head);
}

DossierFields decision(const QString &text)
{
    return MetadataExtractor::extract({text}, {{DocumentType::Decision, 1, 1, u("行政处罚决定书")}});
}

const QString kBody = u("2024年1月9日，本局执法人员对当事人进行检查，发现当事人销售不合格农机配件。\n"
                        "本局决定对当事人作出如下行政处罚：罚款人民币8000元。\n"
                        "青川县市场监督管理局\n2024年3月5日");
} // namespace

TEST_CASE("PartyExtractor: a name label in any form, the name on its line, the next one or run into the next label")
{
    const QString c = code("91510822MA62XY4K1");
    const char *labels[] = {"当事人", "被处罚人", "当事人姓名或者单位名称", "当事人名称", "单位名称", "当事人（单位）",
                            "被处罚单位", "名称", "当事人（单位）名称", "行政相对人名称"};
    const char *separators[] = {"：", ":", " ", "：\n", "\n", "  "};
    const char *next[] = {"\n统一社会信用代码：%1\n住所：青川县乔庄镇滨河路18号",
                          "统一社会信用代码：%1住所：青川县乔庄镇滨河路18号",
                          "（统一社会信用代码：%1）\n住所：青川县乔庄镇滨河路18号",
                          "，统一社会信用代码：%1，住所：青川县乔庄镇滨河路18号，法定代表人：罗永平。",
                          "\n住所：青川县乔庄镇滨河路18号法定代表人：罗永平统一社会信用代码%1"};
    for (const char *label : labels)
        for (const char *sep : separators)
            for (const char *rest : next) {
                const QString block = u(label) + u(sep) + u("青川县明禾农机销售有限公司") + u(rest).arg(c);
                CAPTURE(block);
                const DossierFields f = decision(u("青川县市场监督管理局\n行政处罚决定书\n青市监罚〔2024〕37号\n") + block + u("\n") + kBody);
                REQUIRE(f.partyName);
                CHECK(f.partyName->value == u("青川县明禾农机销售有限公司"));
                REQUIRE(f.partyUscc);
                CHECK(f.partyUscc->value == c);
                CHECK(f.partyUscc->valid);
                REQUIRE(f.partyType);
                CHECK(f.partyType->value == PartyType::Organisation);
                REQUIRE(f.parties.size() == 1);
                CHECK(f.parties.front().name.value == f.partyName->value);
                REQUIRE(f.parties.front().fine);
                CHECK(f.parties.front().fine->yuan == 8000);
            }
}

TEST_CASE("PartyExtractor: a label with nothing after it at the start of a line, and an addressee line")
{
    for (const char *block : {"当事人青川县明禾农机销售有限公司\n住所：乔庄镇滨河路18号", "青川县明禾农机销售有限公司：\n住所：乔庄镇滨河路18号",
                              "青川县明禾农机销售有限公司:住所:乔庄镇滨河路18号", "当事人青川县明禾农机销售有限公司地址：乔庄镇滨河路18号"}) {
        CAPTURE(block);
        const DossierFields f = decision(u("行政处罚决定书\n青市监罚〔2024〕37号\n") + u(block) + u("\n") + kBody);
        REQUIRE(f.partyName);
        CHECK(f.partyName->value == u("青川县明禾农机销售有限公司"));
    }
}

TEST_CASE("PartyExtractor: natural persons and individual businesses in their usual blocks")
{
    struct Case {
        const char *block;
        const char *name;
        PartyType type;
    };
    const Case cases[] = {
        {"当事人：罗小梅\n性别：女\n身份证号：510822199001011234\n住址：青川县乔庄镇", "罗小梅", PartyType::Person},
        {"姓名：罗小梅 性别：女 出生日期：1990年1月1日 住址：青川县乔庄镇", "罗小梅", PartyType::Person},
        {"当事人：罗小梅，女，1990年1月1日出生，汉族，住青川县乔庄镇", "罗小梅", PartyType::Person},
        {"被处罚人罗小梅身份证件号码：510822199001011234住址：青川县乔庄镇", "罗小梅", PartyType::Person},
        {"当事人姓名或者单位名称：罗小梅\n公民身份号码：510822199001011234", "罗小梅", PartyType::Person},
        {"当事人：青川县小梅农资店\n经营者：罗小梅\n身份证号码：510822199001011234", "青川县小梅农资店", PartyType::IndividualBusiness},
        {"当事人：青川县小梅农资店（个体工商户）\n经营者姓名：罗小梅", "青川县小梅农资店", PartyType::IndividualBusiness},
        {"当事人：青川县小梅农资店统一社会信用代码：92510822MA62XY4K1X经营者：罗小梅", "青川县小梅农资店",
         PartyType::IndividualBusiness},
        {"单位名称：青川县小梅农资店\n业户姓名：罗小梅", "青川县小梅农资店", PartyType::IndividualBusiness},
        {"当事人：青川县明禾农机销售有限公司\n法定代表人：罗永平\n法定代表人身份证号码：510822199001011234", "青川县明禾农机销售有限公司",
         PartyType::Organisation},
        {"当事人：四川明禾（青川）农机有限公司\n住所：青川县", "四川明禾（青川）农机有限公司", PartyType::Organisation},
    };
    for (const Case &c : cases) {
        CAPTURE(c.block);
        const DossierFields f = decision(u("行政处罚决定书\n青市监罚〔2024〕37号\n") + u(c.block) + u("\n") + kBody);
        REQUIRE(f.partyName);
        CHECK(f.partyName->value == u(c.name));
        REQUIRE(f.partyType);
        CHECK(f.partyType->value == c.type);
    }
}

TEST_CASE("PartyExtractor: a decision against two parties gives each its own penalty")
{
    const QString a = code("91510822MA62XY4K1");
    const QString text = u("青川县市场监督管理局\n行政处罚决定书\n青市监罚〔2024〕38号\n"
                           "当事人一：青川县明禾农机销售有限公司\n统一社会信用代码：%1\n法定代表人：罗永平\n"
                           "当事人二：罗小梅\n性别：女\n身份证号码：510822199001011234\n"
                           "经查，两当事人共同销售不合格农机配件。本局决定：\n"
                           "一、对青川县明禾农机销售有限公司罚款人民币叁万元整（¥30,000.00）；\n"
                           "二、对罗小梅罚款人民币5000元。\n青川县市场监督管理局\n二〇二四年三月五日").arg(a);
    const DossierFields f = decision(text);
    REQUIRE(f.parties.size() == 2);
    CHECK(f.parties[0].name.value == u("青川县明禾农机销售有限公司"));
    REQUIRE(f.parties[0].type);
    CHECK(f.parties[0].type->value == PartyType::Organisation);
    REQUIRE(f.parties[0].uscc);
    CHECK(f.parties[0].uscc->value == a);
    REQUIRE(f.parties[0].fine);
    CHECK(f.parties[0].fine->yuan == 30000);
    REQUIRE(f.parties[0].penalty);
    CHECK(f.parties[0].penalty->value.contains(u("叁万元")));
    CHECK(f.parties[1].name.value == u("罗小梅"));
    REQUIRE(f.parties[1].type);
    CHECK(f.parties[1].type->value == PartyType::Person);
    CHECK(!f.parties[1].uscc);
    REQUIRE(f.parties[1].fine);
    CHECK(f.parties[1].fine->yuan == 5000);
    REQUIRE(f.partyName);
    CHECK(f.partyName->value == f.parties[0].name.value);
    CHECK(f.partyUscc->value == a);
    // The same decision run into one paragraph names the same parties with the same penalties.
    QString runOn = text;
    runOn.replace(u'\n', QString());
    const DossierFields g = decision(runOn);
    REQUIRE(g.parties.size() == 2);
    for (size_t i = 0; i < 2; ++i) {
        CHECK(g.parties[i].name.value == f.parties[i].name.value);
        CHECK(g.parties[i].type->value == f.parties[i].type->value);
        CHECK(g.parties[i].fine->yuan == f.parties[i].fine->yuan);
    }
}

TEST_CASE("PartyBlock::cleanName keeps a bracket that continues the name and cuts one that does not")
{
    struct Case {
        const char *value, *name;
    };
    const Case cases[] = {
        {"四川明禾（青川）农机有限公司", "四川明禾（青川）农机有限公司"},
        {"青川县明禾农机销售有限公司（以下简称明禾公司）", "青川县明禾农机销售有限公司"},
        {"青川县小梅农资店(个体工商户)，经营者", "青川县小梅农资店"},
        {"  ·罗小梅 女", "罗小梅"},
        {"青川县明禾农机销售有限公司；住所", "青川县明禾农机销售有限公司"},
        {"罗", ""},
    };
    for (const Case &c : cases) {
        CAPTURE(c.value);
        CHECK(PartyBlock::cleanName(u(c.value)) == u(c.name));
    }
}

TEST_CASE("PartyExtractor: a name whose line broke inside its legal form is read whole, other breaks end it")
{
    struct Case {
        const char *block, *name;
    };
    const Case cases[] = {
        {"当事人：青川县明禾农机销售有限责任公\n司\n住所：青川县乔庄镇", "青川县明禾农机销售有限责任公司"},
        {"当事人名称（姓名）：青川县明禾农机销售有\n限公司\n住所：青川县乔庄镇", "青川县明禾农机销售有限公司"},
        {"被处罚人：青川县乔庄镇明禾农机专业合作\n社\n住所：青川县乔庄镇", "青川县乔庄镇明禾农机专业合作社"},
        {"当事人：青川县明禾农机销售有限公司\n司机：罗小梅", "青川县明禾农机销售有限公司"},
        {"当事人：罗小梅\n场所：青川县乔庄镇", "罗小梅"},
        {"当事人：罗小梅\n男，汉族", "罗小梅"},
        // OCR of a table: a rule or a colon read as 丨 ｜ ！ between the name and the next field
        {"当事人：青川县明禾农机销售有限公司！统一社会信用代码：91510822MA62XY4K1X", "青川县明禾农机销售有限公司"},
        {"当事人丨青川县明禾农机销售有限公司丨住所丨青川县乔庄镇", "青川县明禾农机销售有限公司"},
        {"当事人：青川县明禾农机销售有限公司｜法定代表人：罗永平", "青川县明禾农机销售有限公司"},
    };
    for (const Case &c : cases) {
        CAPTURE(std::string(c.block));
        const DossierFields f = decision(u("行政处罚决定书\n青市监罚〔2024〕3号\n") + u(c.block) + u("\n") + kBody);
        REQUIRE(f.partyName);
        CHECK(f.partyName->value == u(c.name));
    }
}
