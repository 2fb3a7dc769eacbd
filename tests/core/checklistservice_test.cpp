// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistService: the checklist's reads and writes through the Workspace. A sheet opens with
// the built-in standards even on a store that had none; answers, clearing, submitting, signing
// and reopening are stored in order and announced as Review of the case; ReviewService's
// refusals arrive as typed failures that change nothing.
#include "failureof.h"
#include "fixtures.h"
#include "review/reviewservice.h"
#include "storage/database.h"
#include "workspace/checklistservice.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
qint64 importOne(Workspace &ws, const QTemporaryDir &dir)
{
    const QStringList files = Fixtures::writeDossiers(dir.filePath(QStringLiteral("in")), 1, 400);
    const ImportRun run = Workspace::wait(ws.importFiles(files, ImportOptions{}));
    REQUIRE(run.report.outcomes.size() == 1);
    return run.report.outcomes.front().caseId;
}

const StandardItem *firstItem(const ReviewStandard &standard, bool veto)
{
    for (const StandardSection &s : standard.sections)
        for (const StandardItem &i : s.items)
            if (i.veto == veto)
                return &i;
    return nullptr;
}

int reviewEvents(const QSignalSpy &spy, qint64 caseId)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        if (const ChangeEvent e = args.at(0).value<ChangeEvent>(); e.kind == ChangeEvent::Kind::Review && e.touches(caseId))
            ++n;
    return n;
}

} // namespace

TEST_CASE("checklist service: a sheet is answered, submitted, signed and reopened through the writer, each announced")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("c.crstore")));
    const qint64 caseId = importOne(ws, dir);
    ChecklistService service(ws);
    const QString me = QStringLiteral("张三");

    // A store with no standard yet: the sheet installs the built-in ones and picks the penalty standard.
    const ChecklistService::Sheet sheet = Workspace::wait(service.open(caseId, me, QStringLiteral("行政处罚")));
    CHECK(sheet.caseId == caseId);
    REQUIRE(!sheet.standards.empty());
    CHECK(!sheet.review);
    CHECK(sheet.answers.empty());
    REQUIRE(!sheet.standard.id.isEmpty());
    const StandardItem *scored = firstItem(sheet.standard, false);
    const StandardItem *veto = firstItem(sheet.standard, true);
    REQUIRE(scored);
    REQUIRE(veto);

    QSignalSpy spy(&ws, &Workspace::changed);
    Answer deduct{scored->id, Verdict::Deduct, 0.5, QStringLiteral("说明"), {}};
    // Three writes posted at once run in order: the draft is made, then changed, then one answer cleared.
    QFuture<Review> a = service.answer(caseId, me, sheet.standard, deduct);
    QFuture<Review> b = service.answer(caseId, me, sheet.standard, Answer{veto->id, Verdict::Pass, 0, {}, {}});
    QFuture<bool> c = service.clear(caseId, me, veto->id);
    const Review draft = Workspace::wait(a);
    CHECK(draft.status == ReviewStatus::Draft);
    CHECK(Workspace::wait(b).id == draft.id);
    CHECK(Workspace::wait(c));
    REQUIRE(Fixtures::spinUntil([&] { return reviewEvents(spy, caseId) == 3; }));

    const ChecklistService::Sheet again = Workspace::wait(service.open(caseId, me, {}));
    REQUIRE(again.review);
    CHECK(again.review->id == draft.id);
    CHECK(again.standard.id == sheet.standard.id);
    REQUIRE(again.answers.size() == 1);
    CHECK(again.answers.front() == deduct);

    ReviewService::Submission sign;
    sign.caseId = caseId;
    sign.reviewer = me;
    sign.standardId = sheet.standard.id;
    sign.submit = true;
    sign.sign = true;
    sign.allowIncomplete = true;
    CHECK(Workspace::wait(service.submit(sign)).status == ReviewStatus::Signed);
    // Signed is locked: a new answer is refused, typed, and nothing changes.
    const Failure locked = failureOf([&] { Workspace::wait(service.answer(caseId, me, sheet.standard, Answer{scored->id, Verdict::Pass, 0, {}, {}})); });
    CHECK(locked.kind == Failure::Kind::Refused);
    CHECK(locked.subject == QStringLiteral("Review of case %1").arg(caseId));
    CHECK(Workspace::wait(service.open(caseId, me, {})).answers.front() == deduct);

    const Review reopened = Workspace::wait(service.reopen(caseId, me, me, QStringLiteral("复核发现漏项")));
    CHECK(reopened.status == ReviewStatus::Draft);
    CHECK(Workspace::wait(service.answer(caseId, me, sheet.standard, Answer{scored->id, Verdict::Pass, 0, {}, {}})).status ==
          ReviewStatus::Draft);
    REQUIRE(Fixtures::spinUntil([&] { return reviewEvents(spy, caseId) == 6; }));
}

TEST_CASE("checklist service: refusals and a missing review are typed failures")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("r.crstore")));
    const qint64 caseId = importOne(ws, dir);
    ChecklistService service(ws);
    const ChecklistService::Sheet sheet = Workspace::wait(service.open(caseId, QStringLiteral("李四"), {}));
    const StandardItem *veto = firstItem(sheet.standard, true);
    REQUIRE(veto);

    // A veto gate cannot take a deduction: refused, and no draft review is made by it.
    const Failure bad = failureOf([&] {
        Workspace::wait(service.answer(caseId, QStringLiteral("李四"), sheet.standard, Answer{veto->id, Verdict::Deduct, 1, {}, {}}));
    });
    CHECK(bad.kind == Failure::Kind::Refused);
    CHECK(bad.message.contains(veto->id));
    CHECK(!Workspace::wait(service.open(caseId, QStringLiteral("李四"), {})).review);

    // Reopening a review that was never begun: not found.
    const Failure none = failureOf([&] { Workspace::wait(service.reopen(caseId, QStringLiteral("李四"), QStringLiteral("李四"), QStringLiteral("x"))); });
    CHECK(none.kind == Failure::Kind::NotFound);
}
