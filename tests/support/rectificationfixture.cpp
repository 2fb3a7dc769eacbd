// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationfixture.h"

#include "diagnosis/rulecatalogue.h"
#include "review/reviewservice.h"
#include "standards/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"

#include <QCryptographicHash>

namespace RectificationFixture {
qint64 addCase(Database &db, const QString &caseNo, const QString &agency, const QDate &decided, int pages)
{
    NewCase c;
    c.fileName = caseNo + QStringLiteral(".pdf");
    c.sourcePath = QStringLiteral("/tmp/") + c.fileName;
    c.original = QByteArray("%PDF-1.4 rectification fixture ") + caseNo.toUtf8();
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    for (int p = 1; p <= pages; ++p)
        c.pageTexts.push_back(QStringLiteral("第%1页").arg(p));
    c.analysis.fields.caseNo = TextField{caseNo, {1, caseNo}};
    if (!agency.isEmpty())
        c.analysis.fields.agency = TextField{agency, {1, agency}};
    if (decided.isValid())
        c.analysis.fields.dates[QStringLiteral("decision")] = DateField{decided, {pages, decided.toString(Qt::ISODate)}};
    return CaseRepository(db).add(c);
}

qint64 signedReview(Database &db, qint64 caseId, bool veto, const QString &reviewer)
{
    StandardService(db).ensureBuiltins();
    ReviewService::Submission s;
    s.caseId = caseId;
    s.reviewer = reviewer;
    s.standardId = QStringLiteral("penalty-general");
    s.answers = {{QStringLiteral("P-B01"), Verdict::Deduct, 2, QStringLiteral("立案审批表无负责人签字"),
                  {{1, std::nullopt, QStringLiteral("立案审批表")}}},
                 {QStringLiteral("P-C02"), Verdict::Deduct, 1, {}, {{3, std::nullopt, {}}}},
                 {QStringLiteral("P-B02"), Verdict::Pass, 0, {}, {}}};
    if (veto)
        s.answers.push_back({QStringLiteral("P-A03"), Verdict::Fail, 0, QStringLiteral("处罚对象错误"), {{2, std::nullopt, {}}}});
    s.sign = true;
    s.allowIncomplete = true;
    ReviewService service(db);
    return service.save(s).review.id;
}

qint64 findings(Database &db, qint64 caseId)
{
    FindingRepository repo(db);
    repo.replace(caseId,
                 {RuleCatalogue::finding("DECISION_OVERDUE", QStringLiteral("立案至决定历时108日，超过90日"),
                                         {{4, QStringLiteral("2024年4月20日")}}, QStringLiteral("108>90")),
                  RuleCatalogue::finding("NO_FILING_APPROVAL", QStringLiteral("未见立案审批表"), {{1, QStringLiteral("立案")}},
                                         QStringLiteral("none")),
                  RuleCatalogue::finding("LATE_DELIVERY", QStringLiteral("决定书送达历时20日"), {{5, QStringLiteral("送达回证")}},
                                         QStringLiteral("20")),
                  RuleCatalogue::finding("USCC_INVALID", QStringLiteral("统一社会信用代码校验位错误"), {{1, QStringLiteral("代码")}},
                                         QStringLiteral("x"))},
                 QStringLiteral("henan"));
    const auto stored = repo.list(caseId);
    repo.decide(stored[0].id, FindingVerdict::Accept, {}, QStringLiteral("张三"));
    repo.decide(stored[1].id, FindingVerdict::Accept, {}, QStringLiteral("张三"));
    repo.decide(stored[3].id, FindingVerdict::Dismiss, QStringLiteral("笔误"), QStringLiteral("张三"));
    return stored[0].id;
}
} // namespace RectificationFixture
