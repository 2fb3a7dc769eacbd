// SPDX-License-Identifier: GPL-3.0-or-later
// Findings in the store: reviewer decisions survive a re-run while the finding still holds.
#include "diagnosis/rulecatalogue.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/schemadiagnosis.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
qint64 addCase(Database &db)
{
    NewCase c;
    c.fileName = QStringLiteral("a.pdf");
    c.sourcePath = QStringLiteral("/tmp/a.pdf");
    c.original = QByteArray("%PDF-1.4 test");
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("行政处罚决定书")};
    return CaseRepository(db).add(c);
}

Finding overdue(int days)
{
    return RuleCatalogue::finding("DECISION_OVERDUE", QStringLiteral("历时%1日").arg(days), {{3, QStringLiteral("2024年4月20日")}},
                                  QStringLiteral("%1>90").arg(days));
}

} // namespace

TEST_CASE("finding store: decisions are kept for findings that still hold")
{
    Database db(QStringLiteral(":memory:"));
    if (!FindingRepository(db).available())
        SchemaDiagnosis::apply(db);
    FindingRepository repo(db);
    REQUIRE(repo.available());
    const qint64 caseId = addCase(db);
    const Finding late = RuleCatalogue::finding("LATE_DELIVERY", QStringLiteral("历时20日"), {{4, QStringLiteral("x")}}, QStringLiteral("20"));

    repo.replace(caseId, {overdue(108), late}, QStringLiteral("henan"));
    auto stored = repo.list(caseId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].finding.rule == u"DECISION_OVERDUE");
    CHECK(stored[0].finding.evidence == overdue(108).evidence);
    CHECK(stored[0].finding.legalBasis == overdue(108).legalBasis);
    CHECK_FALSE(stored[0].decision);

    repo.decide(stored[0].id, FindingVerdict::Accept, {}, QStringLiteral("张评查"));
    CHECK_THROWS_AS(repo.decide(stored[1].id, FindingVerdict::Dismiss, QStringLiteral("  "), QStringLiteral("张评查")), StorageError);
    repo.decide(stored[1].id, FindingVerdict::Dismiss, QStringLiteral("当场送达，回证日期笔误"), QStringLiteral("张评查"));

    // Re-run: the overdue finding still holds with the same facts; the late delivery is gone.
    repo.replace(caseId, {overdue(108)}, QStringLiteral("henan"));
    stored = repo.list(caseId);
    REQUIRE(stored.size() == 1);
    REQUIRE(stored[0].decision);
    CHECK(stored[0].decision->verdict == FindingVerdict::Accept);
    CHECK(stored[0].decision->reviewer == u"张评查");

    // Different key facts: the decision does not carry over.
    repo.replace(caseId, {overdue(120)}, QStringLiteral("henan"));
    stored = repo.list(caseId);
    REQUIRE(stored.size() == 1);
    CHECK_FALSE(stored[0].decision);

    const auto audit = repo.audit(caseId);
    REQUIRE(audit.size() >= 4);
    CHECK(audit[0].action == u"accept");
    CHECK(audit[1].action == u"dismiss");
    CHECK(audit[1].reason == u"当场送达，回证日期笔误");
    CHECK(audit[2].action == u"dropped");
}

TEST_CASE("finding store: duplicate keys of one rule are kept apart and reopen clears a decision")
{
    Database db(QStringLiteral(":memory:"));
    if (!FindingRepository(db).available())
        SchemaDiagnosis::apply(db);
    FindingRepository repo(db);
    const qint64 caseId = addCase(db);
    const Finding hint = RuleCatalogue::hint("INSPECTION_RECORD_OFFICERS", QStringLiteral("无文字层"));
    repo.replace(caseId, {hint, hint}, QStringLiteral("henan"));
    auto stored = repo.list(caseId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].finding.key != stored[1].finding.key);
    repo.decide(stored[0].id, FindingVerdict::Accept, {}, QStringLiteral("李"));
    repo.reopen(stored[0].id, QStringLiteral("李"));
    CHECK_FALSE(repo.list(caseId)[0].decision);
    CHECK_THROWS_AS(repo.decide(99999, FindingVerdict::Accept, {}, {}), StorageError);
}

TEST_CASE("finding store: the reader that decided a finding round-trips, and none is stored as none")
{
    Database db(QStringLiteral(":memory:"));
    FindingRepository repo(db);
    const qint64 caseId = addCase(db);
    Finding named = overdue(108);
    REQUIRE_FALSE(named.reader.isEmpty());  // the catalogue names the rule's reader
    named.reader = QStringLiteral("RemedyClause");  // a finding may name another
    Finding unnamed = RuleCatalogue::finding("LATE_DELIVERY", QStringLiteral("历时20日"), {{4, QStringLiteral("x")}}, QStringLiteral("20"));
    unnamed.reader.clear();
    repo.replace(caseId, {named, unnamed}, QStringLiteral("henan"));
    const auto stored = repo.list(caseId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].finding.reader == u"RemedyClause");
    CHECK(stored[0].finding == named);
    CHECK(stored[1].finding.reader.isNull());
    CHECK(repo.get(stored[0].id)->finding.reader == u"RemedyClause");
}
