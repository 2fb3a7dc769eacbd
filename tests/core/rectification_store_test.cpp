// SPDX-License-Identifier: GPL-3.0-or-later
// Rectification in the store: creation from signed reviews and findings, the status machine
// as the service applies it, attachments kept byte-exact, re-checks and the audit chain.
#include "rectification/rectificationattachments.h"
#include "rectification/rectificationerror.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationservice.h"
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/migrations.h"
#include "storage/rectificationrepository.h"
#include "storage/standardservice.h"
#include "storage/storageerror.h"

#include "fixtures.h"
#include "qtprinters.h"
#include "rectificationfixture.h"
#include "rectificationworld.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

using S = RectificationStatus;
using RectificationWorld::kToday;
using RectificationWorld::refusal;
using RectificationWorld::scalar;
using World = RectificationWorld::World;

TEST_CASE("rectification store: items from a signed review's deductions and accepted findings without duplicates")
{
    World w;
    int emitted = 0;
    QObject::connect(&w.service, &RectificationService::changed, [&](RectificationService::ChangeKind, qint64) { ++emitted; });
    const auto result = w.service.create(w.fromReview());
    REQUIRE(result.created.size() == 3);
    CHECK(emitted == 3);
    const RectificationItem &b01 = result.created[0];
    CHECK(b01.problem == QStringLiteral("立案审批手续完备（案件来源、案由、承办人意见、负责人审批及日期）：立案审批表无负责人签字"));
    CHECK(b01.legalBasis == QStringLiteral("《行政处罚法》第54条第2款"));
    CHECK(b01.agency == QStringLiteral("郑州市市场监督管理局"));
    CHECK(b01.caseId == w.caseA);
    CHECK(b01.deadline == kToday.addDays(RectificationRules::kDefaultDeadlineDays));
    CHECK(b01.status == S::Pending);
    CHECK(b01.createdBy == QStringLiteral("督查员"));
    REQUIRE(b01.sources.size() == 2);  // the deduction and the accepted NO_FILING_APPROVAL finding
    CHECK(b01.sources[0].reviewId == w.reviewA);
    CHECK(b01.sources[1].rule == QStringLiteral("NO_FILING_APPROVAL"));
    CHECK(b01.pages() == std::vector<int>{1});
    CHECK(result.created[1].pages() == std::vector<int>{3});
    CHECK(result.created[2].problem == QStringLiteral("立案至决定历时108日，超过90日"));
    CHECK(result.created[2].legalBasis == QStringLiteral("行政处罚法第60条"));

    // Twice: nothing new. --all-findings adds the open LATE_DELIVERY, never the dismissed one.
    const auto again = w.service.create(w.fromReview());
    CHECK(again.created.empty());
    CHECK(again.alreadyTracked == 4);
    RectificationService::CreateRequest all;
    all.caseIds = {w.caseA};
    all.allFindings = true;
    all.deadline = QDate(2025, 7, 1);
    all.actor = QStringLiteral("督查员");
    const auto more = w.service.create(all);
    REQUIRE(more.created.size() == 1);
    CHECK(more.created[0].problem == QStringLiteral("决定书送达历时20日"));
    CHECK(more.created[0].deadline == QDate(2025, 7, 1));
    CHECK(w.service.items().size() == 4);
    CHECK(scalar(w.db, "SELECT count(*) FROM audit_log WHERE entity = 'rectification' AND action = 'create'") == 4);
    CHECK(AuditRepository(w.db).verify().intact);
}

TEST_CASE("rectification store: refusals name the problem and write nothing")
{
    World w;
    const qint64 caseB = RectificationFixture::addCase(w.db, QStringLiteral("B"), QStringLiteral("乙局"), {});
    ReviewService::Submission draft;
    draft.caseId = caseB;
    draft.reviewer = QStringLiteral("李四");
    draft.standardId = QStringLiteral("penalty-general");
    draft.answers = {{QStringLiteral("P-B01"), Verdict::Deduct, 1, {}, {}}};
    const qint64 draftId = ReviewService(w.db).save(draft).review.id;
    const qint64 auditBefore = scalar(w.db, "SELECT count(*) FROM audit_log");

    auto request = w.fromReview();
    request.reviewIds = {draftId};
    CHECK(refusal([&] { w.service.create(request); }) == RectificationError::Kind::NotSigned);
    request.reviewIds = {999};
    CHECK(refusal([&] { w.service.create(request); }) == RectificationError::Kind::NotFound);
    request.reviewIds = {};
    request.caseIds = {999};
    CHECK(refusal([&] { w.service.create(request); }) == RectificationError::Kind::NotFound);
    request.caseIds = {};
    CHECK(refusal([&] { w.service.create(request); }) == RectificationError::Kind::Invalid);
    request = w.fromReview();
    request.actor = QStringLiteral(" ");
    CHECK(refusal([&] { w.service.create(request); }) == RectificationError::Kind::Invalid);
    CHECK(scalar(w.db, "SELECT count(*) FROM rectification_items") == 0);
    CHECK(scalar(w.db, "SELECT count(*) FROM audit_log") == auditBefore);

    // A case with only a draft review gives nothing from the review and says so.
    RectificationService::CreateRequest byCase;
    byCase.caseIds = {caseB};
    byCase.actor = QStringLiteral("督查员");
    const auto r = w.service.create(byCase);
    CHECK(r.created.empty());
    CHECK(r.casesWithoutSignedReview == std::vector<qint64>{caseB});
}

TEST_CASE("rectification store: the service applies the status machine and illegal steps change nothing")
{
    World w;
    const qint64 id = w.service.create(w.fromReview()).created[0].id;
    auto change = [&](S to, const QString &note = {}, const QStringList &files = {}) {
        return w.service.changeStatus(id, {to, note, files, QStringLiteral("督查员")});
    };
    auto snapshot = [&] {
        return std::make_tuple(w.service.item(id).status, scalar(w.db, "SELECT count(*) FROM audit_log"),
                               scalar(w.db, "SELECT count(*) FROM rectification_attachments"),
                               scalar(w.db, "SELECT count(*) FROM rectification_rechecks"));
    };
    const QString pdf = w.file(QStringLiteral("整改报告.pdf"), Fixtures::pdf({QStringLiteral("整改报告")}));
    const QString text = w.file(QStringLiteral("report.pdf"), "just some text pretending to be a PDF\n");

    auto before = snapshot();
    CHECK(refusal([&] { change(S::Closed, QStringLiteral("ok"), {pdf}); }) == RectificationError::Kind::Illegal);
    CHECK(refusal([&] { change(S::Pending); }) == RectificationError::Kind::Unchanged);
    CHECK(refusal([&] { change(S::Failed, QStringLiteral("x")); }) == RectificationError::Kind::Illegal);
    CHECK(snapshot() == before);

    CHECK(change(S::InProgress, QStringLiteral("已下发整改通知书")).status == S::InProgress);
    CHECK(refusal([&] { change(S::Pending); }) == RectificationError::Kind::Illegal);
    CHECK(change(S::Reported).status == S::Reported);

    // Closing needs the report and a note; a refused close does not keep the file it brought.
    before = snapshot();
    CHECK(refusal([&] { change(S::Closed, QStringLiteral("复查属实")); }) == RectificationError::Kind::NeedsAttachment);
    CHECK(refusal([&] { change(S::Closed, {}, {pdf}); }) == RectificationError::Kind::NeedsNote);
    CHECK(refusal([&] { change(S::Closed, QStringLiteral("复查属实"), {text}); }) == RectificationError::Kind::BadAttachment);
    CHECK(snapshot() == before);

    const RectificationItem closed = change(S::Closed, QStringLiteral("复查属实，已补正立案审批表"), {pdf});
    CHECK(closed.status == S::Closed);
    CHECK(closed.attachmentCount == 1);
    CHECK(closed.recheckCount == 1);
    CHECK(RectificationRules::light(closed, kToday) == TrafficLight::Green);
    CHECK(refusal([&] { change(S::InProgress); }) == RectificationError::Kind::Illegal);

    // 回头看 reopens it: closed → failed → in progress, red until it passes again.
    const RectificationItem reopened = change(S::Failed, QStringLiteral("回头看发现同类问题"));
    CHECK(reopened.status == S::Failed);
    CHECK(reopened.lastRecheckFailed);
    CHECK(RectificationRules::light(reopened, kToday) == TrafficLight::Red);
    CHECK(change(S::InProgress).status == S::InProgress);

    const auto history = w.service.history(id);
    QStringList actions;
    for (const AuditEntry &e : history)
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("attach"),
                                 QStringLiteral("recheck"), QStringLiteral("status"), QStringLiteral("recheck"), QStringLiteral("status"),
                                 QStringLiteral("status")});
    CHECK(history[1].before == QStringLiteral("{\"status\":\"pending\"}"));
    CHECK(history[1].after.contains(QStringLiteral("已下发整改通知书")));
    CHECK(history[1].actor == QStringLiteral("督查员"));
    CHECK(AuditRepository(w.db).verify().intact);
}

TEST_CASE("rectification store: attachments are kept byte-exact and damage is detected")
{
    World w;
    const qint64 id = w.service.create(w.fromReview()).created[0].id;
    QByteArray pdf = Fixtures::pdf({QStringLiteral("整改报告"), QStringLiteral("附件")});
    pdf.append(QByteArray("\x00\xff\r\n\x1a", 5));  // trailing bytes a text-mode copy would mangle
    const QByteArray png = Fixtures::pngBytes();
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(100, '\x01');
    const auto a1 = w.service.attach(id, w.file(QStringLiteral("报告.pdf"), pdf), QStringLiteral("整改报告"), QStringLiteral("督查员"));
    const auto a2 = w.service.attach(id, w.file(QStringLiteral("photo.png"), png), {}, QStringLiteral("督查员"));
    const auto a3 = w.service.attach(id, w.file(QStringLiteral("scan.JPG"), jpeg), {}, QStringLiteral("督查员"));
    CHECK(a1.mimeType == QStringLiteral("application/pdf"));
    CHECK(a1.fileName == QStringLiteral("报告.pdf"));
    CHECK(a1.size == pdf.size());
    CHECK(a1.note == QStringLiteral("整改报告"));
    CHECK(a2.mimeType == QStringLiteral("image/png"));
    CHECK(a3.mimeType == QStringLiteral("image/jpeg"));
    CHECK(w.service.attachmentData(a1.id) == pdf);
    CHECK(w.service.attachmentData(a2.id) == png);
    CHECK(w.service.attachmentData(a3.id) == jpeg);
    CHECK(w.service.attachments(id).size() == 3);

    const qint64 before = scalar(w.db, "SELECT count(*) FROM rectification_attachments");
    for (const auto &[name, bytes] : std::vector<std::pair<QString, QByteArray>>{
             {QStringLiteral("a.pdf"), QByteArray("plain words\n")},
             {QStringLiteral("b.zip"), QByteArray("PK\x03\x04zzzz", 8)},
             {QStringLiteral("c.pdf"), QByteArray()}}) {
        CAPTURE(name);
        CHECK(refusal([&] { w.service.attach(id, w.file(name, bytes), {}, QStringLiteral("督查员")); }) ==
              RectificationError::Kind::BadAttachment);
    }
    CHECK(refusal([&] { w.service.attach(id, w.dir.filePath(QStringLiteral("missing.pdf")), {}, QStringLiteral("x")); }) ==
          RectificationError::Kind::BadAttachment);
    CHECK(refusal([&] { w.service.attach(999, w.file(QStringLiteral("ok.png"), png), {}, QStringLiteral("x")); }) ==
          RectificationError::Kind::NotFound);
    CHECK(scalar(w.db, "SELECT count(*) FROM rectification_attachments") == before);
    QString why;
    CHECK(RectificationAttachments::mimeType("hello", &why).isEmpty());
    CHECK(why.contains(QStringLiteral("plain text")));

    // Stored rows cannot be rewritten; bytes changed behind the store's back are caught on read.
    CHECK_THROWS_AS(w.db.exec("UPDATE rectification_attachments SET file_name = 'x'"), StorageError);
    w.db.exec("DROP TRIGGER rectification_attachments_no_update");
    w.db.exec(QStringLiteral("UPDATE rectification_attachments SET data = X'00' || data WHERE id = %1").arg(a2.id).toUtf8().constData());
    try {
        w.service.attachmentData(a2.id);
        FAIL("damage not detected");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Integrity);
    }
    CHECK(w.service.attachmentData(a1.id) == pdf);
}

TEST_CASE("rectification store: re-checks close or fail items and link newer cases of the same agency")
{
    World w;
    const qint64 newer = RectificationFixture::addCase(w.db, QStringLiteral("N"), QStringLiteral("郑州市市场监督管理局"), QDate(2025, 5, 1));
    const qint64 older = RectificationFixture::addCase(w.db, QStringLiteral("O"), QStringLiteral("郑州市市场监督管理局"), QDate(2024, 5, 1));
    const qint64 other = RectificationFixture::addCase(w.db, QStringLiteral("X"), QStringLiteral("开封市市场监督管理局"), QDate(2025, 5, 1));
    const auto created = w.service.create(w.fromReview()).created;
    const qint64 id = created[0].id;
    auto recheck = [&](qint64 item, RecheckResult result, const QString &note, std::vector<qint64> linked = {},
                       std::optional<bool> recurred = std::nullopt) {
        RectificationService::RecheckRequest r;
        r.result = result;
        r.note = note;
        r.linkedCases = std::move(linked);
        r.recurred = recurred;
        r.actor = QStringLiteral("督查员");
        return w.service.recheck(item, r);
    };
    const qint64 auditBefore = scalar(w.db, "SELECT count(*) FROM audit_log");
    CHECK(refusal([&] { recheck(id, RecheckResult::Pass, QStringLiteral("x")); }) == RectificationError::Kind::Illegal);
    w.service.changeStatus(id, {S::Reported, {}, {}, QStringLiteral("督查员")});
    CHECK(refusal([&] { recheck(id, RecheckResult::Pass, QStringLiteral("  ")); }) == RectificationError::Kind::NeedsNote);
    CHECK(refusal([&] { recheck(id, RecheckResult::Pass, QStringLiteral("好")); }) == RectificationError::Kind::NeedsAttachment);
    CHECK(refusal([&] { recheck(id, RecheckResult::Fail, QStringLiteral("x"), {other}); }) == RectificationError::Kind::Invalid);
    CHECK(refusal([&] { recheck(id, RecheckResult::Fail, QStringLiteral("x"), {older}); }) == RectificationError::Kind::Invalid);
    CHECK(refusal([&] { recheck(id, RecheckResult::Fail, QStringLiteral("x"), {w.caseA}); }) == RectificationError::Kind::Invalid);
    CHECK(refusal([&] { recheck(id, RecheckResult::Fail, QStringLiteral("x"), {999}); }) == RectificationError::Kind::NotFound);
    CHECK(refusal([&] { recheck(id, RecheckResult::Pass, QStringLiteral("x"), {newer}, true); }) == RectificationError::Kind::Invalid);
    CHECK(scalar(w.db, "SELECT count(*) FROM audit_log") == auditBefore + 1);

    const RectificationItem failed = recheck(id, RecheckResult::Fail, QStringLiteral("新案卷仍无负责人签字"), {newer}, true);
    CHECK(failed.status == S::Failed);
    auto checks = w.service.rechecks(id);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].linkedCases == std::vector<qint64>{newer});
    CHECK(checks[0].recurred == true);
    CHECK(checks[0].checkedOn == kToday);
    CHECK(checks[0].result == RecheckResult::Fail);

    w.service.changeStatus(id, {S::InProgress, {}, {}, QStringLiteral("督查员")});
    w.service.changeStatus(id, {S::Reported, {}, {w.file(QStringLiteral("r.png"), Fixtures::pngBytes())}, QStringLiteral("督查员")});
    const RectificationItem closed = recheck(id, RecheckResult::Pass, QStringLiteral("抽查新案卷未再发生"), {newer}, false);
    CHECK(closed.status == S::Closed);
    CHECK_FALSE(closed.lastRecheckFailed);
    // A later 回头看 that passes keeps it closed and is recorded.
    CHECK(recheck(id, RecheckResult::Pass, QStringLiteral("半年后回头看")).status == S::Closed);
    CHECK(w.service.rechecks(id).size() == 3);

    const auto rows = w.service.history(id);
    REQUIRE(rows.size() >= 7);
    CHECK(rows.back().action == QStringLiteral("recheck"));
    CHECK(rows.back().after.contains(QStringLiteral("半年后回头看")));
    bool linkedLogged = false;
    for (const AuditEntry &e : rows)
        linkedLogged = linkedLogged || (e.action == QStringLiteral("recheck") && e.after.contains(QStringLiteral("\"linked_cases\":[%1]").arg(newer)));
    CHECK(linkedLogged);
    CHECK(AuditRepository(w.db).verify().intact);

    const RectificationItem edited = w.service.editDetails(created[1].id, QStringLiteral("王科长 0371-1234"), RectificationKind::CaseCorrection,
                                                          QDate(2025, 6, 1), QStringLiteral("督查员"));
    CHECK(edited.contact == QStringLiteral("王科长 0371-1234"));
    CHECK(RectificationRules::isOverdue(edited, kToday));
    CHECK(w.service.history(created[1].id).back().action == QStringLiteral("edit"));
}

TEST_CASE("rectification store: migration 6 upgrades every earlier version and keeps reviews and findings")
{
    REQUIRE(Migrations::latestVersion() >= 6);
    for (int from = 0; from < 6; ++from) {
        CAPTURE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.crstore"));
        qint64 caseId = 0;
        {
            Database db(path, Database::Mode::ReadWrite, from);
            REQUIRE(db.schemaVersion() == from);
            if (from >= 1)
                caseId = RectificationFixture::addOldCase(db, QStringLiteral("旧"), QStringLiteral("旧局"), QDate(2024, 1, 1));
            if (from >= 3)
                RectificationFixture::signedReview(db, caseId);
            if (from >= 5)
                RectificationFixture::oldFindings(db, caseId);
            CHECK_FALSE(RectificationRepository(db).available());
        }
        Database db(path);
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(db.integrityProblems().isEmpty());
        CHECK(RectificationRepository(db).available());
        if (from < 1)
            continue;
        RectificationService service(db, nullptr, [] { return kToday; });
        RectificationService::CreateRequest r;
        r.caseIds = {caseId};
        r.actor = QStringLiteral("督查员");
        const auto result = service.create(r);
        CHECK(result.created.size() == (from >= 5 ? 3u : from >= 3 ? 2u : 0u));
        CHECK(AuditRepository(db).verify().intact);
    }
}

TEST_CASE("rectification store: the case list gets each case's 三色 and counts")
{
    World w;
    const qint64 clean = RectificationFixture::addCase(w.db, QStringLiteral("净"), QStringLiteral("丙局"), QDate(2025, 2, 1));
    ReviewService::Submission s;
    s.caseId = clean;
    s.reviewer = QStringLiteral("张三");
    s.standardId = QStringLiteral("penalty-general");
    s.sign = true;
    s.allowIncomplete = true;
    ReviewService(w.db).save(s);  // signed with every item open: nothing is judged yet
    CHECK_FALSE(CaseSummaryLoader(w.db, kToday).one(clean)->rectificationLight);
    ReviewService(w.db).reopen(clean, s.reviewer, QStringLiteral("组长"), QStringLiteral("补评"));
    for (const StandardSection &sec : StandardService(w.db).get(s.standardId).sections)
        for (const StandardItem &i : sec.items)
            s.answers.push_back({i.id, Verdict::Pass, 0, {}, {}});
    s.allowIncomplete = false;
    ReviewService(w.db).save(s);  // signed, complete, nothing deducted: green without items
    const qint64 untouched = RectificationFixture::addCase(w.db, QStringLiteral("未"), QStringLiteral("丙局"), QDate(2025, 2, 1));

    CHECK_FALSE(CaseSummaryLoader(w.db, kToday).one(w.caseA)->rectificationLight);
    auto request = w.fromReview();
    request.deadline = kToday;
    const auto items = w.service.create(request).created;
    auto light = [&](qint64 caseId, const QDate &today) { return CaseSummaryLoader(w.db, today).one(caseId)->rectificationLight; };
    CHECK(light(w.caseA, kToday) == TrafficLight::Yellow);  // due today
    const auto overdue = CaseSummaryLoader(w.db, kToday.addDays(1)).one(w.caseA);
    CHECK(overdue->rectificationLight == TrafficLight::Red);
    CHECK(overdue->rectificationOpen == 3);
    CHECK(overdue->rectificationOverdue == 3);
    CHECK(light(clean, kToday) == TrafficLight::Green);
    CHECK_FALSE(light(untouched, kToday));
    const auto all = CaseSummaryLoader(w.db, kToday).all();
    CHECK(all.size() == 3);
    CHECK(all[0].rectificationLight == TrafficLight::Yellow);
}
