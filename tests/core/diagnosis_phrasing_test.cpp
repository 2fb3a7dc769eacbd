// SPDX-License-Identifier: GPL-3.0-or-later
// The rules on wording the first rule set did not know: each row rewrites the lawful fixture in
// a way that keeps its meaning (the rule must stay silent) or changes it (the rule must speak),
// and lone decisions judged on what they state.
#include "diagnosis_dossier.h"

#include <doctest/doctest.h>
#include <functional>

using namespace casereview;

using T = DocumentType;

namespace {
const QString kRemedy = QStringLiteral(
    "如不服本决定，可以在收到本决定书之日起六十日内向洛阳市涧西区人民政府申请行政复议，也可以在六个月内向洛阳市涧西区人民法院提起行政诉讼。");
const QString kRights = QStringLiteral("你公司有陈述、申辩的权利，请于收到本告知书之日起五日内提出，逾期视为放弃。");

TestDossier remedy(const QString &clause) { return TestDossier::lawful().replace(T::Decision, kRemedy, clause); }
TestDossier rights(const QString &clause) { return TestDossier::lawful().replace(T::PriorNotice, kRights, clause); }

TestDossier bigFine() { return TestDossier::bigFine(); }

struct Row {
    const char *name;
    const char *rule;
    std::function<TestDossier()> make;
    int expected;  // non-hint findings of `rule`
};

const Row kRows[] = {
    {"remedy: 起诉 and Arabic numerals", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("当事人如对本决定不服，可自收到本决定书之日起60日内依法申请行政复议，或者于6个月内直接向人民法院起诉。")); }, 0},
    {"remedy: litigation first, 天", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("如不服本决定，可以在接到本决定书之日起六个月内向人民法院提起行政诉讼，也可以在六十天内申请行政复议。")); }, 0},
    {"remedy: two sentences", "REMEDY_NOTICE_DEFECT",
     [] {
         return remedy(QStringLiteral("如不服本决定，可以自知道或者应当知道之日起六十日内申请行政复议。\n也可以自收到本决定书之日起六个月内依法提起行政诉讼。"));
     }, 0},
    {"remedy: section heading before it, suspension clause after it", "REMEDY_NOTICE_DEFECT",
     [] {
         return remedy(QStringLiteral("四、申请行政复议或者提起行政诉讼的途径和期限\n") + kRemedy +
                       QStringLiteral("\n申请行政复议或者提起行政诉讼期间，本决定不停止执行。"));
     }, 0},
    {"remedy: suit after reconsideration told as well", "REMEDY_NOTICE_DEFECT",
     [] {
         return remedy(kRemedy + QStringLiteral("对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。"));
     }, 0},
    {"remedy: two months for reconsideration", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("如不服本决定，可在两个月内申请行政复议，也可以在六个月内提起行政诉讼。")); }, 1},
    {"remedy: one year for litigation", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("如不服本决定，可在六十日内申请行政复议，也可以在一年内提起行政诉讼。")); }, 1},
    {"remedy: no periods", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("如不服本决定，可以依法申请行政复议或者提起行政诉讼。")); }, 1},
    {"remedy: none but the enforcement clause", "REMEDY_NOTICE_DEFECT",
     [] { return remedy(QStringLiteral("逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本局将依法申请人民法院强制执行。")); }, 1},

    {"rights: 有权进行陈述和辩解", "NOTICE_LACKS_STATEMENT_RIGHTS",
     [] { return rights(QStringLiteral("你公司有权进行陈述和辩解，可在收到本告知书之日起3个工作日内提出。")); }, 0},
    {"rights: only the waiver warning", "NOTICE_LACKS_STATEMENT_RIGHTS",
     [] { return rights(QStringLiteral("逾期未向本局提出陈述、申辩意见的，视为放弃上述权利。")); }, 0},
    {"rights: only what the party said as evidence", "NOTICE_LACKS_STATEMENT_RIGHTS",
     [] { return rights(QStringLiteral("据当事人陈述，涉案食品购自外地。请于收到本告知书之日起五日内到本局接受处理。")); }, 1},

    {"combined notice: hearing right in the prior notice, own sentence", "NO_HEARING_NOTICE",
     [] {
         return bigFine().replace(T::PriorNotice, kRights,
                                  QStringLiteral("你公司可在收到本告知书之日起五个工作日内提出陈述、申辩意见或者要求举行听证，逾期视为放弃。"));
     }, 0},
    {"combined notice: a three-day hearing window", "HEARING_WINDOW_TOO_SHORT",
     [] {
         return bigFine().replace(T::PriorNotice, kRights,
                                  kRights + QStringLiteral("你公司享有要求听证的权利。如要求听证，请在收到本告知书之日起3日内提出。"));
     }, 1},
    {"hearing denied in a notice for a large fine", "NO_HEARING_NOTICE",
     [] { return bigFine().replace(T::PriorNotice, kRights, kRights + QStringLiteral("本案不适用听证程序。")); }, 1},

    {"limitation: an act begun three years ago that still goes on", "LIMITATION_EXPIRED",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("当事人于2023年5月1日至2023年6月1日期间销售超过保质期的食品。"),
                                              QStringLiteral("当事人自2020年12月1日起在其门店销售超过保质期的食品。该行为持续至本局检查时仍在进行。"));
     }, 0},
    {"limitation: an act that ended three years ago", "LIMITATION_EXPIRED",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("2023年5月1日至2023年6月1日"),
                                              QStringLiteral("2020年5月1日至2020年6月1日"));
     }, 1},
    {"contents: 经营场所 in the facts is no party address", "DECISION_CONTENTS_MISSING",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("住所：洛阳市涧西区长安路42号\n"), QString())
             .replace(T::Decision, QStringLiteral("销售超过保质期的食品"), QStringLiteral("在其经营场所内销售超过保质期的食品"));
     }, 1},
    {"contents: only the surcharge clause is no manner of performance", "DECISION_CONTENTS_MISSING",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("当事人应当自收到本决定书之日起十五日内缴纳罚款。"),
                                              QStringLiteral("到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"));
     }, 1},
    {"contents: address label with a qualifier", "DECISION_CONTENTS_MISSING",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("住所："), QStringLiteral("地址（住所）：")); }, 0},
    {"fine range: the higher tier's condition not met", "FINE_OUT_OF_RANGE",
     [] {
         return TestDossier::lawful().replace(T::Decision, QStringLiteral("该法第一百二十四条规定，处一万元以上五万元以下罚款。"),
                                              QStringLiteral("该法第一百二十四条规定：“责令改正，处一万元以下罚款；逾期未改正的，处一万元以上五万元以下罚款”。"));
     }, 1},
    {"fine range: the higher tier's condition met", "FINE_OUT_OF_RANGE",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("该法第一百二十四条规定，处一万元以上五万元以下罚款。"),
                      QStringLiteral("该法第一百二十四条规定：“责令改正，处一万元以下罚款；逾期未改正的，处一万元以上五万元以下罚款”。当事人经责令改正，逾期未改正。"));
     }, 0},
    {"overdue: 办案期限延长至 in an approval", "DECISION_OVERDUE",
     [] {
         return TestDossier::lawful()
             .replace(T::Decision, QStringLiteral("2024年3月12日"), QStringLiteral("2024年4月20日"))
             .insertBefore(T::PriorNotice, T::ExtensionApproval,
                           QStringLiteral("延长办案期限审批表\n因案情复杂，经负责人批准，本案办案期限延长至2024年5月1日。2024年3月28日"));
     }, 0},
};
} // namespace

TEST_CASE("diagnosis: wording that keeps or changes the meaning")
{
    for (const Row &row : kRows) {
        const std::string rowName = row.name;
        CAPTURE(rowName);
        CHECK(row.make().count(QString::fromLatin1(row.rule)) == row.expected);
    }
}

namespace {
TestDossier loneDecision(const QString &narrative)
{
    TestDossier d;
    QString text = TestDossier::lawful().page(T::Decision).text;
    text.replace(QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款人民币捌万元整"));
    text.replace(QStringLiteral("处一万元以上五万元以下罚款"), QStringLiteral("处五万元以上十万元以下罚款"));
    text.replace(QStringLiteral("以上事实有现场检查笔录、询问笔录等证据为证。\n"),
                 QStringLiteral("以上事实有现场检查笔录、询问笔录等证据为证。\n") + narrative);
    d.pages = {{T::Decision, text}};
    return d;
}
} // namespace

TEST_CASE("diagnosis: a lone decision is judged on what it states")
{
    const QString statementOnly = QStringLiteral(
        "2024年3月1日，本局向当事人送达了《行政处罚告知书》，告知其可以自收到告知书之日起五日内提出陈述、申辩意见。当事人在规定期限内未提出。\n");
    const QString both = QStringLiteral(
        "2024年3月1日，本局向当事人送达了《行政处罚告知书》，告知其可以在五日内提出陈述、申辩意见，五日内要求举行听证。当事人在规定期限内未提出。\n");
    CHECK(loneDecision(statementOnly).count(QStringLiteral("NO_HEARING_NOTICE")) == 1);
    CHECK(loneDecision(both).count(QStringLiteral("NO_HEARING_NOTICE")) == 0);
    // Nothing said about the procedure: only the full dossier could tell, so a hint.
    const auto silent = loneDecision(QString());
    CHECK(silent.count(QStringLiteral("NO_HEARING_NOTICE")) == 0);
    CHECK(silent.hints(QStringLiteral("NO_HEARING_NOTICE")) == 1);
}
