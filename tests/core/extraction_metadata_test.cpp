// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataExtractor through DossierAnalyzer: each field read from the document that carries it,
// across officer listings, amount and date forms and party kinds.
#include "extraction/dossieranalyzer.h"
#include "extraction/dossiersplitter.h"
#include "extraction/metadataextractor.h"
#include "extraction/uscc.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

std::vector<QString> companyDossier()
{
    return {
        u("                   立案审批表\n保定市住房和城乡建设局 编号：保住建立〔2023〕844号\n"
          "   案件来源 投诉举报                登记时间 2023.2.1\n"
          "    当事人 保定骏瑞房地产开发有限公司（统一社会信用代码：91130602899856893E）\n"
          "     案由 涉嫌施工图设计文件未经审查擅自施工\n   立案时间 2023.2.6\n"
          "  承办人意见 承办人：郭梅颖 曹彬\n        2023.2.5\n   批意见  签名：范然 2023.2.6"),
        u("                  现场检查笔录\n检查时间：2023.2.1 13:20至15时09分\n检查地点：某商业楼施工现场\n"
          "被检查人：保定骏瑞房地产开发有限公司\n"
          "执法人员：郭梅颖（执法证号：冀06573796）、曹彬（执法证号：冀06549145）\n记录人：曹彬\n"
          "执法人员签名：郭梅颖 曹彬 2023.2.1"),
        u("                  调查询问笔录\n询问时间：2023.2.7 10:05至11时35分\n"
          "询问人：郭梅颖 王强 记录人：王强\n被询问人：田佳轩 性别：男"),
        u("                证据材料目录\n案件名称：保定骏瑞房地产开发有限公司施工图设计文件未经审查擅自\n施工案\n"
          "制作人：郭梅颖 日期：2023.3.1"),
        u("          保定市住房和城乡建设局\n            行政处罚事先告知书\n        保住建罚告〔2023〕101号\n"
          "保定骏瑞房地产开发有限公司：\n  本局拟对你单位作出如下行政处罚：罚款人民币肆拾万元整。\n"
          "                    保定市住房和城乡建设局\n                    二〇二三年三月二十七日"),
        u("          保定市住房和城乡建设局\n            行政处罚听证告知书\n        保住建听告〔2023〕55号\n"
          "保定骏瑞房地产开发有限公司：\n  你单位有要求举行听证的权利。\n                    保定市住房和城乡建设局\n"
          "                    二〇二三年三月二十七日"),
        u("                  送达回证\n送达文书名称 《行政处罚事先告知书》\n 送达时间 2023.3.28 10:00"),
        u("          保定市住房和城乡建设局\n            行政处罚决定书\n        保住建罚〔2023〕112号\n"
          "当事人：保定骏瑞房地产开发有限公司\n统一社会信用代码：91130602899856893E\n"
          "法定代表人：田佳轩\n  2023年2月6日，本局对当事人立案调查。经查，当事人……\n"
          "  本局认为，当事人的上述行为违反了《建设工程质量管理条例》第十一条第二款的规定，构成施工图设计文件未经审查擅自施工的违法行为。\n"
          "  《建设工程质量管理条例》第五十六条规定：“……处20万元以上50万元以下的罚款……”。\n"
          "  2023年3月28日，本局向当事人送达了《行政处罚事先告知书》，拟罚款人民币肆拾万元整。\n"),
        u("依据《建设工程质量管理条例》第五十六条第（四）项的规定，本局决定对当事人作出如下行政处罚：\n"
          "  一、罚款人民币叁拾伍万元整（350,000元）。\n  逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n"
          "                    保定市住房和城乡建设局\n                    二〇二三年四月二十一日\n"
          "                     第2页 共2页"),
        u("                  送达回证\n送达文书名称 《行政处罚决定书》（保住建罚〔2023〕112号）\n"
          " 受送达人 保定骏瑞房地产开发有限公司\n收件人签名 田佳轩   送达时间 2023.4.23 09:40"),
        u("              罚没款缴款凭证\n缴款人 保定骏瑞房地产开发有限公司 缴款日期 2023.5.2\n金额（元） 350,000.00"),
        u("                  结案审批表\n  案件名称 保定骏瑞房地产开发有限公司施工图设计文件未经审查擅自施工案\n"
          "  立案时间 2023.2.6\n 承办人意见 郭梅颖 2023.5.20\n 负责人审批意见 同意结案。 范然 2023.5.22"),
    };
}
} // namespace

TEST_CASE("MetadataExtractor reads an organisation's dossier")
{
    const DossierAnalysis a = DossierAnalyzer::analyze(companyDossier());
    REQUIRE(a.documents.size() == 11);
    CHECK(a.documents[7].type == DocumentType::Decision);
    CHECK(a.documents[7].firstPage == 8);
    CHECK(a.documents[7].lastPage == 9);
    const DossierFields &f = a.fields;

    REQUIRE(f.caseNo);
    CHECK(f.caseNo->value == u("保住建罚〔2023〕112号"));
    CHECK(f.caseNo->evidence.page == 8);
    REQUIRE(f.agency);
    CHECK(f.agency->value == u("保定市住房和城乡建设局"));
    REQUIRE(f.partyName);
    CHECK(f.partyName->value == u("保定骏瑞房地产开发有限公司"));
    REQUIRE(f.partyType);
    CHECK(f.partyType->value == PartyType::Organisation);
    REQUIRE(f.partyUscc);
    CHECK(f.partyUscc->value == u("91130602899856893E"));
    CHECK(f.partyUscc->valid);
    REQUIRE(f.fineAmount);
    CHECK(f.fineAmount->yuan == 350000);
    CHECK(f.fineAmount->evidence.page == 9);
    CHECK(f.fineAmount->evidence.snippet.contains(u("叁拾伍万元")));
    REQUIRE(f.caseType);
    CHECK(f.caseType->value == u("施工图设计文件未经审查擅自施工案"));

    const std::pair<const char *, QDate> dates[] = {
        {"filed", QDate(2023, 2, 6)},    {"inspected", QDate(2023, 2, 1)},      {"notice", QDate(2023, 3, 27)},
        {"hearing_notice", QDate(2023, 3, 27)}, {"decision", QDate(2023, 4, 21)}, {"delivered", QDate(2023, 4, 23)},
        {"closed", QDate(2023, 5, 22)},
    };
    for (const auto &[key, date] : dates) {
        CAPTURE(key);
        const auto it = f.dates.find(QString::fromLatin1(key));
        REQUIRE(it != f.dates.end());
        CHECK(it->second.value == date);
    }
    CHECK(f.dates.at(u("decision")).evidence.page == 9);
    CHECK(f.dates.at(u("delivered")).evidence.page == 10);

    const std::vector<Officer> officers = {{u("郭梅颖"), u("冀06573796"), 2}, {u("曹彬"), u("冀06549145"), 2},
                                           {u("郭梅颖"), QString(), 3},     {u("王强"), QString(), 3}};
    CHECK(f.officers == officers);
}

TEST_CASE("MetadataExtractor: officer listings as two fields and as a table")
{
    struct Case {
        const char *record;
        std::vector<std::pair<const char *, const char *>> expected;
    };
    const Case cases[] = {
        {"执法人员：范建倩、黎欣军 执法证号：35027601907、35027009486\n记录人：黎欣军",
         {{"范建倩", "35027601907"}, {"黎欣军", "35027009486"}}},
        {" 执法人员        执法证号\n 郭梅颖         13064257349\n 曹彬          13064257350\n记录人：郭梅颖",
         {{"郭梅颖", "13064257349"}, {"曹彬", "13064257350"}}},
        {"检查人员：张伟 执法证号：鄂05893281；李娜 执法证号：鄂05804052", {{"张伟", "鄂05893281"}, {"李娜", "鄂05804052"}}},
        {"执法人员：王娟辉、罗峰伟\n记录人：罗峰伟", {{"王娟辉", ""}, {"罗峰伟", ""}}},
        {"执法人员：王娟辉、罗峰伟\n执法证号：41010020001、41010020002", {{"王娟辉", "41010020001"}, {"罗峰伟", "41010020002"}}},
        // OCR text has lost the space between a name and its certificate's province prefix.
        {"执法人员：姜静浙02548901、程欣波浙02547532\n记录人：姜静", {{"姜静", "浙02548901"}, {"程欣波", "浙02547532"}}},
        {"执法人员：李浙 01234567", {{"李浙", "01234567"}}},
        {":执法人员:孟丽洋、武峰执法证号:川01669989、川01670312\n记录人:武峰", {{"孟丽洋", "川01669989"}, {"武峰", "川01670312"}}},
        // A form's cell: no colon after the label.
        {"执法人员 范建洋 51-0107-97302 谭宇琴 51-0107-10228\n记录人：谭宇琴",
         {{"范建洋", "51-0107-97302"}, {"谭宇琴", "51-0107-10228"}}},
    };
    for (const auto &c : cases) {
        CAPTURE(c.record);
        const auto a = DossierAnalyzer::analyze({u("     现场检查笔录\n检查时间：2024年4月26日\n") + u(c.record)});
        std::vector<Officer> expected;
        for (const auto &[name, cert] : c.expected)
            expected.push_back({u(name), u(cert), 1});
        CHECK(a.fields.officers == expected);
    }
}

TEST_CASE("MetadataExtractor: natural person and individual business with an invalid code")
{
    const auto person = DossierAnalyzer::analyze({u(
        "          厦门市交通运输局\n          行政处罚决定书\n        厦交罚字〔2023〕第525号\n当事人：谢振武\n性别：男\n"
        "身份证件号码：3502891978********65\n  经查，当事人的货车超限运输，构成违法超限运输的违法行为。\n"
        "本局决定对当事人作出如下行政处罚：罚款3万元。\n          厦门市交通运输局\n          2023-05-30")});
    REQUIRE(person.fields.partyType);
    CHECK(person.fields.partyType->value == PartyType::Person);
    CHECK(person.fields.partyName->value == u("谢振武"));
    CHECK(person.fields.fineAmount->yuan == 30000);
    CHECK(person.fields.caseNo->value == u("厦交罚字〔2023〕第525号"));
    CHECK(person.fields.dates.at(u("decision")).value == QDate(2023, 5, 30));
    CHECK(person.fields.caseType->value == u("违法超限运输案"));
    CHECK_FALSE(person.fields.partyUscc.has_value());

    const auto shop = DossierAnalyzer::analyze({u(
        "     石家庄市长安区市场监督管理局行政处罚决定书\n      石长市监罚〔2023〕77号\n"
        "石家庄市长安区锦信生鲜超市：\n统一社会信用代码：92130102993264130B\n经营者：曹亮\n"
        "  本局决定对你作出如下行政处罚：罚款贰仟元整。\n二〇二三年八月二十日")});
    REQUIRE(shop.fields.partyType);
    CHECK(shop.fields.partyType->value == PartyType::IndividualBusiness);
    CHECK(shop.fields.partyName->value == u("石家庄市长安区锦信生鲜超市"));
    CHECK(shop.fields.agency->value == u("石家庄市长安区市场监督管理局"));
    REQUIRE(shop.fields.partyUscc);
    CHECK(shop.fields.partyUscc->value == u("92130102993264130B"));
    CHECK(shop.fields.partyUscc->valid == Uscc::isValid(u("92130102993264130B")));
    CHECK_FALSE(shop.fields.partyUscc->valid);
    CHECK(shop.fields.fineAmount->yuan == 2000);
}

TEST_CASE("MetadataExtractor: the fine is the decided penalty and not a quoted range or confiscation")
{
    struct Case {
        const char *body;
        double fine;
    };
    const Case cases[] = {
        {"《某条例》第二十条规定：“处5000元以上5万元以下罚款”。本局决定对你单位作出如下行政处罚：警告；罚款5000元。", 5000},
        {"本局拟罚款8万元。经复核，本局决定对当事人处以人民币5万元的罚款。", 50000},
        {"决定作出如下行政处罚：没收违法所得人民币1200元，并处罚款人民币贰万伍仟元整。", 25000},
        {"本局决定给予当事人如下行政处罚：罚款1.5万元。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。", 15000},
        {"本局决定对你作出如下行政处罚：罚款金额：人民币3,500.00元。", 3500},
    };
    for (const auto &c : cases) {
        CAPTURE(c.body);
        const auto a = DossierAnalyzer::analyze({u("     行政处罚决定书\n某罚〔2024〕1号\n某公司：\n") + u(c.body)});
        REQUIRE(a.fields.fineAmount);
        CHECK(a.fields.fineAmount->yuan == c.fine);
    }
}

TEST_CASE("MetadataExtractor: a fine not legible in the decision is read from the closing report")
{
    const auto a = DossierAnalyzer::analyze({u("行政处罚事先告知书\n本局拟对你公司作出如下行政处罚：罚款人民币3000元。"),
                                             u("行政处罚决定书\n本局决定对你公司作出如下行政处罚：罚\n20万元"),
                                             u("结案审批表\n处罚决定内容：罚款20万元\n结案日期：2024年5月1日")});
    REQUIRE(a.fields.fineAmount.has_value());
    CHECK(a.fields.fineAmount->yuan == 200000.0);
    CHECK(a.fields.fineAmount->evidence.page == 3);
}

TEST_CASE("MetadataExtractor: on OCR pages a name takes the spelling the dossier repeats")
{
    CHECK(MetadataExtractor::consensus(u("绵阴福通建筑工程有限公司"), u("绵阳福通建筑工程有限公司绵阴福通建筑工程有限公司绵阳福通建筑工程有限公司"))
          == u("绵阳福通建筑工程有限公司"));
    // One other mention is not enough, nor a spelling further off, nor a tie.
    CHECK(MetadataExtractor::consensus(u("下汉市交通运输局"), u("下汉市交通运输局武汉市交通运输局")) == u("下汉市交通运输局"));
    CHECK(MetadataExtractor::consensus(u("下汉市交通运输局"), u("下汉市交通运输局武汉市交运输局局武汉市交运输局局")) == u("下汉市交通运输局"));
    CHECK(MetadataExtractor::consensus(u("某某局"), u("某某局甲某局甲某局")) == u("某某局"));
    // Each position is voted on its own, and the bracket forms OCR mixes up count as one: no
    // mention is spelled right throughout, yet two agree at each misread.
    CHECK(MetadataExtractor::consensus(u("甫环昼字〔2024〕371号"),
                                       u("甫环昼字〔2024〕371号送达者环罚字〔2024〕371号结案甬环罚字〔2024〕371号回证甬环罚字【2024j371号"))
          == u("甬环罚字〔2024〕371号"));

    const std::vector<QString> pages = {
        u("行政处罚决定书\n某交罚〔2024〕12号\n当事人：-武汉新泰有限公司\n经查，:武汉新泰有限公司于\n本局决定对你单位罚款人民币5000元。\n下汉市交通运输局\n2024年5月6日"),
        u("送达回证\n受送达人：武汉新泰有限公司\n送达单位：武汉市交通运输局\n送达日期：2024年5月8日"),
        u("结案审批表\n当事人：武汉新泰有限公司\n承办机关：武汉市交通运输局\n结案日期：2024年6月1日")};
    const auto docs = DossierSplitter::split(pages);
    const DossierFields scanned = MetadataExtractor::extract(pages, docs, {true, true, true});
    REQUIRE(scanned.partyName.has_value());
    CHECK(scanned.partyName->value == u("武汉新泰有限公司"));
    REQUIRE(scanned.agency.has_value());
    CHECK(scanned.agency->value == u("武汉市交通运输局"));
    // Text layers are taken as printed.
    const DossierFields native = MetadataExtractor::extract(pages, docs);
    CHECK(native.agency->value == u("下汉市交通运输局"));
}

TEST_CASE("MetadataExtractor: no text yields no fields")
{
    const auto a = DossierAnalyzer::analyze({QString(), QString()});
    CHECK(a.fields == DossierFields{});
    REQUIRE(a.documents.size() == 1);
    CHECK(a.documents[0].lastPage == 2);
}
