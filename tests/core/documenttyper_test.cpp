// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentTyper: roles from titles in many phrasings and from what a text does when the title is
// missing or unknown; the look-alikes (a decision quoting its notice, a hearing's time-and-place
// notice, a no-penalty decision, an order to correct) keep their own kinds. Fixtures are invented.
#include "extraction/documenttyper.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

bool plays(const std::vector<DocumentTyper::Role> &roles, DocumentType t)
{
    return std::any_of(roles.begin(), roles.end(), [t](const DocumentTyper::Role &r) { return r.type == t; });
}

// Bodies in several wordings, written for these tests.
const char *kPriorNoticeA =
    "某某餐饮有限公司：\n  经查，你单位于2024年1月在店内使用过期原料。上述行为违反了《某条例》第十条。"
    "依据该条例第三十条，本局拟对你单位处以罚款人民币贰万元。\n  依照《中华人民共和国行政处罚法》第四十四条、第四十五条，"
    "你单位有权进行陈述和申辩，可自收到本告知书之日起五日内向本局提出。逾期视为放弃。\n        某县市场监督管理局\n"
    "        二〇二四年三月五日";
const char *kPriorNoticeB =
    "张某某：\n你在某路段占道经营的行为，违反了某办法第八条，本机关拟依据第二十条给予你警告并罚款500元的处罚。"
    "你 可 以 在 收 到 本 通 知 后 3 日 内 提 出 陈 述 、 申 辩 意 见 ， 逾期不提出的，视为放弃上述权利。\n"
    "某街道综合行政执法办公室 ２０２４年４月２日";
const char *kCombinedNotice =
    "某某建材厂：\n本局调查查明，你厂未经批准擅自堆放建材。依据某条例第二十五条之规定，拟作出罚款人民币十五万元的行政处罚。"
    "根据行政处罚法相关规定，你厂享有陈述、申辩的权利；对上述拟处罚款，你厂还有权要求举行听证。"
    "你厂如需陈述申辩或要求听证的，应当在收到本告知书之日起五个工作日内提出，逾期视为放弃。\n"
    "某市城市管理局\n2024年5月6日";
const char *kHearingNoticeOnly =
    "李某某：\n本局拟对你无证运营一案作出罚款二万元的处罚决定。按照《中华人民共和国行政处罚法》第六十三条，"
    "你可以申请听证。要求听证的，应当自本告知书送达之日起五日内向本局提出书面申请。\n某区交通运输局\n2024.06.03";
const char *kDecisionQuotingNotice =
    "当事人：某某商贸有限公司\n统一社会信用代码：91410100MA00000000\n"
    "2024年3月8日，本局向当事人送达了《行政处罚事先告知书》，告知其拟作出的处罚及享有的陈述、申辩权利，"
    "当事人可在收到告知书之日起三日内提出。当事人在规定期限内未提出意见。\n"
    "依据《某条例》第三十条，本局决定对当事人作出如下行政处罚：罚款人民币二万元。\n"
    "如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内依法提起行政诉讼。\n"
    "某县市场监督管理局\n2024年3月20日";
const char *kNoPenaltyDecision =
    "当事人：王某某\n经查，当事人初次违法且危害后果轻微并及时改正。依据《中华人民共和国行政处罚法》第三十三条第一款，"
    "本局决定对当事人不予行政处罚。\n当事人对本决定不服的，可在六十日内申请行政复议或在六个月内提起行政诉讼。\n"
    "某区市场监督管理局\n二〇二四年七月一日";
const char *kHearingSchedule =
    "某某物流有限公司：\n你单位要求听证的申请收悉。本局定于2024年6月12日上午9时在本局三楼会议室举行听证，"
    "听证主持人：赵某，请你单位准时参加。无正当理由不到场的，视为放弃听证。\n某市交通运输局\n2024年6月5日";
const char *kCorrectionOrder =
    "某某加油站：\n经检查，你单位存在消防通道堵塞的问题，违反了某法第二十八条。现责令你单位于2024年4月30日前改正。"
    "逾期不改正的，本机关将依法处理。\n某县消防救援大队\n2024年4月20日";
const char *kPriorNoticeThirdPerson =
    "当事人：某某机械厂\n经查，当事人未按规定对特种设备进行定期检验。本机关拟对当事人处以罚款八千元。\n"
    "当事人可在收到告知书之日起三日内提出陈述、申辩。\n某县市场监督管理局\n2024年2月2日";
const char *kHearingNoticeC =
    "某某公司：\n本局准备对你公司作出罚款十二万元的处罚。如需听证，请于五个工作日内向本局书面申请。\n某市生态环境局\n2024年7月9日";
const char *kDecisionB =
    "某某公司：\n经查，你公司超标排放废气。依据《某条例》第四十条，现对你公司给予以下行政处罚：罚款三万元。\n"
    "你公司如不服，可自接到本决定书之日起六十日内申请复议，或六个月内向人民法院起诉。\n某市生态环境局\n2024年8月1日";
const char *kDeliveryReceipt =
    "送达文书名称：《行政处罚决定书》\n受送达人：某某公司\n送达地点：某路1号\n送达方式：直接送达\n"
    "送达人：甲某 乙某\n受送达人签名：丙某 2024年3月21日";
const char *kWaiver =
    "某县市场监督管理局：\n我公司已收到贵局的告知书，对拟作出的处罚没有异议，现自愿放弃陈述、申辩及要求听证的权利。\n"
    "声明人（盖章）：某某公司\n2024年3月9日";
const char *kInquiry =
    "询问时间：2024年2月1日 10时\n询问地点：某局办公室\n被询问人：张某\n问：我们是某局执法人员，这是证件，你看清楚了吗？\n"
    "答：看清楚了。\n问：你店里的原料是从哪里进的？\n答：从批发市场。\n问：还有补充吗？\n答：没有。";
const char *kInspection =
    "检查时间：2024年1月15日\n检查地点：某路18号某某餐饮店\n被检查人：某某餐饮有限公司\n检查人员：甲某（执法证号1234）、乙某（执法证号5678）\n"
    "现场情况：后厨冰柜内存放过期食材三袋。";
const char *kCollective =
    "讨论时间：2024年5月20日\n主持人：局长某某\n出席人员：甲、乙、丙\n列席人员：承办人丁\n记录人：戊\n"
    "案情汇报：……\n讨论意见：一致同意给予罚款十五万元。\n结论：经集体讨论，同意承办机构意见。";
const char *kLegalReview =
    "送审机构：执法大队\n审核事项：执法主体、事实、证据、程序、法律适用、裁量\n审核意见：本案事实清楚，证据确实充分。"
    "\n法制审核人员：甲某 乙某\n2024年5月18日";
const char *kClosing =
    "案件名称：某某公司违规堆放案\n立案时间：2024年1月2日\n执行情况：当事人已于2024年4月1日缴纳罚款。\n"
    "承办人意见：处罚决定已执行完毕，建议结案。\n负责人意见：同意结案。";
const char *kExtension =
    "案件名称：某某案\n立案日期：2024年1月3日\n延期理由：案情复杂，需进一步调查取证。\n申请延长办案期限三十日。\n"
    "负责人审批意见：同意延长至2024年5月2日。";
const char *kFiling =
    "案件来源：投诉举报\n当事人：某某公司\n案情摘要：……\n承办人意见：涉嫌违法，建议立案。\n负责人审批意见：同意立案，由甲某乙某承办。";
} // namespace

TEST_CASE("DocumentTyper: titles in several phrasings name their kind at 0.9 or more")
{
    struct Case {
        const char *title;
        DocumentType type;
    };
    const Case cases[] = {
        {"行政处罚事先告知书", DocumentType::PriorNotice},
        {"行政处罚告知书", DocumentType::PriorNotice},
        {"行政处罚告知单", DocumentType::PriorNotice},
        {"违法行为告知书", DocumentType::PriorNotice},
        {"陈述申辩权利告知书", DocumentType::PriorNotice},
        {"行政处罚意见告知书", DocumentType::PriorNotice},
        {"行 政 处 罚 事 先 告 知 书", DocumentType::PriorNotice},
        {"听证告知书", DocumentType::HearingNotice},
        {"行政处罚听证告知书", DocumentType::HearingNotice},
        {"听证权利告知书", DocumentType::HearingNotice},
        {"听 证 告 知 书", DocumentType::HearingNotice},
        {"行政处罚听证权利告知书", DocumentType::HearingNotice},
        {"行政处罚决定书", DocumentType::Decision},
        {"不予行政处罚决定书", DocumentType::Decision},
        {"当场行政处罚决定书", DocumentType::Decision},
        {"行 政 处 罚 决 定 书", DocumentType::Decision},
        {"某市城市管理局行政处罚决定书", DocumentType::Decision},
        {"送达回证", DocumentType::DeliveryReceipt},
        {"送达回执", DocumentType::DeliveryReceipt},
        {"文书送达回证", DocumentType::DeliveryReceipt},
        {"送达凭证", DocumentType::DeliveryReceipt},
        {"送 达 回 证", DocumentType::DeliveryReceipt},
        {"陈述申辩笔录", DocumentType::StatementRecord},
        {"听证笔录", DocumentType::StatementRecord},
        {"放弃陈述申辩权利声明", DocumentType::StatementRecord},
        {"陈述、申辩记录", DocumentType::StatementRecord},
        {"听证报告", DocumentType::StatementRecord},
        {"立案审批表", DocumentType::FilingApproval},
        {"立案登记表", DocumentType::FilingApproval},
        {"案件立案审批表", DocumentType::FilingApproval},
        {"立案呈批表", DocumentType::FilingApproval},
        {"立案/不予立案审批表", DocumentType::FilingApproval},
        {"现场检查笔录", DocumentType::InspectionRecord},
        {"现场笔录", DocumentType::InspectionRecord},
        {"勘验笔录", DocumentType::InspectionRecord},
        {"现场勘察笔录", DocumentType::InspectionRecord},
        {"检查笔录", DocumentType::InspectionRecord},
        {"询问笔录", DocumentType::InquiryRecord},
        {"调查询问笔录", DocumentType::InquiryRecord},
        {"询问（调查）笔录", DocumentType::InquiryRecord},
        {"调查笔录", DocumentType::InquiryRecord},
        {"询 问 笔 录", DocumentType::InquiryRecord},
        {"结案报告", DocumentType::ClosingReport},
        {"结案审批表", DocumentType::ClosingReport},
        {"行政处罚结案报告", DocumentType::ClosingReport},
        {"结案呈批表", DocumentType::ClosingReport},
        {"案件结案登记表", DocumentType::ClosingReport},
    };
    for (const Case &c : cases) {
        const std::string title_ = c.title;
        CAPTURE(title_);
        const auto r = DocumentTyper::roles(u(c.title), QString());
        REQUIRE_FALSE(r.empty());
        CHECK(r.front().type == c.type);
        CHECK(r.front().confidence >= 0.9);
        CHECK(DocumentTyper::primary(u(c.title), QString()) == c.type);
    }
}

TEST_CASE("DocumentTyper: a combined notice plays both notice roles, the prior notice first")
{
    const char *titles[] = {"行政处罚事先（听证）告知书", "行政处罚事先(听证)告知书", "陈述申辩及听证权利告知书",
                            "行政处罚事先告知及听证告知书", "行政处罚【听证】告知书"};
    for (const char *t : titles) {
        CAPTURE(std::string(t));
        const auto r = DocumentTyper::roles(u(t), QString());
        REQUIRE(r.size() >= 2);
        CHECK(r[0].type == DocumentType::PriorNotice);
        CHECK(plays(r, DocumentType::HearingNotice));
    }
    // The text alone, with no title or an unknown one.
    for (const char *t : {"", "告知书", "权利告知书", "某市城市管理局文书"}) {
        CAPTURE(std::string(t));
        const auto r = DocumentTyper::roles(u(t), u(kCombinedNotice));
        REQUIRE(r.size() >= 2);
        CHECK(r[0].type == DocumentType::PriorNotice);
        CHECK(plays(r, DocumentType::HearingNotice));
        CHECK_FALSE(plays(r, DocumentType::Decision));
    }
}

TEST_CASE("DocumentTyper: the text gives the role when the title is missing or unknown")
{
    struct Case {
        const char *text;
        DocumentType type;
    };
    const Case cases[] = {
        {kPriorNoticeA, DocumentType::PriorNotice},
        {kPriorNoticeB, DocumentType::PriorNotice},
        {kHearingNoticeOnly, DocumentType::HearingNotice},
        {kPriorNoticeThirdPerson, DocumentType::PriorNotice},
        {kHearingNoticeC, DocumentType::HearingNotice},
        {kDecisionB, DocumentType::Decision},
        {kDecisionQuotingNotice, DocumentType::Decision},
        {kNoPenaltyDecision, DocumentType::Decision},
        {kDeliveryReceipt, DocumentType::DeliveryReceipt},
        {kWaiver, DocumentType::StatementRecord},
        {kInquiry, DocumentType::InquiryRecord},
        {kInspection, DocumentType::InspectionRecord},
        {kCollective, DocumentType::CollectiveDiscussion},
        {kLegalReview, DocumentType::LegalReview},
        {kClosing, DocumentType::ClosingReport},
        {kExtension, DocumentType::ExtensionApproval},
        {kFiling, DocumentType::FilingApproval},
    };
    for (const Case &c : cases)
        for (const char *title : {"", "告知书", "通知书", "某某表"}) {
            const std::string text_ = c.text;
            CAPTURE(text_);
            CAPTURE(std::string(title));
            const auto r = DocumentTyper::roles(u(title), u(c.text));
            REQUIRE_FALSE(r.empty());
            CHECK(r.front().type == c.type);
            CHECK(r.front().confidence < 0.9);  // the text alone never claims a title's certainty
            CHECK_FALSE(r.front().reason.isEmpty());
        }
    // A hearing notice on its own does not play the prior notice's role; nor does a plain prior
    // notice play the hearing notice's.
    CHECK_FALSE(plays(DocumentTyper::roles(QString(), u(kHearingNoticeOnly)), DocumentType::PriorNotice));
    CHECK_FALSE(plays(DocumentTyper::roles(QString(), u(kPriorNoticeA)), DocumentType::HearingNotice));
    CHECK_FALSE(plays(DocumentTyper::roles(QString(), u(kPriorNoticeB)), DocumentType::HearingNotice));
}

TEST_CASE("DocumentTyper: look-alikes keep their own kind")
{
    // A decision that recites its prior notice is a decision, not a notice.
    const auto quoting = DocumentTyper::roles(u("行政处罚决定书"), u(kDecisionQuotingNotice));
    CHECK(quoting.front().type == DocumentType::Decision);
    CHECK_FALSE(plays(quoting, DocumentType::PriorNotice));
    CHECK_FALSE(plays(quoting, DocumentType::HearingNotice));
    CHECK_FALSE(DocumentTyper::decidesNoPenalty(u("行政处罚决定书"), u(kDecisionQuotingNotice)));

    // A no-penalty decision is decision-kind and says so.
    CHECK(DocumentTyper::primary(u("不予行政处罚决定书"), u(kNoPenaltyDecision)) == DocumentType::Decision);
    CHECK(DocumentTyper::decidesNoPenalty(u("不予行政处罚决定书"), QString()));
    CHECK(DocumentTyper::decidesNoPenalty(QString(), u(kNoPenaltyDecision)));

    // The notice fixing a requested hearing's time and place is not a notice of the right to one.
    for (const char *t : {"听证通知书", "听证会通知书", "举行听证通知书", "", "通知书"}) {
        CAPTURE(std::string(t));
        const auto r = DocumentTyper::roles(u(t), u(kHearingSchedule));
        CHECK_FALSE(plays(r, DocumentType::HearingNotice));
        CHECK_FALSE(plays(r, DocumentType::PriorNotice));
        CHECK(DocumentTyper::primary(u(t), u(kHearingSchedule)) == DocumentType::Other);
    }

    // An order to correct decides no penalty and tells of none.
    for (const char *t : {"责令改正通知书", "责令限期改正通知书", "责令整改通知书", ""}) {
        CAPTURE(std::string(t));
        const auto r = DocumentTyper::roles(u(t), u(kCorrectionOrder));
        CHECK(DocumentTyper::primary(u(t), u(kCorrectionOrder)) == DocumentType::Other);
        CHECK_FALSE(plays(r, DocumentType::PriorNotice));
        CHECK_FALSE(plays(r, DocumentType::Decision));
    }

    // A waiver quotes the intended penalty and the rights; it is the party's statement.
    CHECK_FALSE(plays(DocumentTyper::roles(QString(), u(kWaiver)), DocumentType::PriorNotice));
}

TEST_CASE("DocumentTyper: a known title leads, what the text adds follows")
{
    // A notice titled only as a prior notice that also offers a hearing plays both roles.
    const auto r = DocumentTyper::roles(u("行政处罚告知书"), u(kCombinedNotice));
    REQUIRE(r.size() >= 2);
    CHECK(r[0].type == DocumentType::PriorNotice);
    CHECK(r[0].confidence >= 0.9);
    CHECK(plays(r, DocumentType::HearingNotice));
    // No title and no text: nothing to say.
    CHECK(DocumentTyper::roles(QString(), QString()).empty());
    CHECK(DocumentTyper::primary(QString(), QString()) == DocumentType::Other);
    // Text that does none of these things.
    CHECK(DocumentTyper::primary(QString(), u("附件：营业执照复印件一份。")) == DocumentType::Other);
}

TEST_CASE("DocumentTyper: a title naming a kind admits only the other notice from the text")
{
    // A report that recites the intended penalty and the rights to be told stays a report.
    const char *report = "经调查，当事人违法事实清楚。拟对当事人处以罚款二万元。当事人可在收到告知书之日起三日内提出陈述、申辩。";
    const auto r = DocumentTyper::roles(u("案件调查终结报告"), u(report));
    REQUIRE_FALSE(r.empty());
    CHECK(r.front().type == DocumentType::InvestigationReport);
    CHECK_FALSE(plays(r, DocumentType::PriorNotice));
    // Untitled, the same text is read for what it does.
    CHECK(plays(DocumentTyper::roles(QString(), u(report)), DocumentType::PriorNotice));
    // A hearing notice whose text also tells of the statement rights is the prior notice too.
    const auto both = DocumentTyper::roles(u("听证告知书"), u(kCombinedNotice));
    CHECK(both.front().type == DocumentType::HearingNotice);
    CHECK(plays(both, DocumentType::PriorNotice));
}

TEST_CASE("DocumentTyper: second-round wordings, each in a few variations of its own")
{
    // Untitled texts written for this test: the intended penalty with 将 or 准备, the hearing
    // offered with 如需/如要求, a notice speaking of 当事人 in the third person, a decision that
    // gives 以下处罚 and also orders a correction (a decision, not a correction order).
    struct Row {
        const char *text;
        DocumentType type;
    };
    const Row rows[] = {
        {"某某超市：\n本局将依法对你超市作出如下处罚：罚款三千元。你超市可在收到本告知书之日起五日内陈述、申辩。\n某局\n2024年1月2日",
         DocumentType::PriorNotice},
        {"刘某：\n本机关准备给予你罚款八千元的处罚。如要求举行听证，请自收到本通知书之日起五日内提出。\n某局\n2024年2月3日",
         DocumentType::HearingNotice},
        {"当事人：某某印刷厂\n本局拟对当事人罚款一万元。当事人依法享有陈述、申辩的权利，可于接到通知书后三个工作日内提出。\n某局\n2024年3月4日",
         DocumentType::PriorNotice},
        {"当事人：某某酒店\n经查，当事人未落实安全制度。本局依据某条例第十二条，对当事人给予如下行政处罚：罚款六千元，"
         "并责令当事人立即改正。\n如不服本决定，可于六十日内申请行政复议，或者六个月内提起行政诉讼。\n某局\n2024年4月5日",
         DocumentType::Decision},
    };
    for (const Row &r : rows) {
        CAPTURE(std::string(r.text));
        CHECK(DocumentTyper::primary(QString(), u(r.text)) == r.type);
    }
    // 将 without a penalty after it (将于…送达) is no intended penalty.
    CHECK_FALSE(plays(DocumentTyper::roles(QString(), u("本局将于近日送达相关文书，请注意查收。")), DocumentType::PriorNotice));
}
