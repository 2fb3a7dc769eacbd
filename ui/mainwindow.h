// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workstation's main window: a shell that hosts the panels as docks around the viewer,
// builds menus and toolbar from the action registry and restores the session. No domain logic,
// no store access: everything is read and written through the Workspace, and the panels keep
// themselves current from its change stream.
#include "workspace/changeevent.h"

#include <QMainWindow>

class ActionRegistry;
class AppSettings;
class CaseListPanel;
namespace casereview { class DiagnosisService; }
class ChecklistPanel;
class DashboardPanel;
class FindingsPanel;
class RectificationBoard;
class DocumentViewer;
class QLabel;
class QUndoStack;
namespace casereview { class Workspace; }

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The window and every panel go through `workspace`: none opens the store itself.
    MainWindow(casereview::Workspace &workspace, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCase(qint64 id);
    qint64 currentCase() const { return m_caseId; }
    casereview::Workspace &workspace() const { return m_workspace; }
    void importFiles(const QStringList &paths);
    // Set when the user chose another store; the caller reopens the window on it.
    QString requestedStore() const { return m_requestedStore; }

    ActionRegistry &actions() const { return *m_actions; }
    CaseListPanel *caseList() const { return m_caseList; }
    DocumentViewer *viewer() const { return m_viewer; }
    ChecklistPanel *checklist() const { return m_checklist; }
    FindingsPanel *findings() const { return m_findings; }
    RectificationBoard *rectification() const { return m_rectification; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    QUndoStack *undoStack() const { return m_undo; }

    static QString storeOpenError(const QString &path);

signals:
    void caseOpened(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void registerActions();
    // Reads the case through the Workspace and shows it; `inPlace` re-reads the open case's
    // text, OCR words, fields and findings (the page kept, the checklist and its undo untouched).
    void loadCase(qint64 id, bool inPlace);
    void onChanged(const casereview::ChangeEvent &event);
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *panel, Qt::DockWidgetArea area);
    void chooseAndImport();
    void switchStore(bool create);
    void backupStore();
    void setLanguage(const QString &lang);
    void linkSelection();

    casereview::Workspace &m_workspace;
    AppSettings &m_settings;
    ActionRegistry *m_actions;
    QUndoStack *m_undo;
    CaseListPanel *m_caseList;
    DocumentViewer *m_viewer;
    ChecklistPanel *m_checklist;
    FindingsPanel *m_findings;
    RectificationBoard *m_rectification;
    DashboardPanel *m_dashboard;
    QLabel *m_status;
    qint64 m_caseId = 0;
    quint64 m_openSerial = 0;
    QString m_requestedStore;
};
