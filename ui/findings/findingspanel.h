// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auto-diagnosis findings of the open case: message, legal basis and evidence; a click
// jumps to the evidence page; accept (handed to the checklist as a pre-filled deduction) or
// dismiss with a reason. Everything goes through the Workspace: the findings are read on its
// pool, decisions stored by FindingService on its writer, a re-run is Workspace::diagnose. The
// panel refreshes itself from the change stream (Findings or CaseText of its case), so it shows
// what another path stored (OCR, import, the CLI's diagnose announced here) without being told.
#include "acceptedfinding.h"
#include "findingsmodel.h"
#include "workspace/findingservice.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
namespace casereview { class Workspace; }
namespace casereview { struct ChangeEvent; }
namespace casereview { struct Failure; }

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(casereview::Workspace &workspace, const QString &reviewer, QWidget *parent = nullptr);

    // Shows the case's findings; a case stored without any is diagnosed once.
    void setCase(qint64 caseId);
    void rerun();
    // Re-reads the open case's findings as stored.
    void refresh() { reload(); }
    bool isRunning() const { return m_running; }
    // True while a read or a decision is on its way (tests wait for it to settle).
    bool isBusy() const { return m_running || m_loading || m_deciding > 0; }
    void setReviewer(const QString &reviewer) { m_reviewer = reviewer; }
    FindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void acceptCurrent();
    void dismissCurrent(const QString &reason);

signals:
    void evidenceActivated(int page, const QString &snippet);  // page 1-based
    void findingAccepted(const AcceptedFinding &finding);

private:
    void reload();
    void show(const casereview::FindingService::CaseFindings &loaded);
    void showSummary();
    void showCurrent();
    void decide(casereview::FindingVerdict verdict, const QString &reason);
    void onChanged(const casereview::ChangeEvent &event);
    void failed(const QString &what, const casereview::Failure &failure);
    const casereview::StoredFinding *current() const;

    casereview::Workspace &m_ws;
    casereview::FindingService m_service;
    QString m_reviewer;
    qint64 m_caseId = 0;
    int m_ocrPending = 0;   // scanned pages not read by OCR yet: the diagnosis cannot see them
    QString m_problem;      // why the last read or decision failed, shown as the summary
    bool m_running = false;
    bool m_loading = false;
    bool m_loadAgain = false;    // asked to reload while a read was running
    bool m_diagnoseEmpty = false;  // setCase: diagnose once if the case has no findings stored
    int m_deciding = 0;
    int m_keepRow = 0;
    FindingsModel *m_model;
    QTableView *m_table;
    QListWidget *m_evidence;
    QLabel *m_summary;
    QLabel *m_detail;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QPushButton *m_rerun;
};
