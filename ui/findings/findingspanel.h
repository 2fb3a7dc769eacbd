// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auto-diagnosis findings of the open case: message, legal basis and evidence; a click
// jumps to the evidence page; accept (handed to the checklist as a pre-filled deduction) or
// dismiss with a reason; re-run the diagnosis (DiagnosisService) on a worker thread.
#include "acceptedfinding.h"
#include "findingsmodel.h"

#include <QWidget>

class Database;
class DiagnosisService;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(Database &db, const DiagnosisService &diagnosis, const QString &reviewer, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    void rerun();
    // Re-reads the open case's findings as stored (e.g. once OCR diagnosed it again).
    void refresh() { reload(); }
    bool isRunning() const { return m_running; }
    void setReviewer(const QString &reviewer) { m_reviewer = reviewer; }
    FindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void acceptCurrent();
    void dismissCurrent(const QString &reason);

signals:
    void evidenceActivated(int page, const QString &snippet);  // page 1-based
    void findingAccepted(const AcceptedFinding &finding);
    void findingsChanged(qint64 caseId);

private:
    void reload();
    void showCurrent();
    const StoredFinding *current() const;

    Database &m_db;
    const DiagnosisService &m_diagnosis;
    QString m_reviewer;
    qint64 m_caseId = 0;
    bool m_running = false;
    FindingsModel *m_model;
    QTableView *m_table;
    QListWidget *m_evidence;
    QLabel *m_summary;
    QLabel *m_detail;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QPushButton *m_rerun;
};
