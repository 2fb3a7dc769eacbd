// SPDX-License-Identifier: GPL-3.0-or-later
// Findings on scanned pages whose deciding fact the OCR cannot vouch for become hints naming
// the page; the same finding on a page read with confidence, or resting on other facts, stays.
#include "diagnosis_dossier.h"

#include <doctest/doctest.h>
#include <functional>
#include <set>

using namespace casereview;

using T = DocumentType;

namespace {
constexpr int kDecisionPage = 6;  // of TestDossier::lawful()

struct DoubtCase {
    const char *name;
    const char *rule;
    std::function<TestDossier()> make;
    std::function<void(DiagnosisInput &)> scan;  // what the OCR of the scan was unsure of
    int findings;                                 // non-hint findings of `rule`
    int unverified;                               // hints of `rule` naming a scanned page
};

TestDossier late()
{
    return TestDossier::lawful().replace(T::DeliveryReceipt, QStringLiteral("2024年3月14日"), QStringLiteral("2024年4月1日"), 1);
}

// A major case (fine of 80,000 yuan) whose legal review is dated after the decision.
TestDossier reviewAfterDecision()
{
    auto d = TestDossier::lawful();
    d.replace(T::PriorNotice, QStringLiteral("叁万元"), QStringLiteral("捌万元"));
    d.replace(T::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款人民币捌万元整"));
    d.replace(T::Decision, QStringLiteral("处一万元以上五万元以下罚款"), QStringLiteral("处五万元以上十万元以下罚款"));
    d.insertBefore(T::PriorNotice, T::LegalReview, QStringLiteral("法制审核意见书\n审核结论：同意。\n2024年3月20日"));
    return d;
}

TestDossier noticeAfterDecision()
{
    return TestDossier::lawful().replace(T::PriorNotice, QStringLiteral("2024年3月1日"), QStringLiteral("2024年3月20日"));
}

TestDossier noLitigationPeriod()
{
    return TestDossier::lawful().replace(T::Decision, QStringLiteral("也可以在六个月内"), QStringLiteral("也可以"));
}

TestDossier noPaymentTerms()
{
    return TestDossier::lawful().replace(T::Decision, QStringLiteral("当事人应当自收到本决定书之日起十五日内缴纳罚款。\n"), QString());
}

TestDossier expired(const QString &end)
{
    return TestDossier::lawful().replace(T::Decision, QStringLiteral("于2023年5月1日至2023年6月1日期间"),
                                         QStringLiteral("于2021年5月1日至%1期间").arg(end));
}

// The decision date as an extracted field, with the snippet it was read from.
std::function<void(DiagnosisInput &)> decisionDate(const QString &snippet, bool uncertain, int page = kDecisionPage)
{
    return [=](DiagnosisInput &in) {
        in.fields.dates[QStringLiteral("decision")] = DateField{QDate(2024, 3, 12), Evidence{page, snippet}};
        in.doubtfulPages.insert(page);
        if (uncertain)
            in.uncertainFields.insert(QStringLiteral("dates.decision"));
    };
}

void decisionPageDoubtful(DiagnosisInput &in) { in.doubtfulPages.insert(kDecisionPage); }
void nothingDoubtful(DiagnosisInput &) {}

const DoubtCase kCases[] = {
    {"late delivery: uncertain decision date read from a sentence", "LATE_DELIVERY", late,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), true), 0, 1},
    {"late delivery: uncertain decision date on its own line", "LATE_DELIVERY", late,
     decisionDate(QStringLiteral("2024年3月12日"), true), 1, 0},
    {"late delivery: certain decision date read from a sentence", "LATE_DELIVERY", late,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), false), 1, 0},
    {"late delivery: native text", "LATE_DELIVERY", late, nothingDoubtful, 1, 0},
    {"in time: an uncertain date raises nothing", "LATE_DELIVERY", TestDossier::lawful,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), true), 0, 0},

    {"notice after an uncertain decision date read from a sentence", "NO_PRIOR_NOTICE", noticeAfterDecision,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), true), 0, 1},
    {"notice after a certain decision date", "NO_PRIOR_NOTICE", noticeAfterDecision,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), false), 1, 0},

    {"legal review after an uncertain decision date read from a sentence", "MAJOR_NO_LEGAL_REVIEW", reviewAfterDecision,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), true, 7), 0, 1},
    {"legal review after a certain decision date", "MAJOR_NO_LEGAL_REVIEW", reviewAfterDecision,
     decisionDate(QStringLiteral("2024年3月12日，本局向你送达了"), false, 7), 1, 0},

    {"remedy period absent on a doubtful scanned page", "REMEDY_NOTICE_DEFECT", noLitigationPeriod, decisionPageDoubtful, 0, 1},
    {"remedy period absent on native text", "REMEDY_NOTICE_DEFECT", noLitigationPeriod, nothingDoubtful, 1, 0},
    {"remedy period present but wrong on a doubtful page", "REMEDY_NOTICE_DEFECT",
     [] { return TestDossier::lawful().replace(T::Decision, QStringLiteral("六十日内"), QStringLiteral("十五日内")); },
     decisionPageDoubtful, 1, 0},

    {"decision element absent on a doubtful scanned page", "DECISION_CONTENTS_MISSING", noPaymentTerms, decisionPageDoubtful, 0, 1},
    {"decision element absent on native text", "DECISION_CONTENTS_MISSING", noPaymentTerms, nothingDoubtful, 1, 0},

    {"limitation: range end unreadable on a doubtful page", "LIMITATION_EXPIRED",
     [] { return expired(QStringLiteral("2021年6月1脸")); }, decisionPageDoubtful, 0, 1},
    {"limitation: range end unreadable on native text", "LIMITATION_EXPIRED",
     [] { return expired(QStringLiteral("2021年6月1脸")); }, nothingDoubtful, 1, 0},
    {"limitation: whole range read on a doubtful page", "LIMITATION_EXPIRED",
     [] { return expired(QStringLiteral("2021年6月1日")); }, decisionPageDoubtful, 1, 0},
};

std::vector<Finding> diagnoseScanned(const DoubtCase &c)
{
    DiagnosisInput in = c.make().input();
    c.scan(in);
    return DiagnosisEngine::diagnose(in, ParameterProfile::henan());
}
} // namespace

TEST_CASE("diagnosis on scans: findings resting on doubtful OCR become page-naming hints")
{
    for (const DoubtCase &c : kCases) {
        const std::string name = c.name;
        CAPTURE(name);
        int findings = 0, unverified = 0;
        for (const Finding &f : diagnoseScanned(c)) {
            if (f.rule != QLatin1String(c.rule))
                continue;
            if (f.severity != Severity::Hint)
                ++findings;
            else if (f.message.contains(QStringLiteral("页为扫描件")))
                ++unverified;
        }
        CHECK(findings == c.findings);
        CHECK(unverified == c.unverified);
    }
}

TEST_CASE("diagnosis on scans: the unverified hint names the page and keeps the evidence")
{
    const DoubtCase &c = kCases[0];
    for (const Finding &f : diagnoseScanned(c)) {
        if (f.rule != QLatin1String("LATE_DELIVERY"))
            continue;
        CHECK(f.severity == Severity::Hint);
        CHECK(f.message.contains(QStringLiteral("第%1页为扫描件").arg(kDecisionPage)));
        CHECK(f.message.contains(QStringLiteral("历时20日")));
        REQUIRE(f.evidence.size() == 2);
        CHECK(f.evidence[0].page == kDecisionPage);
    }
}
