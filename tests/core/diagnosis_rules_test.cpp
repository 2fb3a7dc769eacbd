// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the catalogue: a violating dossier, the lawful one, and each lawful look-alike.
#include "diagnosis_dossier.h"

#include <doctest/doctest.h>
#include <functional>

using namespace casereview;

using T = DocumentType;

namespace {
struct RuleCase {
    const char *name;
    const char *rule;
    std::function<TestDossier()> make;
    int expected;  // non-hint findings of `rule`
};

TestDossier bigFine() { return TestDossier::bigFine(); }

const QString kHearingNotice = QStringLiteral(
    "听证告知书\n洛阳某某食品有限公司：\n本局拟对你公司罚款捌万元。你公司有要求听证的权利，如要求听证，应当自收到本告知书之日起五日内向本局提出。\n2024年3月1日");
const QString kLegalReview = QStringLiteral("法制审核意见书\n审核结论：同意。\n2024年3月5日");
const QString kDiscussion = QStringLiteral("集体讨论记录\n讨论结论：同意罚款捌万元。\n2024年3月6日");

TestDossier majorLawful()
{
    auto d = bigFine();
    d.insertBefore(T::DeliveryReceipt, T::HearingNotice, kHearingNotice);
    d.insertBefore(T::PriorNotice, T::LegalReview, kLegalReview);
    d.insertBefore(T::PriorNotice, T::CollectiveDiscussion, kDiscussion);
    return d;
}

const RuleCase kCases[] = {
    {"lawful dossier: no officer finding", "INSPECTION_RECORD_OFFICERS", TestDossier::lawful, 0},
    {"one officer", "INSPECTION_RECORD_OFFICERS",
     [] { return TestDossier::lawful().replace(T::InspectionRecord, QStringLiteral("、李四（执法证号：豫03306416）"), QString()); }, 1},
    {"two officers, no certificate numbers", "INSPECTION_RECORD_OFFICERS",
     [] {
         return TestDossier::lawful()
             .replace(T::InspectionRecord, QStringLiteral("豫03306415"), QStringLiteral(" "))
             .replace(T::InspectionRecord, QStringLiteral("豫03306416"), QStringLiteral(" "));
     }, 1},

    {"certificate numbers in groups", "INSPECTION_RECORD_OFFICERS",
     [] {
         return TestDossier::lawful()
             .replace(T::InspectionRecord, QStringLiteral("豫03306415"), QStringLiteral("51-0107-97302"))
             .replace(T::InspectionRecord, QStringLiteral("豫03306416"), QStringLiteral("51-0107-10228"));
     }, 0},
    {"dates are no certificate numbers", "INSPECTION_RECORD_OFFICERS",
     [] {
         return TestDossier::lawful()
             .replace(T::InspectionRecord, QStringLiteral("豫03306415"), QStringLiteral("2025-03-01"))
             .replace(T::InspectionRecord, QStringLiteral("豫03306416"), QStringLiteral("2025-03-02"));
     }, 1},

    {"lawful: prior notice before decision", "NO_PRIOR_NOTICE", TestDossier::lawful, 0},
    {"no prior notice", "NO_PRIOR_NOTICE", [] { return TestDossier::lawful().remove(T::PriorNotice); }, 1},
    {"notice dated after the decision", "NO_PRIOR_NOTICE",
     [] { return TestDossier::lawful().replace(T::PriorNotice, QStringLiteral("2024年3月1日"), QStringLiteral("2024年3月20日")); }, 1},

    {"lawful: statement rights told", "NOTICE_LACKS_STATEMENT_RIGHTS", TestDossier::lawful, 0},
    {"notice without statement rights", "NOTICE_LACKS_STATEMENT_RIGHTS",
     [] {
         return TestDossier::lawful().replace(T::PriorNotice, QStringLiteral("你公司有陈述、申辩的权利，请于收到本告知书之日起五日内提出，逾期视为放弃。"),
                                              QStringLiteral("请于收到本告知书之日起五日内到本局接受处理。"));
     }, 1},

    {"fine below the hearing threshold", "NO_HEARING_NOTICE", TestDossier::lawful, 0},
    {"large fine without hearing notice", "NO_HEARING_NOTICE", bigFine, 1},
    {"hearing right inside the prior notice", "NO_HEARING_NOTICE",
     [] {
         return bigFine().replace(T::PriorNotice, QStringLiteral("逾期视为放弃。"),
                                  QStringLiteral("逾期视为放弃。你公司有要求听证的权利，如要求听证，应当自收到本告知书之日起五个工作日内提出。"));
     }, 0},
    {"separate hearing notice", "NO_HEARING_NOTICE", majorLawful, 0},
    {"hearing offered though not required", "NO_HEARING_NOTICE",
     [] { return TestDossier::lawful().insertBefore(T::DeliveryReceipt, T::HearingNotice, kHearingNotice); }, 0},
    {"person below 5000 no hearing needed", "NO_HEARING_NOTICE",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("叁万元"), QStringLiteral("肆仟元")); }, 0},

    {"hearing window of five days", "HEARING_WINDOW_TOO_SHORT", majorLawful, 0},
    {"hearing window of three days", "HEARING_WINDOW_TOO_SHORT",
     [] { return majorLawful().replace(T::HearingNotice, QStringLiteral("五日内"), QStringLiteral("三日内")); }, 1},
    {"hearing window of one working day", "HEARING_WINDOW_TOO_SHORT",
     [] { return majorLawful().replace(T::HearingNotice, QStringLiteral("五日内"), QStringLiteral("一个工作日内")); }, 1},
    {"hearing window of five working days", "HEARING_WINDOW_TOO_SHORT",
     [] { return majorLawful().replace(T::HearingNotice, QStringLiteral("五日内"), QStringLiteral("五个工作日内")); }, 0},

    {"decision on day 69", "DECISION_OVERDUE", TestDossier::lawful, 0},
    {"decision on day 108", "DECISION_OVERDUE",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月20日"))
             .replace(T::DeliveryReceipt, QStringLiteral("2024年3月14日"), QStringLiteral("2024年4月22日"), 1);
     }, 1},
    {"decision on day 90", "DECISION_OVERDUE",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月2日")); }, 0},
    {"approved extension covers day 108", "DECISION_OVERDUE",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月20日"))
             .insertBefore(T::PriorNotice, T::ExtensionApproval, QStringLiteral("延长办案期限审批表\n负责人意见：同意延长办案期限三十日。2024年3月28日"));
     }, 0},

    {"delivered on day 2", "LATE_DELIVERY", TestDossier::lawful, 0},
    {"delivered on day 7", "LATE_DELIVERY",
     [] { return TestDossier::lawful().replace(T::DeliveryReceipt, QStringLiteral("2024年3月14日"), QStringLiteral("2024年3月19日"), 1); }, 0},
    {"delivered on day 20", "LATE_DELIVERY",
     [] { return TestDossier::lawful().replace(T::DeliveryReceipt, QStringLiteral("2024年3月14日"), QStringLiteral("2024年4月1日"), 1); }, 1},

    {"remedies 60 days and 6 months", "REMEDY_NOTICE_DEFECT", TestDossier::lawful, 0},
    {"remedies in digits", "REMEDY_NOTICE_DEFECT",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("六十日"), QStringLiteral("60日")).replace(T::Decision, QStringLiteral("六个月"), QStringLiteral("6个月"));
     }, 0},
    {"reconsideration within 15 days", "REMEDY_NOTICE_DEFECT",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("六十日内"), QStringLiteral("十五日内")); }, 1},
    {"litigation within three months", "REMEDY_NOTICE_DEFECT",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("六个月"), QStringLiteral("三个月")); }, 1},
    {"no litigation at all", "REMEDY_NOTICE_DEFECT",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("，也可以在六个月内向洛阳市涧西区人民法院提起行政诉讼"), QString()); }, 1},

    {"major case with legal review", "MAJOR_NO_LEGAL_REVIEW", majorLawful, 0},
    {"major case without legal review", "MAJOR_NO_LEGAL_REVIEW", [] { return majorLawful().remove(T::LegalReview); }, 1},
    {"ordinary case without legal review", "MAJOR_NO_LEGAL_REVIEW", TestDossier::lawful, 0},
    {"legal review in an ordinary case", "MAJOR_NO_LEGAL_REVIEW",
     [] { return TestDossier::lawful().insertBefore(T::PriorNotice, T::LegalReview, kLegalReview); }, 0},
    {"major case with collective discussion", "MAJOR_NO_COLLECTIVE_DISCUSSION", majorLawful, 0},
    {"major case without collective discussion", "MAJOR_NO_COLLECTIVE_DISCUSSION",
     [] { return majorLawful().remove(T::CollectiveDiscussion); }, 1},
    {"ordinary case without collective discussion", "MAJOR_NO_COLLECTIVE_DISCUSSION", TestDossier::lawful, 0},

    {"decided after the rights period", "DECIDED_BEFORE_RIGHTS_PERIOD_END", TestDossier::lawful, 0},
    {"decided two days after service of a five-day notice", "DECIDED_BEFORE_RIGHTS_PERIOD_END",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年3月3日")); }, 1},
    {"written waiver then a quick decision", "DECIDED_BEFORE_RIGHTS_PERIOD_END",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年3月3日"))
             .insertBefore(T::Decision, T::StatementRecord, QStringLiteral("放弃陈述、申辩权利声明\n本单位自愿放弃陈述、申辩的权利。2024年3月2日"));
     }, 0},
    {"statement made and re-examined", "DECIDED_BEFORE_RIGHTS_PERIOD_END",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年3月4日"))
             .insertBefore(T::Decision, T::StatementRecord, QStringLiteral("陈述申辩笔录\n当事人提出了陈述意见。复核意见：不予采纳。2024年3月2日"));
     }, 0},

    {"fine inside the cited range", "FINE_OUT_OF_RANGE", TestDossier::lawful, 0},
    {"fine above the cited range", "FINE_OUT_OF_RANGE",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款人民币陆万元整")); }, 1},
    {"fine below the minimum without ground", "FINE_OUT_OF_RANGE",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款5000元")); }, 1},
    {"fine below the minimum with a 第32条 mitigation ground", "FINE_OUT_OF_RANGE",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("依据上述规定，"),
                                              QStringLiteral("鉴于当事人主动消除违法行为危害后果，符合行政处罚法第三十二条第（一）项规定，依法予以减轻处罚。依据上述规定，"))
             .replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款5000元"));
     }, 0},
    {"rejected mitigation is no ground", "FINE_OUT_OF_RANGE",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("依据上述规定，"), QStringLiteral("其所提意见不能成为法定从轻或者减轻处罚的理由。依据上述规定，"))
             .replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款5000元"));
     }, 1},

    {"violation ended eight months before filing", "LIMITATION_EXPIRED", TestDossier::lawful, 0},
    {"violation ended three years before filing", "LIMITATION_EXPIRED",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("2023年5月1日至2023年6月1日"), QStringLiteral("2020年5月1日至2020年6月1日")); }, 1},
    {"violation just under two years old", "LIMITATION_EXPIRED",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("2023年5月1日至2023年6月1日"), QStringLiteral("2021年5月1日至2022年1月10日")); }, 0},
    {"continuing violation counted from its end", "LIMITATION_EXPIRED",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("2023年5月1日至2023年6月1日期间"), QStringLiteral("2019年5月1日起至今持续")); }, 0},

    {"valid USCC", "USCC_INVALID", TestDossier::lawful, 0},
    {"USCC with a wrong check character", "USCC_INVALID",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("91410305MA41T6K90J"), QStringLiteral("91410305MA41T6K90K")); }, 1},
    {"USCC differs between documents", "USCC_INVALID",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("91410305MA41T6K90J"), QStringLiteral("91350102MAF7F7UE7L")); }, 1},

    {"same party name", "PARTY_INCONSISTENT", TestDossier::lawful, 0},
    {"another party name on the decision", "PARTY_INCONSISTENT",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("当事人：洛阳某某食品有限公司"), QStringLiteral("当事人：洛阳某某商贸有限公司")); }, 1},
    {"documented name change", "PARTY_INCONSISTENT",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("当事人：洛阳某某食品有限公司"),
                                              QStringLiteral("当事人：洛阳某某商贸有限公司（原名洛阳某某食品有限公司）"));
     }, 0},

    {"decision with all contents", "DECISION_CONTENTS_MISSING", TestDossier::lawful, 0},
    {"decision without address and payment", "DECISION_CONTENTS_MISSING",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("住所：洛阳市涧西区长安路42号\n"), QString())
             .replace(T::Decision, QStringLiteral("当事人应当自收到本决定书之日起十五日内缴纳罚款。\n"), QString());
     }, 1},

    {"receipt for the decision", "NO_SERVICE_PROOF", TestDossier::lawful, 0},
    {"no receipt for the decision", "NO_SERVICE_PROOF",
     [] {
         auto d = TestDossier::lawful();
         d.pages.pop_back();
         return d;
     }, 1},

    {"filing approval before the inquiry", "NO_FILING_APPROVAL", TestDossier::lawful, 0},
    {"no filing approval", "NO_FILING_APPROVAL", [] { return TestDossier::lawful().remove(T::FilingApproval); }, 1},
    {"inquiry before filing", "NO_FILING_APPROVAL",
     [] { return TestDossier::lawful().replace(T::InquiryRecord, QStringLiteral("2024年1月5日"), QStringLiteral("2024年1月2日")); }, 1},
};
} // namespace

TEST_CASE("diagnosis rules: violating, compliant and lawful look-alike dossiers")
{
    for (const RuleCase &c : kCases) {
        const std::string name = c.name;
        CAPTURE(name);
        const TestDossier d = c.make();
        CHECK(d.count(QString::fromLatin1(c.rule)) == c.expected);
    }
}

TEST_CASE("diagnosis rules: the lawful dossier has no findings at all")
{
    for (const Finding &f : TestDossier::lawful().diagnose())
        FAIL_CHECK(f.rule.toStdString() << ": " << f.message.toStdString());
    for (const Finding &f : majorLawful().diagnose())
        FAIL_CHECK(f.rule.toStdString() << ": " << f.message.toStdString());
}

TEST_CASE("diagnosis rules: a finding cites every fact it used, with numbers in the message")
{
    auto d = TestDossier::lawful().replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月20日"));
    const auto findings = d.diagnose();
    const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) { return f.rule == u"DECISION_OVERDUE"; });
    REQUIRE(it != findings.end());
    CHECK(it->message.contains(QStringLiteral("2024年1月3日")));
    CHECK(it->message.contains(QStringLiteral("108日")));
    CHECK(it->severity == Severity::Deduct);
    CHECK(it->dimension == Dimension::Procedure);
    CHECK(it->item == u"P-F07");
    REQUIRE(it->evidence.size() == 2);
    CHECK(it->evidence[0].page == 1);
    CHECK(it->evidence[1].page == 6);
}

TEST_CASE("diagnosis rules: missing facts give hints, not defects")
{
    auto d = TestDossier::lawful().replace(T::FilingApproval, QStringLiteral("2024年1月3日"), QStringLiteral("（未填）"));
    d.page(T::FilingApproval).text.replace(QStringLiteral("2024年1月3日"), QStringLiteral("（未填）"));
    CHECK(d.count(QStringLiteral("DECISION_OVERDUE")) == 0);
    CHECK(d.hints(QStringLiteral("DECISION_OVERDUE")) == 1);

    auto scanned = TestDossier::lawful().remove(T::PriorNotice);
    scanned.pages.insert(scanned.pages.begin() + 3, TestDossier::Page{T::Other, QString()});
    CHECK(scanned.count(QStringLiteral("NO_PRIOR_NOTICE")) == 0);
    CHECK(scanned.hints(QStringLiteral("NO_PRIOR_NOTICE")) == 1);
}

TEST_CASE("diagnosis rules: thresholds come from the profile")
{
    ParameterProfile tenK = ParameterProfile::henan();
    tenK.hearingThresholdOrg = 100000;
    tenK.majorThresholdOrg = 100000;
    CHECK(bigFine().count(QStringLiteral("NO_HEARING_NOTICE")) == 1);
    CHECK(bigFine().count(QStringLiteral("NO_HEARING_NOTICE"), tenK) == 0);
    CHECK(bigFine().count(QStringLiteral("MAJOR_NO_LEGAL_REVIEW"), tenK) == 0);
}

TEST_CASE("diagnosis rules: documents are found from page headings when the analysis has none")
{
    auto in = TestDossier::lawful().remove(T::PriorNotice).input();
    in.documents = {{T::Other, 1, int(in.pageTexts.size()), {}}};
    const auto findings = DiagnosisEngine::diagnose(in);
    CHECK(std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.rule == u"NO_PRIOR_NOTICE"; }) == 1);
}

TEST_CASE("diagnosis rules: a cited provision without its quoted range is checked against the provision table")
{
    auto cited = [](const QString &fine) {
        return TestDossier::lawful()
            .replace(T::Decision, QStringLiteral("该法第一百二十四条规定，处一万元以上五万元以下罚款。\n依据上述规定，"),
                     QStringLiteral("依据《公路安全保护条例》第六十四条的规定，"))
            .replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), fine);
    };
    CHECK(cited(QStringLiteral("罚款2万元")).count(QStringLiteral("FINE_OUT_OF_RANGE")) == 0);
    CHECK(cited(QStringLiteral("罚款5万元")).count(QStringLiteral("FINE_OUT_OF_RANGE")) == 1);
    auto scaled = TestDossier::lawful()
                      .replace(T::Decision, QStringLiteral("该法第一百二十四条规定，处一万元以上五万元以下罚款。\n依据上述规定，"),
                               QStringLiteral("工程合同价款880万元。依据《建设工程质量管理条例》第五十七条的规定，"));
    CHECK(TestDossier(scaled).replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款12万元")).count(QStringLiteral("FINE_OUT_OF_RANGE")) == 0);
    CHECK(TestDossier(scaled).replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款52.8万元")).count(QStringLiteral("FINE_OUT_OF_RANGE")) == 1);
}

TEST_CASE("diagnosis rules: an extension must reach the decision date")
{
    auto extended = [](const QString &approval) {
        return TestDossier::lawful()
            .replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年5月20日"))
            .insertBefore(T::PriorNotice, T::ExtensionApproval, approval);
    };
    CHECK(extended(QStringLiteral("延长办案期限审批表\n同意延长办案期限三十日。2024年3月28日")).count(QStringLiteral("DECISION_OVERDUE")) == 1);
    CHECK(extended(QStringLiteral("延长办案期限审批表\n同意延长办案期限六十日。2024年3月28日")).count(QStringLiteral("DECISION_OVERDUE")) == 0);
    CHECK(extended(QStringLiteral("延长办案期限审批表\n同意办案期限延长至2024年6月1日。2024年3月28日")).count(QStringLiteral("DECISION_OVERDUE")) == 0);
    CHECK(extended(QStringLiteral("延长办案期限审批表\n同意。2024年3月28日")).count(QStringLiteral("DECISION_OVERDUE")) == 0);
}

TEST_CASE("diagnosis rules: a notice that gives no statement period is a hint only while one could still run")
{
    auto noPeriod = [] {
        return TestDossier::lawful().replace(T::PriorNotice, QStringLiteral("请于收到本告知书之日起五日内提出，逾期视为放弃"),
                                             QStringLiteral("请及时提出"));
    };
    // eleven days after service: a notice could have given ten working days, so check it
    auto soon = noPeriod();
    CHECK(soon.count(QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")) == 0);
    CHECK(soon.hints(QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")) == 1);
    // seven weeks after service: no period a notice gives can still have been running
    auto late = noPeriod().replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月20日"));
    CHECK(late.count(QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")) == 0);
    CHECK(late.hints(QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")) == 0);
}
