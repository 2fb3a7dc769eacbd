// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting rectification records without deleting them: withdrawn items (撤销) leave every
// count and free their problems, superseded attachments leave the current evidence, and a
// version 6 store upgrades with its items, attachments and re-checks intact.
#include "rectification/rectificationerror.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationservice.h"
#include "analytics/dashboardloader.h"
#include "review/casesummaryloader.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/rectificationrepository.h"
#include "storage/storageerror.h"

#include "fixtures.h"
#include "qtprinters.h"
#include "rectificationfixture.h"
#include "rectificationworld.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
using S = RectificationStatus;
using Kind = RectificationError::Kind;
using RectificationWorld::kToday;
using RectificationWorld::refusal;
using RectificationWorld::scalar;

QStringList actions(RectificationService &service, qint64 id)
{
    QStringList out;
    for (const AuditEntry &e : service.history(id))
        out << e.action;
    return out;
}
} // namespace

TEST_CASE("rectification withdraw: the item leaves counts and lists and its problem can get a new item")
{
    RectificationWorld::World w;
    const auto created = w.service.create(w.fromReview()).created;
    REQUIRE(created.size() == 3);
    const RectificationItem &wrong = created[0];
    int emitted = 0;
    QObject::connect(&w.service, &RectificationService::changed, [&](RectificationService::ChangeKind, qint64) { ++emitted; });

    const RectificationItem gone = w.service.withdraw(wrong.id, QStringLiteral("  立案审批表已附，系误判  "), QStringLiteral("王科长"));
    CHECK(emitted == 1);
    CHECK(gone.status == S::Withdrawn);
    REQUIRE(gone.withdrawal);
    CHECK(gone.withdrawal->from == S::Pending);
    CHECK(gone.withdrawal->reason == QStringLiteral("立案审批表已附，系误判"));
    CHECK(gone.withdrawal->by == QStringLiteral("王科长"));
    CHECK(gone.withdrawal->at.startsWith(QStringLiteral("20")));
    CHECK(gone.sources == wrong.sources);  // kept on record

    // Gone from the default lists, the ledger and the case's counts; there with the filter.
    CHECK(w.service.items().size() == 2);
    CHECK(w.service.ledgerInput().items.size() == 2);
    RectificationFilter all;
    all.includeWithdrawn = true;
    CHECK(w.service.items(all).size() == 3);
    CHECK(w.service.ledgerInput(all).items.size() == 3);
    RectificationFilter onlyWithdrawn;
    onlyWithdrawn.status = S::Withdrawn;
    REQUIRE(w.service.items(onlyWithdrawn).size() == 1);
    CHECK(w.service.items(onlyWithdrawn)[0].id == wrong.id);
    RectificationFilter pending;
    pending.status = S::Pending;
    pending.includeWithdrawn = true;  // its stored status is still pending: it must not show up here
    CHECK(w.service.items(pending).size() == 2);
    const auto summary = CaseSummaryLoader(w.db, kToday).one(w.caseA);
    REQUIRE(summary);
    CHECK(summary->rectificationOpen == 2);
    const DashboardData dashboard = DashboardLoader(w.db).load(QDate::currentDate());  // the items were created today
    CHECK(dashboard.rectificationItems == 2);
    REQUIRE_FALSE(dashboard.trend.empty());
    CHECK(dashboard.trend.back().created == 2);
    CHECK(dashboard.trend.back().open == 2);

    // History: the withdrawal with its reason and the status it left, in an intact chain.
    CHECK(actions(w.service, wrong.id) == QStringList{QStringLiteral("create"), QStringLiteral("withdraw")});
    const AuditEntry row = w.service.history(wrong.id).back();
    CHECK(row.actor == QStringLiteral("王科长"));
    CHECK(row.before == QStringLiteral("{\"status\":\"pending\"}"));
    CHECK(row.after.contains(QStringLiteral("\"status\":\"withdrawn\"")));
    CHECK(row.after.contains(QStringLiteral("系误判")));
    CHECK(row.after.contains(wrong.sources[0].key));
    CHECK(AuditRepository(w.db).verify().intact);

    // The problem is free again: a new item under the same source keys; the others stay tracked.
    const auto again = w.service.create(w.fromReview());
    REQUIRE(again.created.size() == 1);
    CHECK(again.alreadyTracked == 2);
    CHECK(again.created[0].problem == wrong.problem);
    CHECK(again.created[0].sources == wrong.sources);
    CHECK(again.created[0].id != wrong.id);
    CHECK(w.service.create(w.fromReview()).created.empty());
    CHECK(scalar(w.db, "SELECT count(*) FROM rectification_sources s1 JOIN rectification_sources s2 "
                       "ON s1.source_key = s2.source_key AND s1.item_id < s2.item_id") == 2);
    // A key may be held once only by items that are not withdrawn.
    CHECK_THROWS_AS(w.db.exec("UPDATE rectification_sources SET released = 0"), StorageError);
}

TEST_CASE("rectification withdraw: refusals name the reason and write nothing")
{
    RectificationWorld::World w;
    const auto created = w.service.create(w.fromReview()).created;
    const qint64 id = created[0].id;
    const QString pdf = w.file(QStringLiteral("报告.pdf"), Fixtures::pdf({QStringLiteral("整改报告")}));
    auto snapshot = [&] {
        return std::make_tuple(scalar(w.db, "SELECT count(*) FROM audit_log"), scalar(w.db, "SELECT count(*) FROM rectification_withdrawals"),
                               scalar(w.db, "SELECT count(*) FROM rectification_sources WHERE released = 1"));
    };
    auto before = snapshot();
    CHECK(refusal([&] { w.service.withdraw(id, QStringLiteral("  "), QStringLiteral("王科长")); }) == Kind::NeedsReason);
    CHECK(refusal([&] { w.service.withdraw(id, QStringLiteral("重复"), QString()); }) == Kind::Invalid);
    CHECK(refusal([&] { w.service.withdraw(999, QStringLiteral("重复"), QStringLiteral("王科长")); }) == Kind::NotFound);
    CHECK(refusal([&] { w.service.changeStatus(id, {S::Withdrawn, QStringLiteral("重复"), {}, QStringLiteral("王科长")}); }) ==
          Kind::Invalid);

    // A closed item is not withdrawn.
    const qint64 closed = created[1].id;
    w.service.changeStatus(closed, {S::Reported, {}, {pdf}, QStringLiteral("督查员")});
    w.service.changeStatus(closed, {S::Closed, QStringLiteral("复查属实"), {}, QStringLiteral("督查员")});
    before = snapshot();
    CHECK(refusal([&] { w.service.withdraw(closed, QStringLiteral("重复"), QStringLiteral("王科长")); }) == Kind::Illegal);
    CHECK(snapshot() == before);
    CHECK(w.service.item(closed).status == S::Closed);

    // A failed re-check can still be withdrawn; the failed re-check stays on record.
    const qint64 failed = created[2].id;
    w.service.changeStatus(failed, {S::Reported, {}, {}, QStringLiteral("督查员")});
    w.service.changeStatus(failed, {S::Failed, QStringLiteral("未整改到位"), {}, QStringLiteral("督查员")});
    const RectificationItem f = w.service.withdraw(failed, QStringLiteral("同一问题已由第1项跟踪"), QStringLiteral("王科长"));
    CHECK(f.status == S::Withdrawn);
    CHECK(f.withdrawal->from == S::Failed);
    CHECK(f.recheckCount == 1);
    CHECK(RectificationRules::light(f, kToday) == TrafficLight::Green);

    // Once withdrawn, nothing more is recorded on the item.
    w.service.withdraw(id, QStringLiteral("案卷选错"), QStringLiteral("王科长"));
    before = snapshot();
    CHECK(refusal([&] { w.service.withdraw(id, QStringLiteral("again"), QStringLiteral("王科长")); }) == Kind::Withdrawn);
    CHECK(refusal([&] { w.service.changeStatus(id, {S::InProgress, {}, {}, QStringLiteral("督查员")}); }) == Kind::Withdrawn);
    CHECK(refusal([&] { w.service.attach(id, pdf, {}, QStringLiteral("督查员")); }) == Kind::Withdrawn);
    CHECK(refusal([&] { w.service.recheck(id, {RecheckResult::Fail, QStringLiteral("x"), {}, {}, {}, QStringLiteral("督查员")}); }) ==
          Kind::Withdrawn);
    CHECK(refusal([&] { w.service.editDetails(id, QStringLiteral("x"), RectificationKind::Systemic, kToday, QStringLiteral("督查员")); }) ==
          Kind::Withdrawn);
    CHECK(snapshot() == before);
    CHECK(scalar(w.db, "SELECT count(*) FROM rectification_attachments WHERE item_id = 1") == 0);
    // The store itself keeps a withdrawn item's status and the withdrawal row as written.
    CHECK_THROWS_AS(w.db.exec("UPDATE rectification_items SET status = 'closed' WHERE id = 1"), StorageError);
    CHECK_THROWS_AS(w.db.exec("UPDATE rectification_withdrawals SET reason = 'x'"), StorageError);
    CHECK(AuditRepository(w.db).verify().intact);
}

TEST_CASE("rectification supersede: a wrong attachment leaves the evidence and keeps its bytes")
{
    RectificationWorld::World w;
    const qint64 id = w.service.create(w.fromReview()).created[0].id;
    const QByteArray wrongBytes = Fixtures::pdf({QStringLiteral("别的机关的报告")});
    const QByteArray rightBytes = Fixtures::pngBytes();
    const auto wrong = w.service.attach(id, w.file(QStringLiteral("wrong.pdf"), wrongBytes), {}, QStringLiteral("督查员"));
    w.service.changeStatus(id, {S::Reported, {}, {}, QStringLiteral("督查员")});
    CHECK(w.service.item(id).attachmentCount == 1);
    const qint64 audits = scalar(w.db, "SELECT count(*) FROM audit_log");

    CHECK(refusal([&] { w.service.supersedeAttachment(id, wrong.id, {QString(), {}, QStringLiteral("督查员")}); }) == Kind::NeedsReason);
    CHECK(refusal([&] { w.service.supersedeAttachment(id, wrong.id, {QStringLiteral("传错"), {}, QString()}); }) == Kind::Invalid);
    CHECK(refusal([&] { w.service.supersedeAttachment(id, 999, {QStringLiteral("传错"), {}, QStringLiteral("督查员")}); }) ==
          Kind::NotFound);
    CHECK(refusal([&] { w.service.supersedeAttachment(id + 1, wrong.id, {QStringLiteral("传错"), {}, QStringLiteral("督查员")}); }) ==
          Kind::NotFound);
    CHECK(scalar(w.db, "SELECT count(*) FROM audit_log") == audits);

    const RectificationAttachment s = w.service.supersedeAttachment(id, wrong.id, {QStringLiteral("传错了文件"), {}, QStringLiteral("王科长")});
    REQUIRE(s.superseded);
    CHECK(s.superseded->reason == QStringLiteral("传错了文件"));
    CHECK(s.superseded->by == QStringLiteral("王科长"));
    CHECK_FALSE(s.superseded->replacedBy);
    CHECK(w.service.attachmentData(wrong.id) == wrongBytes);  // still stored and checked
    const RectificationItem item = w.service.item(id);
    CHECK(item.attachmentCount == 0);
    CHECK(item.supersededCount == 1);
    CHECK(w.service.attachments(id).size() == 1);
    CHECK(refusal([&] { w.service.supersedeAttachment(id, wrong.id, {QStringLiteral("again"), {}, QStringLiteral("督查员")}); }) ==
          Kind::Superseded);
    // The superseded file no longer counts as the agency's report.
    CHECK(refusal([&] { w.service.changeStatus(id, {S::Closed, QStringLiteral("复查属实"), {}, QStringLiteral("督查员")}); }) ==
          Kind::NeedsAttachment);

    // Close with the right report, then replace it: a closed item keeps current evidence.
    const QString right = w.file(QStringLiteral("right.png"), rightBytes);
    const RectificationItem closed = w.service.changeStatus(id, {S::Closed, QStringLiteral("复查属实"), {right}, QStringLiteral("督查员")});
    CHECK(closed.attachmentCount == 1);
    const qint64 current = w.service.attachments(id).back().id;
    CHECK(refusal([&] { w.service.supersedeAttachment(id, current, {QStringLiteral("扫描不清"), {}, QStringLiteral("督查员")}); }) ==
          Kind::NeedsAttachment);
    const QByteArray clearer = Fixtures::pdf({QStringLiteral("清晰版整改报告")});
    const RectificationAttachment replaced = w.service.supersedeAttachment(
        id, current, {QStringLiteral("扫描不清"), w.file(QStringLiteral("clear.pdf"), clearer), QStringLiteral("督查员")});
    REQUIRE(replaced.superseded);
    REQUIRE(replaced.superseded->replacedBy);
    const auto list = w.service.attachments(id);
    REQUIRE(list.size() == 3);
    CHECK(list[2].id == *replaced.superseded->replacedBy);
    CHECK_FALSE(list[2].superseded);
    CHECK(w.service.attachmentData(list[2].id) == clearer);
    CHECK(w.service.attachmentData(current) == rightBytes);
    CHECK(w.service.item(id).attachmentCount == 1);
    CHECK(w.service.item(id).supersededCount == 2);
    CHECK(w.service.ledgerInput().items[0].attachmentCount == 1);

    CHECK(actions(w.service, id).filter(QStringLiteral("supersede")).size() == 2);
    const AuditEntry last = w.service.history(id).back();
    CHECK(last.action == QStringLiteral("supersede"));
    CHECK(last.after.contains(QStringLiteral("\"replaced_by\":%1").arg(list[2].id)));
    CHECK(last.after.contains(replaced.sha256));
    CHECK_THROWS_AS(w.db.exec("UPDATE rectification_supersessions SET reason = 'x'"), StorageError);
    CHECK(AuditRepository(w.db).verify().intact);
}

TEST_CASE("rectification store: a version 6 store upgrades with its items attachments and re-checks")
{
    REQUIRE(Migrations::latestVersion() >= 7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.crstore"));
    const QByteArray bytes = QByteArray("%PDF-1.4\n") + QByteArray("\x00\xff\r\n", 4) + QByteArray(200, 'x');
    qint64 caseId = 0;
    QString key;
    {
        Database db(path, Database::Mode::ReadWrite, 6);
        REQUIRE(db.schemaVersion() == 6);
        caseId = RectificationFixture::addOldCase(db, QStringLiteral("旧"), QStringLiteral("旧局"), QDate(2024, 1, 1));
        const qint64 review = RectificationFixture::signedReview(db, caseId);
        key = QStringLiteral("review:%1:P-B01").arg(review);
        db.exec(QStringLiteral("INSERT INTO rectification_items(id, case_id, agency, problem, kind, deadline, status, created_at, "
                               "created_by, updated_at) VALUES (1, %1, '旧局', '旧问题', 'systemic', '2025-06-01', 'reported', "
                               "'2025-05-01T00:00:00.000Z', '旧人', '2025-05-01T00:00:00.000Z')")
                    .arg(caseId).toUtf8().constData());
        db.exec(QStringLiteral("INSERT INTO rectification_sources(item_id, seq, source_key, case_id, kind, review_id, standard_item, "
                               "pages) VALUES (1, 0, '%1', %2, 'deduction', %3, 'P-B01', '[1]')")
                    .arg(key).arg(caseId).arg(review).toUtf8().constData());
        Statement att = db.prepare("INSERT INTO rectification_attachments(item_id, file_name, mime_type, size, sha256, data, added_at, "
                                   "added_by) VALUES (1, 'r.pdf', 'application/pdf', ?, ?, ?, '2025-05-02T00:00:00.000Z', '旧人')");
        att.bind(1, qint64(bytes.size()))
            .bind(2, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
            .bindBlob(3, bytes)
            .exec();
        db.exec("INSERT INTO rectification_rechecks(item_id, result, note, checked_on, at, by) "
                "VALUES (1, 'fail', '未到位', '2025-05-03', '2025-05-03T00:00:00.000Z', '旧人')");
    }
    Database db(path);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CHECK(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    RectificationService service(db, nullptr, [] { return kToday; });
    const RectificationItem old = service.item(1);
    CHECK(old.status == S::Reported);
    CHECK_FALSE(old.withdrawal);
    CHECK(old.attachmentCount == 1);
    CHECK(old.recheckCount == 1);
    CHECK(old.lastRecheckFailed);
    REQUIRE(old.sources.size() == 1);
    CHECK(old.sources[0].key == key);
    CHECK(old.pages() == std::vector<int>{1});
    CHECK(service.attachmentData(service.attachments(1)[0].id) == bytes);

    // The old item still holds its problem; withdrawn, it lets the problem be tracked again.
    RectificationService::CreateRequest r;
    r.caseIds = {caseId};
    r.actor = QStringLiteral("督查员");
    const auto first = service.create(r);
    CHECK(first.alreadyTracked == 1);
    service.withdraw(1, QStringLiteral("旧数据重复"), QStringLiteral("王科长"));
    const auto second = service.create(r);
    REQUIRE(second.created.size() == 1);
    CHECK(second.created[0].sources[0].key == key);
    CHECK(service.items().size() == first.created.size() + 1);
}
