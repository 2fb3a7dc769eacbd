// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationfixture.h"

#include "diagnosis/rulecatalogue.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casereview;

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

qint64 addOldCase(Database &db, const QString &caseNo, const QString &agency, const QDate &decided, int pages)
{
    const QByteArray original = QByteArray("%PDF-1.4 rectification fixture ") + caseNo.toUtf8();
    db.prepare("INSERT INTO files(sha256, size, data) VALUES (?, ?, ?)")
        .bind(1, QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()))
        .bind(2, qint64(original.size()))
        .bindBlob(3, original)
        .exec();
    db.prepare("INSERT INTO cases(file_id, file_name, source_path, page_count, imported_at) "
               "VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z')")
        .bind(1, db.lastInsertId())
        .bind(2, caseNo + QStringLiteral(".pdf"))
        .bind(3, QStringLiteral("/tmp/") + caseNo + QStringLiteral(".pdf"))
        .bind(4, pages)
        .exec();
    const qint64 id = db.lastInsertId();
    Statement field = db.prepare("INSERT INTO fields(case_id, key, value, page, snippet) VALUES (?, ?, ?, ?, ?)");
    auto put = [&](const char *key, const QString &value, int page) {
        field.bind(1, id).bind(2, QString::fromLatin1(key)).bind(3, value).bind(4, page).bind(5, value).exec();
        field.reset();
    };
    put("case_no", caseNo, 1);
    if (!agency.isEmpty())
        put("agency", agency, 1);
    if (decided.isValid())
        put("date.decision", decided.toString(Qt::ISODate), pages);
    return id;
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

std::vector<Finding> fixtureFindings()
{
    return {RuleCatalogue::finding("DECISION_OVERDUE", QStringLiteral("立案至决定历时108日，超过90日"),
                                   {{4, QStringLiteral("2024年4月20日")}}, QStringLiteral("108>90")),
            RuleCatalogue::finding("NO_FILING_APPROVAL", QStringLiteral("未见立案审批表"), {{1, QStringLiteral("立案")}},
                                   QStringLiteral("none")),
            RuleCatalogue::finding("LATE_DELIVERY", QStringLiteral("决定书送达历时20日"), {{5, QStringLiteral("送达回证")}},
                                   QStringLiteral("20")),
            RuleCatalogue::finding("USCC_INVALID", QStringLiteral("统一社会信用代码校验位错误"), {{1, QStringLiteral("代码")}},
                                   QStringLiteral("x"))};
}

qint64 findings(Database &db, qint64 caseId)
{
    FindingRepository repo(db);
    repo.replace(caseId, fixtureFindings(), QStringLiteral("henan"));
    const auto stored = repo.list(caseId);
    repo.decide(stored[0].id, FindingVerdict::Accept, {}, QStringLiteral("张三"));
    repo.decide(stored[1].id, FindingVerdict::Accept, {}, QStringLiteral("张三"));
    repo.decide(stored[3].id, FindingVerdict::Dismiss, QStringLiteral("笔误"), QStringLiteral("张三"));
    return stored[0].id;
}

void oldFindings(Database &db, qint64 caseId)
{
    Statement insert = db.prepare(
        "INSERT INTO findings(case_id, seq, rule, fact_key, severity, dimension, legal_basis, message, item, evidence, "
        "profile, diagnosed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'henan', '2025-01-02T00:00:00.000Z')");
    Statement decide = db.prepare(
        "INSERT INTO finding_decisions(case_id, rule, fact_key, verdict, reason, reviewer, decided_at) "
        "VALUES (?, ?, ?, ?, ?, '张三', '2025-01-03T00:00:00.000Z')");
    const std::vector<Finding> list = fixtureFindings();
    for (size_t i = 0; i < list.size(); ++i) {
        const Finding &f = list[i];
        QJsonArray evidence;
        for (const Evidence &e : f.evidence)
            evidence.append(QJsonObject{{QStringLiteral("page"), e.page}, {QStringLiteral("snippet"), e.snippet}});
        insert.bind(1, caseId).bind(2, int(i)).bind(3, f.rule).bind(4, f.key).bind(5, severityKey(f.severity))
            .bind(6, dimensionKey(f.dimension)).bind(7, f.legalBasis).bind(8, f.message).bind(9, f.item)
            .bind(10, QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact)));
        insert.exec();
        insert.reset();
        if (i == 0 || i == 1 || i == 3) {
            decide.bind(1, caseId).bind(2, f.rule).bind(3, f.key).bind(4, QString::fromLatin1(i == 3 ? "dismiss" : "accept"))
                .bind(5, i == 3 ? QStringLiteral("笔误") : QString(""));
            decide.exec();
            decide.reset();
        }
    }
}
} // namespace RectificationFixture
