// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis per party: a decision against several parties, each with its own kind and fine, read
// by the extraction (DossierAnalyzer) and judged by the rules. The hearing notice is owed when any
// party's fine reaches the 较大数额 threshold of its kind (行政处罚法 第63条; Henan 5,000 yuan for a
// person, 50,000 for an organisation); each party's fine must lie in the cited range; swapping the
// parties' order changes no finding. Every decision here is generated for the test.
#include "diagnosis/diagnosisengine.h"
#include "extraction/dossieranalyzer.h"

#include <QString>
#include <QStringList>
#include <algorithm>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

struct Party {
    const char *block;  // the lines after 当事人N：
    const char *name;
    const char *fine;   // as the decided part writes it
};

const Party kCompany{"某县明禾农机销售有限公司\n住所：某县滨河路18号\n法定代表人：罗永平", "某县明禾农机销售有限公司", "叁万元整"};
const Party kPersonLarge{"罗小梅\n性别：女\n身份证号码：510822199001011234\n住址：某县乔庄镇", "罗小梅", "6000元"};
const Party kPersonSmall{"王大军\n性别：男\n身份证号码：510822198502023456\n住址：某县竹园镇", "王大军", "3000元"};

QString decision(const std::vector<Party> &parties, const char *range = "一千元以上五万元以下")
{
    const char *nth[] = {"一", "二", "三"};
    QString t = u("某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕12号\n");
    for (size_t i = 0; i < parties.size(); ++i)
        t += u("当事人%1：%2\n").arg(u(nth[i]), u(parties[i].block));
    t += u("经查，上述当事人共同销售不合格农机配件。以上事实有现场检查笔录、询问笔录等证据为证。\n"
           "上述行为违反了《某省农机管理条例》第十条的规定。该条例第二十条规定，处%1罚款。\n"
           "2024年2月1日，本局向当事人送达了《行政处罚事先告知书》，告知其拟作出的处罚及享有的陈述、申辩权利，当事人未提出陈述、申辩。\n"
           "依据上述规定，本局决定：\n").arg(u(range));
    for (size_t i = 0; i < parties.size(); ++i)
        t += u("%1、对%2罚款人民币%3；\n").arg(u(nth[i]), u(parties[i].name), u(parties[i].fine));
    t += u("当事人应当自收到本决定书之日起十五日内缴纳罚款。\n"
           "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内向人民法院提起行政诉讼。\n"
           "某县市场监督管理局\n2024年3月5日");
    return t;
}

std::vector<Finding> diagnose(const QString &text, const ParameterProfile &profile = ParameterProfile::henan())
{
    const DossierAnalysis a = DossierAnalyzer::analyze({text});
    DiagnosisInput in;
    in.documents = a.documents;
    in.pageTexts = {text};
    in.fields = a.fields;
    return DiagnosisEngine::diagnose(in, profile);
}

std::vector<Finding> of(const std::vector<Finding> &all, const char *rule)
{
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Finding &f) { return f.rule == QLatin1String(rule) && f.severity != Severity::Hint; });
    return out;
}

// What a finding says, without the order the decision listed its parties in.
QStringList verdicts(const std::vector<Finding> &all)
{
    QStringList out;
    for (const Finding &f : all)
        out << f.rule + u'/' + severityKey(f.severity) + u'/' + f.key;
    out.sort();
    return out;
}
} // namespace

TEST_CASE("Diagnosis per party: the fixtures are read as two parties, each with its own fine")
{
    const DossierAnalysis a = DossierAnalyzer::analyze({decision({kCompany, kPersonLarge})});
    REQUIRE(a.fields.parties.size() == 2);
    REQUIRE(a.fields.parties[0].fine);
    CHECK(a.fields.parties[0].fine->yuan == 30000);
    REQUIRE(a.fields.parties[1].type);
    CHECK(a.fields.parties[1].type->value == PartyType::Person);
    REQUIRE(a.fields.parties[1].fine);
    CHECK(a.fields.parties[1].fine->yuan == 6000);
}

TEST_CASE("Diagnosis per party: the hearing notice is owed when any party's fine reaches its kind's threshold")
{
    struct Row {
        const char *name;
        std::vector<Party> parties;
        const char *named;  // the party the finding names, or nullptr for no finding
    };
    const Row rows[] = {
        // 30,000 is below an organisation's 50,000, 6,000 above a person's 5,000.
        {"a company and a person, the person's fine large", {kCompany, kPersonLarge}, "罗小梅"},
        {"the same, the person named first", {kPersonLarge, kCompany}, "罗小梅"},
        {"a company and a person, both small for their kind", {kCompany, kPersonSmall}, nullptr},
        {"two persons, one large one small", {kPersonSmall, kPersonLarge}, "罗小梅"},
        // A 个体工商户 counts as an organisation (河南省政府令第204号), though its operator's ID is given.
        {"a company and an individual business fined 6,000",
         {kCompany, Party{"某县小梅农资店（个体工商户）\n经营者：罗小梅\n身份证号码：510822199001011234\n经营场所：某县乔庄镇", "某县小梅农资店", "6000元"}},
         nullptr},
        {"two persons, both small", {kPersonSmall, Party{"李四海\n性别：男\n身份证号码：510822197703034567\n住址：某县", "李四海", "肆仟元"}}, nullptr},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const auto found = of(diagnose(decision(r.parties)), "NO_HEARING_NOTICE");
        if (!r.named) {
            CHECK(found.empty());
            continue;
        }
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(u(r.named)));
        CHECK(found.front().message.contains(u("自然人")));
        // The small party is not given as a reason.
        for (const Party &p : r.parties)
            if (u(p.name) != u(r.named))
                CHECK_FALSE(found.front().message.contains(u(p.name)));
    }
    // The person's threshold comes from the profile.
    ParameterProfile tenK = ParameterProfile::henan();
    tenK.hearingThresholdPerson = 10000;
    CHECK(of(diagnose(decision({kCompany, kPersonLarge}), tenK), "NO_HEARING_NOTICE").empty());
}

TEST_CASE("Diagnosis per party: each party's fine is checked against the cited range and the finding names it")
{
    // 一千元以上五千元以下: the company's 30,000 is above it, the persons' 3,000 inside.
    const auto found = of(diagnose(decision({kPersonSmall, kCompany}, "一千元以上五千元以下")), "FINE_OUT_OF_RANGE");
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == Severity::Veto);
    CHECK(found.front().message.contains(u("某县明禾农机销售有限公司")));
    CHECK(found.front().key.contains(u("某县明禾农机销售有限公司")));
    CHECK(found.front().key.startsWith(u("above:30000")));
    // Both outside: a finding each, with keys of their own.
    const auto both = of(diagnose(decision({kPersonLarge, kCompany}, "一百元以上一千元以下")), "FINE_OUT_OF_RANGE");
    REQUIRE(both.size() == 2);
    CHECK(both[0].key != both[1].key);
    // Both inside: nothing.
    CHECK(of(diagnose(decision({kPersonSmall, kCompany}, "一千元以上五万元以下")), "FINE_OUT_OF_RANGE").empty());
}

TEST_CASE("Diagnosis per party: swapping the parties' order changes no finding")
{
    const std::vector<std::vector<Party>> sets = {
        {kCompany, kPersonLarge}, {kCompany, kPersonSmall}, {kPersonSmall, kPersonLarge}};
    for (const char *range : {"一千元以上五万元以下", "一千元以上五千元以下", "一百元以上一千元以下"})
        for (const auto &ps : sets) {
            CAPTURE(range);
            CAPTURE(std::string(ps[0].name));
            const std::vector<Party> swapped{ps[1], ps[0]};
            CHECK(verdicts(diagnose(decision(ps, range))) == verdicts(diagnose(decision(swapped, range))));
        }
}

TEST_CASE("Diagnosis per party: the decision states each party's address")
{
    const Party noAddress{"赵一鸣\n性别：男\n身份证号码：510822199203045678", "赵一鸣", "2000元"};
    for (const auto &ps : {std::vector<Party>{kCompany, noAddress}, std::vector<Party>{noAddress, kCompany}}) {
        const auto found = of(diagnose(decision(ps)), "DECISION_CONTENTS_MISSING");
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(u("当事人地址（赵一鸣）")));
        CHECK_FALSE(found.front().message.contains(u("某县明禾农机销售有限公司")));
    }
    CHECK(of(diagnose(decision({kCompany, kPersonSmall})), "DECISION_CONTENTS_MISSING").empty());
    CHECK(of(diagnose(decision({kPersonSmall, kPersonLarge})), "DECISION_CONTENTS_MISSING").empty());
}
