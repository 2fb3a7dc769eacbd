// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workstation's main window: a shell that hosts the panels as docks around the viewer,
// builds menus and toolbar from the action registry and restores the session. No domain logic.
#include <QMainWindow>

class ActionRegistry;
class AppSettings;
class CaseListPanel;
class DiagnosisService;
class ChecklistPanel;
class DashboardPanel;
class FindingsPanel;
class RectificationBoard;
class RectificationService;
class ReviewService;
class StandardService;
class Database;
class DocumentViewer;
class QLabel;
class QUndoStack;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database &db, AppSettings &settings, ReviewService &reviews, StandardService &standards,
               RectificationService &rectification, const DiagnosisService &diagnosis, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();
    void openCase(qint64 id);
    // Re-reads the open case's text, OCR words, fields and findings in place (the page kept, the
    // checklist and its undo history untouched), e.g. once OCR has read and diagnosed it; any
    // other case is left alone.
    void reloadDocument(qint64 id);
    // Re-reads one case's row of the case list (its review or findings changed).
    void refreshCase(qint64 id);
    qint64 currentCase() const { return m_caseId; }
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
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void registerActions();
    void loadCase(qint64 id, bool inPlace);
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *panel, Qt::DockWidgetArea area);
    void chooseAndImport();
    void switchStore(bool create);
    void backupStore();
    void setLanguage(const QString &lang);
    void linkSelection();

    Database &m_db;
    AppSettings &m_settings;
    const DiagnosisService &m_diagnosis;
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
