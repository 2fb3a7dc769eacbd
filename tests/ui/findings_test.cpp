// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel: the diagnosis runs when a case opens; accepting a finding fills the
// checklist item with a deduction and the finding's evidence; dismissing needs a reason.
#include "uitestsupport.h"

#include "checklist/checklistpanel.h"
#include "findings/findingspanel.h"
#include "viewer/documentviewer.h"

#include <QTableView>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

TEST_CASE("a finding accepted in the findings panel becomes a deduction with evidence in the checklist")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session session(ws);
    MainWindow &window = session.window;
    window.resize(1500, 900);
    window.show();
    window.openCase(1);
    FindingsPanel *findings = window.findings();
    ChecklistPanel *checklist = window.checklist();
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument() && !checklist->currentItem().isEmpty(); }));
    REQUIRE(waitFor([&] { return !findings->isRunning() && findings->model()->rowCount() > 0; }, 30000));
    int row = -1;
    for (int r = 0; r < findings->model()->rowCount() && row < 0; ++r) {
        const QString item = findings->model()->index(r, FindingsModel::Item).data().toString();
        if (checklist->standard().findItem(item))
            row = r;
    }
    UiTest::screenshot(&window, QStringLiteral("findings"));
    REQUIRE(row >= 0);
    const QString item = findings->model()->index(row, FindingsModel::Item).data().toString();
    findings->table()->selectRow(row);
    findings->acceptCurrent();  // stored on the Workspace's writer; the checklist is told once it is
    REQUIRE(waitFor([&] {
        return checklist->answer(item) && findings->model()->index(row, FindingsModel::Status).data().toString() == QStringLiteral("Accepted");
    }));
    CHECK(checklist->answer(item)->verdict != Verdict::Pass);
    window.undoStack()->undo();
    CHECK(checklist->answer(item) == nullptr);  // unanswered again

    const int other = row == 0 ? 1 : 0;
    if (other < findings->model()->rowCount()) {
        findings->table()->selectRow(other);
        findings->dismissCurrent(QStringLiteral("已补正"));
        CHECK(waitFor([&] { return findings->model()->index(other, FindingsModel::Status).data().toString().contains(QStringLiteral("已补正")); }));
    }
}
