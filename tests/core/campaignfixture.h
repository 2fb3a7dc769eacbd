// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small campaign for analytics and report tests: a five-item standard and five cases (signed,
// vetoed, signed with findings, draft, unreviewed) whose numbers are worked out by hand.
#include "analytics/campaigninput.h"
#include "scoring/scoringengine.h"

namespace CampaignFixture {
inline std::shared_ptr<const casereview::ReviewStandard> testStandard()
{
    casereview::ReviewStandard s;
    s.id = QStringLiteral("t");
    s.version = 1;
    s.nameZh = QStringLiteral("测试标准");
    auto item = [](const char *id, const char *title, double pts, casereview::ItemKind k, bool veto = false) {
        casereview::StandardItem i;
        i.id = QString::fromUtf8(id);
        i.titleZh = QString::fromUtf8(title);
        i.points = pts;
        i.kind = k;
        i.veto = veto;
        i.legalBasis = {QStringLiteral("行政处罚法第%1条").arg(int(pts))};
        return i;
    };
    s.sections = {{QStringLiteral("A"), QStringLiteral("否决"), {}, {item("V1", "超越职权", 0, casereview::ItemKind::Procedure, true)}},
                  {QStringLiteral("B"), QStringLiteral("程序"), {},
                   {item("B1", "立案审批", 40, casereview::ItemKind::Procedure), item("B2", "送达回证", 20, casereview::ItemKind::Document)}},
                  {QStringLiteral("C"), QStringLiteral("裁量"), {}, {item("C1", "裁量说明", 20, casereview::ItemKind::Discretion)}},
                  {QStringLiteral("D"), QStringLiteral("合法"), {}, {item("D1", "适用法律", 20, casereview::ItemKind::Legality)}}};
    return std::make_shared<const casereview::ReviewStandard>(s);
}

inline casereview::Answer ans(const char *id, casereview::Verdict v, double deduction = 0, std::vector<int> pages = {})
{
    casereview::Answer a;
    a.itemId = QString::fromUtf8(id);
    a.verdict = v;
    a.deduction = deduction;
    a.note = QStringLiteral("理由%1").arg(a.itemId);
    for (int p : pages)
        a.evidence.push_back({p, std::nullopt, {}});
    return a;
}

inline std::vector<casereview::Answer> allPass(std::vector<casereview::Answer> changed)
{
    std::vector<casereview::Answer> out;
    for (const char *id : {"V1", "B1", "B2", "C1", "D1"}) {
        casereview::Answer a = ans(id, casereview::Verdict::Pass);
        for (const casereview::Answer &c : changed)
            if (c.itemId == a.itemId)
                a = c;
        out.push_back(a);
    }
    return out;
}

inline casereview::ReviewInput review(std::vector<casereview::Answer> answers, casereview::ReviewStatus status)
{
    casereview::ReviewInput r;
    r.standard = testStandard();
    r.review.status = status;
    r.review.standardId = QStringLiteral("t");
    r.answers = std::move(answers);
    r.card = casereview::ScoringEngine::score(*r.standard, r.answers);
    return r;
}

inline casereview::StoredFinding finding(const char *rule, const char *item, std::optional<casereview::FindingVerdict> verdict, std::vector<int> pages)
{
    casereview::StoredFinding f;
    f.finding.rule = QString::fromUtf8(rule);
    f.finding.item = QString::fromUtf8(item);
    f.finding.dimension = casereview::Dimension::Procedure;
    f.finding.message = QStringLiteral("发现%1").arg(f.finding.rule);
    for (int p : pages)
        f.finding.evidence.push_back({p, {}});
    if (verdict)
        f.decision = casereview::FindingDecision{*verdict, {}, QStringLiteral("张三"), {}};
    return f;
}

inline casereview::CaseInput caseOf(qint64 id, const char *agency, const char *type)
{
    casereview::CaseInput c;
    c.summary.id = id;
    c.summary.caseNo = QStringLiteral("案%1").arg(id);
    c.summary.agency = QString::fromUtf8(agency);
    c.summary.caseType = QString::fromUtf8(type);
    return c;
}

inline std::vector<casereview::CaseInput> campaign()
{
    std::vector<casereview::CaseInput> cs;
    cs.push_back(caseOf(1, "甲局", "行政处罚"));
    cs.back().review = review(allPass({ans("B1", casereview::Verdict::Deduct, 5, {5, 3, 3}), ans("C1", casereview::Verdict::Deduct, 2, {7})}),
                              casereview::ReviewStatus::Signed);
    cs.push_back(caseOf(2, "甲局", "行政处罚"));
    cs.back().review = review(allPass({ans("V1", casereview::Verdict::Fail, 0, {2}), ans("B1", casereview::Verdict::Deduct, 5, {4})}),
                              casereview::ReviewStatus::Signed);
    cs.push_back(caseOf(3, "乙局", "行政检查"));
    cs.back().review = review(allPass({ans("D1", casereview::Verdict::Deduct, 20)}), casereview::ReviewStatus::Signed);
    cs.back().findings = {finding("NO_SERVICE_PROOF", "B2", casereview::FindingVerdict::Accept, {9}),
                          finding("USCC_INVALID", "D1", casereview::FindingVerdict::Dismiss, {1}),
                          finding("LATE_DELIVERY", "B2", std::nullopt, {9})};
    cs.push_back(caseOf(4, "乙局", "行政检查"));
    cs.back().review = review({ans("B1", casereview::Verdict::Deduct, 10)}, casereview::ReviewStatus::Draft);
    cs.back().findings = {finding("NO_FILING_APPROVAL", "B1", casereview::FindingVerdict::Accept, {1})};
    cs.push_back(caseOf(5, "", ""));
    return cs;
}
} // namespace CampaignFixture
