// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign through the store: create, a catalogue population linked to stored cases by case
// number, two recorded draws, verify-draw (and a tampered population it catches), the reviewer
// pool, assignment, double reviews, agreement and status, and the audit chain over all of it.
#include "campaign/campaignerror.h"
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"
#include "campaigncase.h"
#include "review/reviewservice.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QByteArray catalogue()
{
    QByteArray csv = "机关,案号,案件类型,决定日期,罚款,标记\n";
    for (int i = 1; i <= 6; ++i)
        csv += QStringLiteral("甲局,甲罚%1号,行政处罚,2024-01-0%1,1000,%2\n").arg(i).arg(i == 6 ? QStringLiteral("重大") : QString()).toUtf8();
    for (int i = 1; i <= 4; ++i)
        csv += QStringLiteral("乙局,乙罚%1号,行政处罚,2024-02-0%1,,\n").arg(i).toUtf8();
    return csv;
}

Answer answer(const char *item, Verdict v, double deduction = 0) { return {QString::fromLatin1(item), v, deduction, {}, {}}; }
} // namespace

TEST_CASE("campaign store: population, draws, verification, assignment, reviews and agreement")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("c.crstore")));
    const qint64 jia1 = CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
    std::vector<qint64> cases{jia1};
    for (int i = 2; i <= 6; ++i)
        cases.push_back(CampaignCase::add(db, QStringLiteral("甲罚%1号").arg(i), QStringLiteral("甲局")));
    for (int i = 1; i <= 4; ++i)
        cases.push_back(CampaignCase::add(db, QStringLiteral("乙罚%1号").arg(i), QStringLiteral("乙局")));
    CampaignService service(db);
    CampaignService::CreateRequest req{QStringLiteral("2024年度行政执法案卷评查"), QStringLiteral("《行政执法监督条例》"), QStringLiteral("全市"),
                                       QStringLiteral("某市司法局"), QStringLiteral("penalty-general"), std::nullopt,
                                       {{QStringLiteral("review"), QDate(2024, 5, 1), QDate(2024, 5, 31)}}, QStringLiteral("组长")};
    const qint64 id = service.create(req);
    const CampaignRecord c = service.campaign(id);
    CHECK(c.standardVersion >= 1);
    REQUIRE(c.phases.size() == 1);
    CHECK(c.phases[0].ends == QDate(2024, 5, 31));

    const auto pop = service.populationFromCatalogue(id, catalogue(), QStringLiteral("目录.csv"), QStringLiteral("组长"));
    CHECK(pop.size == 10);
    CHECK(pop.linked == 10);
    CHECK(service.population(id)[0].caseId.has_value());

    DrawSpec spec;
    spec.seed = QStringLiteral("2024-05-01 公证");
    spec.strata = {QStringLiteral("agency")};
    spec.ratioText = QStringLiteral("0.5");
    spec.ratioNumerator = 1;
    spec.ratioDenominator = 2;
    spec.mustInclude = {QStringLiteral("重大")};
    const DrawRecord first = service.draw(id, spec, {QStringLiteral("公证员")}, QStringLiteral("组长"));
    // 甲局 6 × 0.5 = 3 at random + 甲罚6号 must-include; 乙局 4 × 0.5 = 2.
    CHECK(first.drawn.size() == 6);
    CHECK(first.drawn[0].stratum == QStringLiteral("乙局"));
    CHECK(service.verifyDraw(id).equal);
    const DrawRecord reread = service.recordedDraw(id, first.id);
    CHECK(reread.drawn == first.drawn);
    CHECK(reread.witnesses == QStringList{QStringLiteral("公证员")});
    CHECK(reread.drawn.front().caseId.has_value());

    // The population is frozen by the draw; a second draw is a new record.
    CHECK_THROWS_AS(service.populationFromCases(id, std::nullopt, QStringLiteral("组长")), CampaignError);
    spec.seed = QStringLiteral("another");
    const DrawRecord second = service.draw(id, spec, {}, QStringLiteral("组长"));
    CHECK(second.id != first.id);
    CHECK(service.recordedDraw(id, first.id).drawn == first.drawn);
    CHECK(service.recordedDraw(id).id == second.id);

    service.addReviewer(id, {QStringLiteral("王"), QStringLiteral("甲局"), {}, QStringLiteral("市场监管")}, QStringLiteral("组长"));
    service.addReviewer(id, {QStringLiteral("李"), QStringLiteral("乙局"), {}, {}}, QStringLiteral("组长"));
    service.addReviewer(id, {QStringLiteral("张"), QStringLiteral("丙局"), {QStringLiteral("甲局")}, {}}, QStringLiteral("组长"));
    CHECK_THROWS_AS(service.addReviewer(id, {QStringLiteral("王"), QStringLiteral("丁局"), {}, {}}, QStringLiteral("组长")), CampaignError);
    // 甲局's files: 王 is of 甲局, 张 lists it as a conflict; only 李 is left for two places.
    CHECK_THROWS_AS(service.assign(id, 2, QStringLiteral("s"), QStringLiteral("组长")), CampaignError);
    service.addReviewer(id, {QStringLiteral("赵"), QStringLiteral("丙局"), {}, {}}, QStringLiteral("组长"));
    const AssignmentRecord a = service.assign(id, 2, QStringLiteral("s"), QStringLiteral("组长"));
    REQUIRE(a.files.size() == second.drawn.size());
    CHECK_THROWS_AS(service.assign(id, 2, QStringLiteral("s"), QStringLiteral("组长")), CampaignError);

    CampaignProgress progress(db);
    CHECK(progress.status(id).drawn == 6);
    CHECK(progress.status(id).assigned == 6);
    CHECK(progress.status(id).reviewed == 0);

    // Both reviewers of the first file answer; one deducts where the other passes.
    const DrawnMember &file = second.drawn.front();
    for (int r = 0; r < 2; ++r) {
        ReviewService rs(db);
        ReviewService::Submission s;
        s.caseId = *file.caseId;
        s.reviewer = a.files.front().reviewers[r];
        s.standardId = QStringLiteral("penalty-general");
        s.answers = {answer("P-A01", Verdict::Pass), answer("P-B01", r == 0 ? Verdict::Pass : Verdict::Deduct, r == 0 ? 0 : 2),
                     answer("P-C01", Verdict::Pass)};
        s.submit = true;
        s.allowIncomplete = true;
        rs.save(s);
    }
    const CampaignStatus st = progress.status(id);
    CHECK(st.reviewed == 1);
    CHECK(st.disputed == 1);
    CHECK(st.signedFiles == 0);
    const AgreementReport ag = progress.agreement(id);
    CHECK(ag.units == 3);
    REQUIRE(ag.files.size() == 1);
    CHECK(ag.files[0].disputedItems == QStringList{QStringLiteral("P-B01")});
    CHECK(ag.files[0].scoreGap == doctest::Approx(2));
    CHECK(ag.percent.value() == doctest::Approx(2.0 / 3));

    // Changing the population behind the service's back is what verify-draw catches.
    db.exec("UPDATE campaign_population SET agency = '丙局' WHERE member_key = '甲罚2号'");
    const auto v = service.verifyDraw(id, first.id);
    CHECK_FALSE(v.equal);
    REQUIRE_FALSE(v.differences.isEmpty());
    CHECK(v.differences[0].contains(QStringLiteral("SHA-256")));
    CHECK(AuditRepository(db).list(QStringLiteral("campaign"), QString::number(id)).size() == 9);  // create, population, 2 draws, 4 reviewers, assign
    CHECK(AuditRepository(db).verify().intact);
}

TEST_CASE("campaign store: a draw is a record the schema will not change")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("c.crstore")));
    CampaignCase::add(db, QStringLiteral("甲罚1号"), QStringLiteral("甲局"));
    CampaignService service(db);
    const qint64 id = service.create({QStringLiteral("评查"), {}, {}, {}, QStringLiteral("penalty-general"), std::nullopt, {}, QStringLiteral("x")});
    CHECK_THROWS_AS(service.create({QStringLiteral("评查"), {}, {}, {}, QStringLiteral("no-such-standard"), std::nullopt, {}, QStringLiteral("x")}),
                    CampaignError);
    CHECK(service.populationFromCases(id, std::nullopt, QStringLiteral("x")).size == 1);
    CHECK_THROWS_AS(service.populationFromCases(id, std::vector<qint64>{99}, QStringLiteral("x")), CampaignError);
    DrawSpec spec;
    spec.seed = QStringLiteral("s");
    spec.byRatio = false;
    spec.count = 1;
    service.draw(id, spec, {}, QStringLiteral("x"));
    CHECK_THROWS(db.exec("UPDATE campaign_drawn SET member_key = 'x'"));
    CHECK_THROWS(db.exec("DELETE FROM campaign_draws"));
    CHECK_THROWS_AS(service.campaign(42), CampaignError);
}
