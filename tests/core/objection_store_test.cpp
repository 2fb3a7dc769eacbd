// SPDX-License-Identifier: GPL-3.0-or-later
// Objections in the store: ObjectionRepository's rows and the schema's triggers (filed only
// against a final sheet, one open objection per item, decided once and a record from then on,
// never deleted, evidence kept as received), the campaign's objection window, and the
// campaign status counting a file with any objection as contested.
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"
#include "campaigncase.h"
#include "storage/consensusrepository.h"
#include "storage/database.h"
#include "storage/objectionrepository.h"
#include "storage/standardservice.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct Store {
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("o.crstore"))};
    qint64 caseId = 0;
    qint64 campaign = 0;
    qint64 sheet = 0;
    Store()
    {
        StandardService(db).ensureBuiltins();
        caseId = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
        CampaignService service(db);
        campaign = CampaignCase::assigned(service);
        ConsensusRepository consensus(db);
        sheet = consensus.create(campaign, caseId, QStringLiteral("王"), QStringLiteral("t1"));
        consensus.replaceItems(sheet, {{{QStringLiteral("P-B01"), Verdict::Deduct, 2, {}, {}}, true, QStringLiteral("缺审批")}},
                               QStringLiteral("王"), QStringLiteral("t1"));
    }
    ObjectionRecord objection(const char *item = "P-B01") const
    {
        ObjectionRecord o;
        o.campaignId = campaign;
        o.caseId = caseId;
        o.consensusId = sheet;
        o.itemId = QString::fromLatin1(item);
        o.agency = QStringLiteral("甲局");
        o.grounds = QStringLiteral("审批表在第5页");
        o.filedAt = QStringLiteral("t3");
        o.filedBy = QStringLiteral("甲局法制科");
        return o;
    }
};
} // namespace

TEST_CASE("objection store: filed against a final sheet only, decided once, never deleted")
{
    Store s;
    ObjectionRepository repo(s.db);
    CHECK_THROWS_AS(repo.file(s.objection()), StorageError); // the sheet is a draft
    ConsensusRepository(s.db).addSignature(s.sheet, QStringLiteral("王"), QStringLiteral("t2"));
    ConsensusRepository(s.db).finalize(s.sheet, QStringLiteral("t2"));

    ObjectionRecord o = s.objection();
    const QByteArray bytes("%PDF-1.4 审批表");
    o.evidence.push_back({QStringLiteral("审批表.pdf"),
                          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes.size(), bytes});
    CHECK(CampaignProgress(s.db).status(s.campaign).contested == 0);
    const qint64 id = repo.file(o);
    CHECK(CampaignProgress(s.db).status(s.campaign).contested == 1); // open objections count
    CHECK_THROWS_AS(repo.file(s.objection()), StorageError); // one open objection per item
    const auto got = repo.get(id);
    REQUIRE(got);
    CHECK(got->status == ObjectionStatus::Open);
    CHECK(got->grounds == o.grounds);
    CHECK(got->evidence == o.evidence);
    const auto listed = repo.list(s.campaign, s.caseId);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].evidence.at(0).data.isEmpty());
    CHECK(listed[0].evidence.at(0).sha256 == o.evidence[0].sha256);
    CHECK(repo.list(s.campaign, s.caseId + 1).empty());
    CHECK(repo.contestedCases(s.campaign) == std::vector<qint64>{s.caseId});

    // An open objection changes only by its decision; a decision needs who, when and why.
    CHECK_THROWS_AS(s.db.exec("UPDATE campaign_objections SET grounds = 'x'"), StorageError);
    ObjectionRecord d;
    d.status = ObjectionStatus::Upheld;
    d.decidedBy = QStringLiteral("赵");
    d.decidedAt = QStringLiteral("t4");
    d.reason = QStringLiteral(" ");
    CHECK_THROWS_AS(repo.decide(id, d), StorageError);
    d.reason = QStringLiteral("审批表齐全");
    d.verdict = Verdict::Pass;
    repo.decide(id, d);
    const auto decided = repo.get(id);
    CHECK(decided->status == ObjectionStatus::Upheld);
    CHECK(decided->decidedBy == QStringLiteral("赵"));
    CHECK(decided->verdict == Verdict::Pass);
    CHECK(decided->deduction == 0.0);

    d.status = ObjectionStatus::Rejected;
    CHECK_THROWS_AS(repo.decide(id, d), StorageError);
    CHECK_THROWS_AS(s.db.exec("UPDATE campaign_objections SET reason = 'x'"), StorageError);
    CHECK_THROWS_AS(s.db.exec("DELETE FROM campaign_objections"), StorageError);
    CHECK_THROWS_AS(s.db.exec("UPDATE campaign_objection_evidence SET file_name = 'x'"), StorageError);
    CHECK_THROWS_AS(s.db.exec("DELETE FROM campaign_objection_evidence"), StorageError);
    CHECK_THROWS_AS(s.db.exec("INSERT INTO campaign_objection_evidence VALUES (1, 9, 'a', 0, '', X'')"), StorageError);
    CHECK_THROWS_AS(s.db.exec("INSERT INTO campaign_objections(campaign_id, case_id, consensus_id, item_id, agency, grounds, "
                              "filed_at, filed_by, status) VALUES (1, 1, 1, 'P-A01', 'a', 'g', 't', 'b', 'rejected')"),
                    StorageError);

    // The item is free again once decided: a second objection is rejected.
    const qint64 second = repo.file(s.objection());
    ObjectionRecord r;
    r.status = ObjectionStatus::Rejected;
    r.decidedBy = QStringLiteral("赵");
    r.decidedAt = QStringLiteral("t5");
    r.reason = QStringLiteral("理由不成立");
    r.verdict = Verdict::Fail; // ignored: a rejection carries no verdict
    repo.decide(second, r);
    CHECK(repo.get(second)->status == ObjectionStatus::Rejected);
    CHECK(repo.list(s.campaign).size() == 2);
    CHECK(CampaignProgress(s.db).status(s.campaign).contested == 1); // one file, decided objections count
}

TEST_CASE("objection store: the campaign's window is 7 days unless set, 0 to 365")
{
    Store s;
    ObjectionRepository repo(s.db);
    CHECK(repo.windowDays(s.campaign) == 7);
    repo.setWindowDays(s.campaign, 15);
    CHECK(repo.windowDays(s.campaign) == 15);
    CHECK_THROWS_AS(repo.setWindowDays(s.campaign, -1), StorageError);
    CHECK_THROWS_AS(repo.setWindowDays(s.campaign, 366), StorageError);
    CHECK(repo.windowDays(s.campaign) == 15);
}
