// SPDX-License-Identifier: GPL-3.0-or-later
// DossierSplitter: headings as printed at the top of pages, continuation pages, mentions in body text.
#include "extraction/dossiersplitter.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("DossierSplitter::classifyTitle names the document kinds")
{
    struct Case {
        const char *title;
        DocumentType type;
    };
    const Case cases[] = {
        {"立案审批表", DocumentType::FilingApproval},
        {"立案/不予立案审批表", DocumentType::FilingApproval},
        {"立案登记表", DocumentType::FilingApproval},
        {"现场检查笔录", DocumentType::InspectionRecord},
        {"现场笔录", DocumentType::InspectionRecord},
        {"勘验笔录", DocumentType::InspectionRecord},
        {"询问笔录", DocumentType::InquiryRecord},
        {"调查询问笔录", DocumentType::InquiryRecord},
        {"询问（调查）笔录", DocumentType::InquiryRecord},
        {"证据材料目录", DocumentType::EvidenceList},
        {"证据清单", DocumentType::EvidenceList},
        {"现场照片（证据）", DocumentType::EvidenceList},
        {"案件调查终结报告", DocumentType::InvestigationReport},
        {"重大执法决定法制审核意见书", DocumentType::LegalReview},
        {"法制审核表", DocumentType::LegalReview},
        {"重大案件集体讨论笔录", DocumentType::CollectiveDiscussion},
        {"案件集体讨论记录", DocumentType::CollectiveDiscussion},
        {"行政处罚事先告知书", DocumentType::PriorNotice},
        {"行政处罚告知书", DocumentType::PriorNotice},
        {"行政处罚听证告知书", DocumentType::HearingNotice},
        {"听证告知书", DocumentType::HearingNotice},
        {"行政处罚事先（听证）告知书", DocumentType::PriorNotice},
        {"陈述申辩及听证权利告知书", DocumentType::PriorNotice},
        {"陈述、申辩和听证权利告知书", DocumentType::PriorNotice},
        {"行政处罚事先告知及听证告知书", DocumentType::PriorNotice},
        {"陈述申辩笔录", DocumentType::StatementRecord},
        {"放弃陈述、申辩和听证权利声明", DocumentType::StatementRecord},
        {"行政处罚决定书", DocumentType::Decision},
        {"送达回证", DocumentType::DeliveryReceipt},
        {"送达地址确认书", DocumentType::DeliveryReceipt},
        {"罚没款缴款凭证", DocumentType::PaymentReceipt},
        {"非税收入一般缴款书（收据联）", DocumentType::PaymentReceipt},
        {"结案报告", DocumentType::ClosingReport},
        {"结案审批表", DocumentType::ClosingReport},
        {"延长办案期限审批表", DocumentType::ExtensionApproval},
        {"延期审批表", DocumentType::ExtensionApproval},
        {"卷内文件目录", DocumentType::Other},
        {"行政处罚案卷", DocumentType::Other},
        {"行 政 处 罚 决 定 书", DocumentType::Decision},
        {"郑州市市场监督管理局行政处罚决定书", DocumentType::Decision},
    };
    for (const auto &c : cases) {
        const std::string title_ = c.title;
        CAPTURE(title_);
        const auto got = DossierSplitter::classifyTitle(u(c.title));
        REQUIRE(got.has_value());
        CHECK(*got == c.type);
    }
    const char *notTitles[] = {"送达文书：行政处罚决定书", "《行政处罚决定书》（宜西综执罚决字〔2024〕第261号）",
                               "案件名称：某公司随意倾倒建筑垃圾案", "本局决定对你单位作出如下行政处罚决定书"};
    for (const char *t : notTitles) {
        CAPTURE(t);
        CHECK_FALSE(DossierSplitter::classifyTitle(u(t)).has_value());
    }
}

TEST_CASE("DossierSplitter::headingOf looks only at the top of the page")
{
    CHECK(DossierSplitter::headingOf(u("        宜昌市西陵区综合行政执法局\n            行政处罚决定书\n"
                                       "      宜西综执罚决字〔2024〕第261号\n宜昌利邦渣土运输有限公司："))
              ->type
          == DocumentType::Decision);
    CHECK(DossierSplitter::headingOf(u("第 2 页 共 3 页\n     送达回证\n送达文书名称 《行政处罚决定书》"))->type
          == DocumentType::DeliveryReceipt);
    CHECK(DossierSplitter::headingOf(u("     行政处罚决定书 郑市监罚〔2025〕12号\n当事人：某公司"))->type
          == DocumentType::Decision);
    CHECK_FALSE(DossierSplitter::headingOf(u("依据《城市建筑垃圾管理规定》第二十六条的规定，本局决定对你\n"
                                             "单位作出如下行政处罚：警告；罚款5000元。\n行政处罚决定书"))
                    .has_value());
    CHECK_FALSE(DossierSplitter::headingOf(u("送达文书：行政处罚决定书\n受送达人：某公司")).has_value());
    CHECK(DossierSplitter::headingOf(u("        责令改正通知书\n某公司：")).value().type == DocumentType::Other);
}

TEST_CASE("DossierSplitter::split gives page ranges and blank pages continue the previous document")
{
    const std::vector<QString> pages = {
        u("   立案审批表\n某局 编号：某立〔2024〕1号\n当事人 某公司"),
        u(""),
        u("      现场检查笔录\n检查时间：2024年4月26日"),
        u("   行政处罚事先告知书\n某罚告〔2024〕2号\n某公司："),
        u("     某市某局\n     行政处罚决定书\n  某罚〔2024〕3号\n某公司：\n经查，你单位……"),
        u("  依据《某条例》第二十条的规定，本局决定对你单位作出如下行政处罚：罚款5000元。\n某市某局\n"
          "二〇二四年七月二十二日"),
        u("   送达回证\n送达文书 《行政处罚决定书》\n送达时间 2024年7月22日"),
        u("   结案报告\n案件名称 某公司某案"),
    };
    const std::vector<CaseDocument> expected = {
        {DocumentType::FilingApproval, 1, 2, u("立案审批表")},
        {DocumentType::InspectionRecord, 3, 3, u("现场检查笔录")},
        {DocumentType::PriorNotice, 4, 4, u("行政处罚事先告知书")},
        {DocumentType::Decision, 5, 6, u("行政处罚决定书")},
        {DocumentType::DeliveryReceipt, 7, 7, u("送达回证")},
        {DocumentType::ClosingReport, 8, 8, u("结案报告")},
    };
    CHECK(DossierSplitter::split(pages) == expected);

    const auto untitled = DossierSplitter::split({u(""), u("一些文字"), u("    送达回证")});
    REQUIRE(untitled.size() == 2);
    CHECK(untitled[0] == CaseDocument{DocumentType::Other, 1, 2, QString()});
    CHECK(untitled[1].type == DocumentType::DeliveryReceipt);
    CHECK(DossierSplitter::split({}).empty());
}

TEST_CASE("DossierSplitter: the dossier's table of contents places documents on pages without text")
{
    const std::vector<QString> pages = {
        u("         卷内文件目录\n序号   文件名称        文号        日期       页号\n"
          "1  立案审批表     某立〔2024〕1号  2024-03-11 2\n2  现场检查笔录        2024-03-08 3\n"
          "3  询问笔录          2024-03-21 4\n4  行政处罚决定书  某罚〔2024〕3号 2024-05-31 5-6\n"
          "5  送达回证          2024-05-31 7\n6  结案审批表         2024-07-10 8"),
        u("     立案审批表\n当事人 某公司"),
        u("     现场检查笔录\n检查时间：2024-03-08"),
        u(""),
        u("     行政处罚决定书\n某罚〔2024〕3号"),
        u("本局决定对你单位作出如下行政处罚：罚款5000元。"),
        u(""),
        u("     结案审批表\n案件名称 某公司某案"),
    };
    const auto docs = DossierSplitter::split(pages);
    REQUIRE(docs.size() == 7);
    CHECK(docs[2] == CaseDocument{DocumentType::InspectionRecord, 3, 3, u("现场检查笔录")});
    CHECK(docs[3] == CaseDocument{DocumentType::InquiryRecord, 4, 4, u("询问笔录")});
    CHECK(docs[4] == CaseDocument{DocumentType::Decision, 5, 6, u("行政处罚决定书")});
    CHECK(docs[5] == CaseDocument{DocumentType::DeliveryReceipt, 7, 7, u("送达回证")});
    CHECK(docs[6].type == DocumentType::ClosingReport);
}

TEST_CASE("DossierSplitter::split types a document with an unknown or generic title by what its text does")
{
    const QString notice = u("某区市场监督管理局\n%1\n某市监罚告〔2024〕7号\n某某商行：\n"
                             "经查，你商行销售过期食品。依据《某条例》第三十条，本局拟对你商行罚款人民币三千元。\n"
                             "你商行可在收到本告知书之日起三个工作日内提出陈述和申辩。\n某区市场监督管理局\n2024年5月6日");
    struct Case {
        const char *title;
        DocumentType type;
    };
    const Case cases[] = {
        {"行政处罚告知单", DocumentType::PriorNotice},
        {"违法行为告知书", DocumentType::PriorNotice},
        {"权利告知书", DocumentType::PriorNotice},
        {"陈述申辩权利告知书", DocumentType::PriorNotice},
        {"告知书", DocumentType::PriorNotice},
        {"【行政处罚事先告知书】", DocumentType::PriorNotice},
        {"行 政 处 罚 告 知 单", DocumentType::PriorNotice},
    };
    for (const Case &c : cases) {
        const std::string title_ = c.title;
        CAPTURE(title_);
        const std::vector<QString> pages = {u("     立案审批表\n案件来源：举报\n负责人意见：同意立案"), notice.arg(u(c.title)),
                                            u("     送达回证\n受送达人：某某商行\n送达方式：直接送达")};
        const auto docs = DossierSplitter::split(pages);
        REQUIRE(docs.size() == 3);
        CHECK(docs[1].type == c.type);
        CHECK(docs[1].firstPage == 2);
        CHECK(docs[2].type == DocumentType::DeliveryReceipt);
    }

    // A combined notice under a title the rules do not know is the prior notice.
    const auto combined = DossierSplitter::split(
        {u("     行政处罚事先（听证）告知书\n某某公司：\n本局拟对你公司处以罚款二十万元。你公司享有陈述、申辩的权利，"
           "并有权要求举行听证，可于收到本告知书之日起五日内提出。\n某市应急管理局\n二〇二四年八月一日")});
    REQUIRE(combined.size() == 1);
    CHECK(combined[0].type == DocumentType::PriorNotice);

    // No title at all: the text decides.
    const auto untitled = DossierSplitter::split(
        {u("某某公司：\n依据《某条例》第十二条，本局决定对你公司作出如下行政处罚：罚款一万元。\n"
           "如不服本决定，可于六十日内申请行政复议，或六个月内提起行政诉讼。\n某县应急管理局\n2024年9月1日")});
    REQUIRE(untitled.size() == 1);
    CHECK(untitled[0].type == DocumentType::Decision);
}

TEST_CASE("DossierSplitter::split keeps a known title's kind, the Other ones included")
{
    // A table of contents names the documents but is none of them; an order to correct and the
    // notice of a hearing's time and place are not notices of the rights.
    const auto docs = DossierSplitter::split({
        u("        卷内文件目录\n1 行政处罚事先告知书 本局拟对你单位罚款，你单位有权陈述申辩，于三日内提出 3\n2 送达回证 4"),
        u("        责令改正通知书\n某某公司：\n你公司消防通道堵塞，现责令你公司于十日内改正。\n某县消防救援大队\n2024年4月2日"),
        u("        听证通知书\n某某公司：\n本局定于2024年6月3日9时在本局会议室举行听证，听证主持人：某某。请准时参加。\n"
          "某市交通运输局\n2024年5月28日"),
        u("        行政处罚决定书【副本】\n某某公司：\n本局决定对你公司罚款一万元。"),
        u("某 某 市 城 市 管 理 局 行 政 处 罚 决 定 书\n某城管罚〔2024〕9号\n某某公司："),
    });
    REQUIRE(docs.size() == 5);
    CHECK(docs[0].type == DocumentType::Other);
    CHECK(docs[1].type == DocumentType::Other);
    CHECK(docs[2].type == DocumentType::Other);
    CHECK(docs[3].type == DocumentType::Decision);
    CHECK(docs[4].type == DocumentType::Decision);
}

TEST_CASE("DossierSplitter::headingOf reads a title wrapped over two short lines")
{
    CHECK(DossierSplitter::headingOf(u("   某市城市管理局\n   行政处罚事先\n   告知书\n某某公司：")).value().type == DocumentType::PriorNotice);
    CHECK(DossierSplitter::headingOf(u("   行政处罚\n   决定书\n某城管罚〔2024〕3号")).value().type == DocumentType::Decision);
    // Two short lines that make no title together.
    CHECK_FALSE(DossierSplitter::headingOf(u("当事人\n某某公司\n地址：某路1号")).has_value());
}

TEST_CASE("DossierSplitter: a page that opens with a document number starts a document, titled or not")
{
    const QString body = u("某某公司：\n本局拟对你公司罚款人民币五千元。你公司可于收到本告知书之日起三日内陈述、申辩。\n某县应急管理局\n2024年6月3日");
    const char *tops[] = {
        "   某县应急管理局\n   某应急罚告〔2024〕17号\n",           // no title at all
        "   某县应急管理局\n   行政处罚\n   告知单\n   某应急罚告〔2024〕17号\n",  // a form title wrapped
        "   某县应急管理局【行政处罚事先告知书】\n   某应急罚告〔2024〕17号\n",    // agency and bracketed title
        "   某县应急管理局行政处罚事先（听证）告知书\n   某应急罚告〔2024〕17号\n",  // agency and a long form title
        "   某县应急管理局\n   行政处罚告知单 某应急罚告〔2024〕17号\n",  // a form title with its number
    };
    for (const char *top : tops) {
        CAPTURE(std::string(top));
        const auto docs = DossierSplitter::split({u("    法制审核意见书\n审核意见：同意。\n法制审核人员：甲某"), u(top) + body});
        REQUIRE(docs.size() == 2);
        CHECK(docs[0].type == DocumentType::LegalReview);
        CHECK(docs[1].firstPage == 2);
        CHECK(docs[1].type == DocumentType::PriorNotice);
    }
    // A continuation page that only cites a number in its text does not.
    const auto cont = DossierSplitter::split({u("    行政处罚决定书\n某某公司：\n经查……"),
                                              u("依据某罚告〔2024〕17号告知书，本局决定对你公司罚款五千元。\n如不服，可申请行政复议。")});
    CHECK(cont.size() == 1);
}

TEST_CASE("DossierSplitter: a document number repeated as each page's running header continues the document")
{
    const auto docs = DossierSplitter::split({
        u("   某县应急管理局\n   行政处罚决定书\n   某应急罚决〔2024〕21号\n某某公司：\n经查，你公司……"),
        u("   某应急罚决〔2024〕21号\n依据《某条例》，本局决定对你公司罚款一万元。\n如不服，可申请行政复议或提起行政诉讼。"),
        u("   某应急罚告〔2024〕22号\n某某公司：\n本局拟对你公司罚款五千元，你公司可于三日内陈述、申辩。"),
    });
    REQUIRE(docs.size() == 2);
    CHECK(docs[0] == CaseDocument{DocumentType::Decision, 1, 2, u("行政处罚决定书")});
    CHECK(docs[1].firstPage == 3);
    CHECK(docs[1].type == DocumentType::PriorNotice);
}
