// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small campaign for analytics and report tests: a five-item standard and five cases (signed,
// vetoed, signed with findings, draft, unreviewed) whose numbers are worked out by hand.
#include "analytics/campaigninput.h"
#include "scoring/scoringengine.h"

namespace CampaignFixture {
inline std::shared_ptr<const ReviewStandard> testStandard()
{
    ReviewStandard s;
    s.id = QStringLiteral("t");
    s.version = 1;
    s.nameZh = QStringLiteral("测试标准");
    auto item = [](const char *id, const char *title, double pts, ItemKind k, bool veto = false) {
        StandardItem i;
        i.id = QString::fromUtf8(id);
        i.titleZh = QString::fromUtf8(title);
        i.points = pts;
        i.kind = k;
        i.veto = veto;
        i.legalBasis = {QStringLiteral("行政处罚法第%1条").arg(int(pts))};
        return i;
    };
    s.sections = {{QStringLiteral("A"), QStringLiteral("否决"), {}, {item("V1", "超越职权", 0, ItemKind::Procedure, true)}},
                  {QStringLiteral("B"), QStringLiteral("程序"), {},
                   {item("B1", "立案审批", 40, ItemKind::Procedure), item("B2", "送达回证", 20, ItemKind::Document)}},
                  {QStringLiteral("C"), QStringLiteral("裁量"), {}, {item("C1", "裁量说明", 20, ItemKind::Discretion)}},
                  {QStringLiteral("D"), QStringLiteral("合法"), {}, {item("D1", "适用法律", 20, ItemKind::Legality)}}};
    return std::make_shared<const ReviewStandard>(s);
}

inline Answer ans(const char *id, Verdict v, double deduction = 0, std::vector<int> pages = {})
{
    Answer a;
    a.itemId = QString::fromUtf8(id);
    a.verdict = v;
    a.deduction = deduction;
    a.note = QStringLiteral("理由%1").arg(a.itemId);
    for (int p : pages)
        a.evidence.push_back({p, std::nullopt, {}});
    return a;
}

inline std::vector<Answer> allPass(std::vector<Answer> changed)
{
    std::vector<Answer> out;
    for (const char *id : {"V1", "B1", "B2", "C1", "D1"}) {
        Answer a = ans(id, Verdict::Pass);
        for (const Answer &c : changed)
            if (c.itemId == a.itemId)
                a = c;
        out.push_back(a);
    }
    return out;
}

inline ReviewInput review(std::vector<Answer> answers, ReviewStatus status)
{
    ReviewInput r;
    r.standard = testStandard();
    r.review.status = status;
    r.review.standardId = QStringLiteral("t");
    r.answers = std::move(answers);
    r.card = ScoringEngine::score(*r.standard, r.answers);
    return r;
}

inline StoredFinding finding(const char *rule, const char *item, std::optional<FindingVerdict> verdict, std::vector<int> pages)
{
    StoredFinding f;
    f.finding.rule = QString::fromUtf8(rule);
    f.finding.item = QString::fromUtf8(item);
    f.finding.dimension = Dimension::Procedure;
    f.finding.message = QStringLiteral("发现%1").arg(f.finding.rule);
    for (int p : pages)
        f.finding.evidence.push_back({p, {}});
    if (verdict)
        f.decision = FindingDecision{*verdict, {}, QStringLiteral("张三"), {}};
    return f;
}

inline CaseInput caseOf(qint64 id, const char *agency, const char *type)
{
    CaseInput c;
    c.summary.id = id;
    c.summary.caseNo = QStringLiteral("案%1").arg(id);
    c.summary.agency = QString::fromUtf8(agency);
    c.summary.caseType = QString::fromUtf8(type);
    return c;
}

inline std::vector<CaseInput> campaign()
{
    std::vector<CaseInput> cs;
    cs.push_back(caseOf(1, "甲局", "行政处罚"));
    cs.back().review = review(allPass({ans("B1", Verdict::Deduct, 5, {5, 3, 3}), ans("C1", Verdict::Deduct, 2, {7})}),
                              ReviewStatus::Signed);
    cs.push_back(caseOf(2, "甲局", "行政处罚"));
    cs.back().review = review(allPass({ans("V1", Verdict::Fail, 0, {2}), ans("B1", Verdict::Deduct, 5, {4})}),
                              ReviewStatus::Signed);
    cs.push_back(caseOf(3, "乙局", "行政检查"));
    cs.back().review = review(allPass({ans("D1", Verdict::Deduct, 20)}), ReviewStatus::Signed);
    cs.back().findings = {finding("NO_SERVICE_PROOF", "B2", FindingVerdict::Accept, {9}),
                          finding("USCC_INVALID", "D1", FindingVerdict::Dismiss, {1}),
                          finding("LATE_DELIVERY", "B2", std::nullopt, {9})};
    cs.push_back(caseOf(4, "乙局", "行政检查"));
    cs.back().review = review({ans("B1", Verdict::Deduct, 10)}, ReviewStatus::Draft);
    cs.back().findings = {finding("NO_FILING_APPROVAL", "B1", FindingVerdict::Accept, {1})};
    cs.push_back(caseOf(5, "", ""));
    return cs;
}
} // namespace CampaignFixture
