// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions written in ways the extraction has not seen: case numbers in every bracket form,
// padded and spaced; decisions without their header whose only number is a notice's; fines in
// capital, mixed and sign forms beside confiscations and article ranges; signature dates in
// every numeral; and the metamorphic check that a decision run into one paragraph gives the
// same fields as the laid-out one. Every name and number is made up.
#include "extraction/casenumber.h"
#include "extraction/chineseamount.h"
#include "extraction/metadataextractor.h"
#include "extraction/uscc.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

DossierFields decision(const QString &text)
{
    return MetadataExtractor::extract({text}, {{DocumentType::Decision, 1, 1, u("行政处罚决定书")}});
}

QString laidOut(const QString &number, const QString &fine, const QString &date)
{
    const QString head17 = QStringLiteral("91510822MA62XY4K1");
    return u("青川县市场监督管理局\n行政处罚决定书\n%1\n当事人：青川县明禾农机销售有限公司\n统一社会信用代码：%2\n"
             "住所：青川县乔庄镇滨河路18号\n法定代表人：罗永平\n"
             "2024年1月9日，本局执法人员对当事人经营场所进行检查，2024年1月10日立案调查。\n"
             "2024年2月20日，本局向当事人送达了《行政处罚告知书》（青市监罚告〔2024〕21号），当事人未提出陈述申辩。\n"
             "《中华人民共和国产品质量法》第五十条规定：“……处货值金额百分之五十以上三倍以下的罚款……”。\n"
             "依据上述规定，本局决定对当事人作出如下行政处罚：\n一、没收违法所得人民币3200元；\n二、罚款%3。\n"
             "青川县市场监督管理局\n%4")
        .arg(number, head17 + *Uscc::checkCharacter(head17), fine, date);
}
} // namespace

TEST_CASE("CaseNumber: every bracket form, full-width digits, padding and spaces normalise to the labels' form")
{
    struct Case {
        const char *printed, *value;
    };
    const Case cases[] = {
        {"青市监罚〔2024〕37号", "青市监罚〔2024〕37号"},
        {"青市监罚[2024]37号", "青市监罚〔2024〕37号"},
        {"青市监罚（2024）37号", "青市监罚〔2024〕37号"},
        {"青市监罚【2024】37号", "青市监罚〔2024〕37号"},
        {"青市监罚［2024］37号", "青市监罚〔2024〕37号"},
        {"青市监罚(2024)37号", "青市监罚〔2024〕37号"},
        {"青市监罚〔２０２４〕３７号", "青市监罚〔2024〕37号"},
        {"青市监罚字〔2024〕第007号", "青市监罚字〔2024〕第7号"},
        {"青市监罚 〔 2024 〕 0037 号", "青市监罚〔2024〕37号"},
        {"青市监罚[2024]第 37 号", "青市监罚〔2024〕第37号"},
        {"青市监罚〔2024]37号", "青市监罚〔2024〕37号"},
        {"青市监罚〔2024〕307号", "青市监罚〔2024〕307号"},
        {"青市监罚〔2024〕第0100号", "青市监罚〔2024〕第100号"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.printed);
        const auto found = CaseNumber::findAll(u(c.printed));
        REQUIRE(found.size() == 1);
        CHECK(CaseNumber::normalised(found.front().printed) == u(c.value));
        const DossierFields f = decision(laidOut(u(c.printed), u("人民币8000元"), u("2024年3月5日")));
        REQUIRE(f.caseNo);
        CHECK(f.caseNo->value == u(c.value));
    }
}

TEST_CASE("CaseNumber: a decision without its header takes its own number from the text, never a notice's")
{
    const QString body = u("当事人：青川县明禾农机销售有限公司\n经查，当事人销售不合格农机配件。"
                           "2024年2月20日，本局向当事人送达了《行政处罚告知书》（青市监罚告〔2024〕21号）。立案号：青市监立〔2024〕9号。\n"
                           "本局决定对当事人作出如下行政处罚：罚款人民币8000元。\n");
    const DossierFields none = decision(body + u("青川县市场监督管理局\n2024年3月5日"));
    CHECK(!none.caseNo);
    for (const char *own : {"本决定书文号：青市监罚〔2024〕37号", "（青市监罚[2024]37号）", "文号 青市监罚（2024）第37号"}) {
        CAPTURE(own);
        const DossierFields f = decision(body + u(own) + u("\n青川县市场监督管理局\n2024年3月5日"));
        REQUIRE(f.caseNo);
        CHECK(f.caseNo->value.startsWith(u("青市监罚〔2024〕")));
        CHECK(f.caseNo->value.endsWith(u("37号")));
    }
    CHECK(CaseNumber::isDecisionNo(u("青市监罚〔2024〕37号")));
    CHECK(CaseNumber::isDecisionNo(u("青市监处字〔2024〕37号")));
    CHECK(!CaseNumber::isDecisionNo(u("青市监罚告〔2024〕21号")));
    CHECK(!CaseNumber::isDecisionNo(u("青市监立〔2024〕9号")));
    CHECK(!CaseNumber::isDecisionNo(u("青市监听告〔2024〕2号")));
}

TEST_CASE("Fines: the imposed 罚款 in any numeral, not the confiscation, the goods value or the article's range")
{
    struct Case {
        const char *fine;
        double yuan;
    };
    const Case cases[] = {
        {"人民币贰万元整（¥20,000.00）", 20000}, {"￥20000元", 20000},       {"2万元", 20000},
        {"20,000.00元", 20000},                 {"２００００元", 20000},      {"人民币2万5千元", 25000},
        {"人民币（大写）贰万伍仟元整", 25000},  {"人民币25000元（大写：贰万伍仟元整）", 25000},
        {"人民币 1.5 万元", 15000},             {"金额为人民币壹拾伍万元", 150000}, {"¥ 3,500.50", 3500.5},
    };
    for (const Case &c : cases) {
        CAPTURE(c.fine);
        const DossierFields f = decision(laidOut(u("青市监罚〔2024〕37号"), u(c.fine), u("2024年3月5日")));
        REQUIRE(f.fineAmount);
        CHECK(f.fineAmount->yuan == doctest::Approx(c.yuan));
    }
    // 货值金额 and the range the article gives, and the fine written after its amount.
    const DossierFields f = decision(u("行政处罚决定书\n当事人：罗小梅\n经查，货值金额3万元。依据规定处一万元以上三万元以下罚款。"
                                       "本局决定对当事人处以5000元罚款，没收违法所得600元。\n2024年3月5日"));
    REQUIRE(f.fineAmount);
    CHECK(f.fineAmount->yuan == 5000);
    CHECK(ChineseAmount::parse(u("1万2千5百元")) == 12500);
    CHECK(ChineseAmount::parse(u("2万5000元")) == 25000);
}

TEST_CASE("Decision date: the signature date in every numeral and spacing, not a date of the narrative")
{
    struct Case {
        const char *date;
        QDate value;
    };
    const Case cases[] = {
        {"二〇二四年三月五日", QDate(2024, 3, 5)}, {"二零二四年三月五日", QDate(2024, 3, 5)},
        {"2024年03月05日", QDate(2024, 3, 5)},     {"2024 年 3 月 5 日", QDate(2024, 3, 5)},
        {"２０２４年３月５日", QDate(2024, 3, 5)}, {"二〇二四年三月二十五日", QDate(2024, 3, 25)},
    };
    for (const Case &c : cases) {
        CAPTURE(c.date);
        const DossierFields f = decision(laidOut(u("青市监罚〔2024〕37号"), u("人民币8000元"), u(c.date)));
        REQUIRE(f.dates.count(QStringLiteral("decision")));
        CHECK(f.dates.at(QStringLiteral("decision")).value == c.value);
    }
}

TEST_CASE("Metamorphic: a decision run into one paragraph gives the fields of the laid-out one")
{
    const char *numbers[] = {"青市监罚〔2024〕37号", "青市监罚[2024]第037号", "青市监罚（２０２４）37号"};
    const char *fines[] = {"人民币贰万元整（¥20,000.00）", "2万元", "￥20000元"};
    const char *dates[] = {"二〇二四年三月五日", "2024年03月05日", "2024 年 3 月 5 日"};
    for (const char *n : numbers)
        for (const char *fi : fines)
            for (const char *da : dates) {
                const QString text = laidOut(u(n), u(fi), u(da));
                QString joined = text, spaced = text, commas = text;
                joined.replace(u'\n', QString());
                spaced.replace(u'\n', u' ');
                commas.replace(u'\n', u'，');
                const DossierFields a = decision(text);
                REQUIRE(a.caseNo);
                REQUIRE(a.partyName);
                REQUIRE(a.fineAmount);
                CHECK(a.fineAmount->yuan == 20000);
                for (const QString &variant : {joined, spaced, commas}) {
                    CAPTURE(variant);
                    const DossierFields b = decision(variant);
                    REQUIRE(b.caseNo);
                    CHECK(b.caseNo->value == a.caseNo->value);
                    REQUIRE(b.partyName);
                    CHECK(b.partyName->value == a.partyName->value);
                    REQUIRE(b.partyUscc);
                    CHECK(b.partyUscc->value == a.partyUscc->value);
                    REQUIRE(b.partyType);
                    CHECK(b.partyType->value == a.partyType->value);
                    REQUIRE(b.fineAmount);
                    CHECK(b.fineAmount->yuan == a.fineAmount->yuan);
                    CHECK((b.agency ? b.agency->value : QString()) == (a.agency ? a.agency->value : QString()));
                    REQUIRE(b.dates.count(QStringLiteral("decision")));
                    CHECK(b.dates.at(QStringLiteral("decision")).value == a.dates.at(QStringLiteral("decision")).value);
                    CHECK(b.parties.size() == a.parties.size());
                }
            }
}

TEST_CASE("Summary tables (信用中国 style): the labelled name, code, fine and date")
{
    const QString head17 = QStringLiteral("91510822MA62XY4K1");
    const QString c = head17 + *Uscc::checkCharacter(head17);
    const QString text = u("行政处罚决定书文号：青市监罚〔2024〕37号\n违法行为类型：销售不合格产品\n"
                           "违法事实：当事人销售不合格农机配件，违反了《中华人民共和国产品质量法》第三十九条\n处罚类别：罚款\n"
                           "处罚内容：罚款人民币2万元\n罚款金额（万元）：2\n处罚决定日期：2024/03/05\n公示截止期：2027/03/05\n"
                           "处罚机关：青川县市场监督管理局\n处罚机关统一社会信用代码：11510822MB1234567X\n"
                           "行政相对人名称：青川县明禾农机销售有限公司\n行政相对人类别：法人及非法人组织\n统一社会信用代码：%1\n法定代表人：罗永平")
                           .arg(c);
    const DossierFields f = decision(text);
    REQUIRE(f.caseNo);
    CHECK(f.caseNo->value == u("青市监罚〔2024〕37号"));
    REQUIRE(f.partyName);
    CHECK(f.partyName->value == u("青川县明禾农机销售有限公司"));
    REQUIRE(f.partyUscc);
    CHECK(f.partyUscc->value == c);
    REQUIRE(f.fineAmount);
    CHECK(f.fineAmount->yuan == 20000);
    REQUIRE(f.dates.count(QStringLiteral("decision")));
    CHECK(f.dates.at(QStringLiteral("decision")).value == QDate(2024, 3, 5));
}
