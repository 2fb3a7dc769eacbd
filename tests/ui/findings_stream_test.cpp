// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel on a real Workspace: it reads its case's findings off the GUI thread,
// decides through FindingService, re-diagnoses through Workspace::diagnose and shows what
// another path stored as soon as the Workspace announces it.
#include "uitestsupport.h"

#include "findings/findingspanel.h"
#include "fixtures.h"
#include "workspace/findingservice.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

namespace {
qint64 importOne(Workspace &ws, const QTemporaryDir &dir, const QString &caseNo)
{
    QDir().mkpath(dir.filePath(QStringLiteral("in")));
    const QString path = dir.filePath(QStringLiteral("in/%1.pdf").arg(qHash(caseNo)));
    Fixtures::writeFile(path, Fixtures::pdf(Fixtures::dossierPages(caseNo)));
    const ImportRun run = Workspace::wait(ws.importFiles({path}, ImportOptions{}));
    REQUIRE(run.report.outcomes.size() == 1);
    return run.report.outcomes.front().caseId;
}

QString statusOf(FindingsPanel &panel, int row)
{
    return panel.model()->index(row, FindingsModel::Status).data().toString();
}
} // namespace

TEST_CASE("findings panel: reads, decides and re-diagnoses through the workspace and follows its change stream")
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.crstore")));
    const qint64 caseId = importOne(ws, dir, QStringLiteral("郑市监罚〔2025〕201号"));
    const qint64 otherId = importOne(ws, dir, QStringLiteral("郑市监罚〔2025〕202号"));

    FindingsPanel panel(ws, QStringLiteral("张三"));
    std::vector<AcceptedFinding> accepted;
    QObject::connect(&panel, &FindingsPanel::findingAccepted, [&](const AcceptedFinding &f) { accepted.push_back(f); });
    panel.setCase(caseId);
    CHECK(panel.isBusy());  // the read is on its way, not done on this thread
    REQUIRE(waitFor([&] { return !panel.isBusy() && panel.model()->rowCount() >= 2; }));
    const int rows = panel.model()->rowCount();
    CHECK(statusOf(panel, 0) == QStringLiteral("Open"));

    // Another front end decides a finding: the panel shows it once the Workspace announces it.
    FindingService other(ws);
    const qint64 firstId = panel.model()->at(0)->id;
    Workspace::wait(other.decide(caseId, firstId, FindingVerdict::Dismiss, QStringLiteral("另有记录"), QStringLiteral("李四")));
    REQUIRE(waitFor([&] { return statusOf(panel, 0) == QStringLiteral("Dismissed: 另有记录"); }));

    // The panel's own decision: the checklist is handed the accepted finding, the store keeps it.
    panel.table()->selectRow(1);
    const QString rule = panel.model()->at(1)->finding.rule;
    panel.acceptCurrent();
    REQUIRE(waitFor([&] { return accepted.size() == 1 && statusOf(panel, 1) == QStringLiteral("Accepted"); }));
    CHECK(accepted.front().rule == rule);
    const auto stored = Workspace::wait(other.load(caseId)).findings;
    REQUIRE(stored.at(1).decision);
    CHECK(stored.at(1).decision->reviewer == QStringLiteral("张三"));

    // A refused decision (a dismissal needs a reason) says why and changes nothing.
    int open = -1;
    for (int r = 0; r < rows && open < 0; ++r)
        if (statusOf(panel, r) == QStringLiteral("Open"))
            open = r;
    if (open >= 0) {
        panel.table()->selectRow(open);
        panel.dismissCurrent(QStringLiteral("   "));
        auto *summary = panel.findChild<QLabel *>(QStringLiteral("findingsSummary"));
        REQUIRE(summary);
        REQUIRE(waitFor([&] { return !panel.isBusy() && summary->text().contains(QStringLiteral("could not be saved")); }));
        CHECK(statusOf(panel, open) == QStringLiteral("Open"));
    }

    // A decision on another case does not disturb this one; a re-run keeps the decisions that hold.
    const auto otherFindings = Workspace::wait(other.load(otherId)).findings;
    REQUIRE_FALSE(otherFindings.empty());
    Workspace::wait(other.decide(otherId, otherFindings.front().id, FindingVerdict::Accept, {}, {}));
    panel.rerun();
    CHECK(panel.isRunning());
    REQUIRE(waitFor([&] { return !panel.isBusy(); }, 30000));
    CHECK(panel.model()->rowCount() == rows);
    CHECK(statusOf(panel, 0) == QStringLiteral("Dismissed: 另有记录"));
    CHECK(statusOf(panel, 1) == QStringLiteral("Accepted"));
}
