// SPDX-License-Identifier: GPL-3.0-or-later
#include "signedanswers.h"

#include <algorithm>

using namespace casereview;

namespace SignedAnswers {
ReviewService::Submission make(qint64 caseId, const ReviewStandard &standard, QRandomGenerator &rng, int pages)
{
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = QStringLiteral("评查员");
    s.standardId = standard.id;
    s.sign = true;
    for (const StandardSection &sec : standard.sections)
        for (const StandardItem &item : sec.items) {
            Answer a;
            a.itemId = item.id;
            if (item.veto && rng.bounded(40) == 0) {
                a.verdict = Verdict::Fail;
                a.evidence = {{int(rng.bounded(pages)) + 1, QRectF(50, 100 + rng.bounded(500), 400, 40), {}}};
            } else if (!item.veto && rng.bounded(6) == 0) {
                a.verdict = Verdict::Deduct;
                a.deduction = std::min(item.points, 1.0);
                a.note = QStringLiteral("询问笔录未逐页签名，修改处未经当事人确认");
                a.evidence = {{int(rng.bounded(pages)) + 1, QRectF(50, 100 + rng.bounded(500), 400, 40), {}}};
            }
            s.answers.push_back(a);
        }
    return s;
}
} // namespace SignedAnswers
