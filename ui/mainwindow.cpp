// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "caselist/caselistpanel.h"
#include "checklist/checklistpanel.h"
#include "dashboard/dashboardpanel.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "findings/findingspanel.h"
#include "ocr/ocrcontroller.h"
#include "ocr/ocrstatuswidget.h"
#include "rectification/rectificationboard.h"
#include "reports/reportactions.h"
#include "storage/storelocation.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"
#include "viewer/outlinepanel.h"
#include "viewer/thumbnailpanel.h"
#include "viewer/uncertainfieldstext.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace casereview;

MainWindow::MainWindow(Workspace &workspace, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_settings(settings), m_actions(new ActionRegistry(this)),
      m_undo(new QUndoStack(this)), m_caseList(new CaseListPanel(workspace, settings.reviewer())), m_viewer(new DocumentViewer(this)),
      m_checklist(new ChecklistPanel(workspace, settings, *m_undo)),
      m_findings(new FindingsPanel(workspace, settings.reviewer())),
      m_rectification(new RectificationBoard(workspace, settings)), m_dashboard(new DashboardPanel(workspace)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Case Review Workstation"));
    setCentralWidget(m_viewer);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    QDockWidget *cases = addPanel(QStringLiteral("caseListDock"), tr("Cases"), m_caseList, Qt::LeftDockWidgetArea);
    QDockWidget *outline = addPanel(QStringLiteral("outlineDock"), tr("Outline"), m_viewer->outline(), Qt::LeftDockWidgetArea);
    QDockWidget *thumbs = addPanel(QStringLiteral("thumbnailDock"), tr("Thumbnails"), m_viewer->thumbnails(), Qt::LeftDockWidgetArea);
    tabifyDockWidget(outline, thumbs);
    QDockWidget *checklist = addPanel(QStringLiteral("checklistDock"), tr("Checklist"), m_checklist, Qt::RightDockWidgetArea);
    QDockWidget *findings = addPanel(QStringLiteral("findingsDock"), tr("Findings"), m_findings, Qt::RightDockWidgetArea);
    tabifyDockWidget(checklist, addPanel(QStringLiteral("rectificationDock"), tr("Rectification"), m_rectification, Qt::RightDockWidgetArea));
    checklist->raise();
    QDockWidget *dashboard = addPanel(QStringLiteral("dashboardDock"), tr("Dashboard"), m_dashboard, Qt::BottomDockWidgetArea);
    dashboard->hide();  // opened from View; a chart click lists its cases in the case list
    connect(m_dashboard, &DashboardPanel::casesRequested, this, [this, cases](const QList<qint64> &ids, const QString &label) {
        m_caseList->showOnly(QSet<qint64>(ids.begin(), ids.end()), label);
        cases->show();
        cases->raise();
    });
    resizeDocks({checklist}, {480}, Qt::Horizontal);
    resizeDocks({checklist, findings}, {560, 300}, Qt::Vertical);
    outline->raise();
    resizeDocks({cases, outline}, {420, 420}, Qt::Horizontal);
    resizeDocks({cases, outline}, {380, 300}, Qt::Vertical);

    connect(m_caseList, &CaseListPanel::caseActivated, this, &MainWindow::openCase);
    connect(m_caseList, &CaseListPanel::importRequested, this, &MainWindow::importFiles);
    connect(m_findings, &FindingsPanel::evidenceActivated, this,
            [this](int page, const QString &snippet) { m_viewer->showSnippet(page - 1, snippet); });
    connect(m_findings, &FindingsPanel::findingAccepted, m_checklist, &ChecklistPanel::acceptFinding);
    connect(m_checklist, &ChecklistPanel::evidenceActivated, this, [this](int page, const QRectF &rect) {
        m_viewer->goToPage(page - 1, rect.isEmpty() ? std::nullopt : std::optional(rect));
    });
    connect(this, &MainWindow::caseOpened, m_rectification, &RectificationBoard::setCurrentCase);
    connect(m_rectification, &RectificationBoard::notice, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_rectification, &RectificationBoard::caseRequested, this, [this](qint64 id, int page) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(this, &MainWindow::caseOpened, this, [this, once, page] {
            disconnect(*once);
            if (page > 0)
                m_viewer->goToPage(page - 1);
        });
        openCase(id);
    });
    registerActions();
    statusBar()->addPermanentWidget(m_status);
    resize(1400, 860);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_caseList->restoreHeaderState(m_settings.caseTableHeader());
    connect(m_caseList, &CaseListPanel::loaded, this, [this](int count) {
        m_status->setText(tr("%n case(s) in %1", nullptr, count).arg(QFileInfo(m_workspace.path()).fileName()));
        m_status->setToolTip(m_workspace.path());
    });
    connect(m_caseList, &CaseListPanel::loadFailed, this, [this](const Failure &f) {
        m_status->setText(tr("The case store could not be read."));
        m_status->setToolTip(FailureText::message(f));
    });
    connect(&m_workspace, &Workspace::changed, this, &MainWindow::onChanged);
    m_caseList->reload();
    QTimer::singleShot(0, m_rectification, [this] { m_rectification->announceOverdue(); });
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, QWidget *panel, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::registerActions()
{
    using M = ActionRegistry::Menu;
    ActionRegistry &r = *m_actions;
    auto make = [this](const QString &text, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        return a;
    };
    QAction *import = r.add(QStringLiteral("file.import"), M::File, make(tr("&Import Case Files…"), QKeySequence::Open), true);
    connect(import, &QAction::triggered, this, &MainWindow::chooseAndImport);
    r.addSeparator(M::File, true);
    connect(r.add(QStringLiteral("file.newStore"), M::File, make(tr("&New Case Store…"))), &QAction::triggered, this,
            [this] { switchStore(true); });
    connect(r.add(QStringLiteral("file.openStore"), M::File, make(tr("Open Case &Store…"))), &QAction::triggered, this,
            [this] { switchStore(false); });
    connect(r.add(QStringLiteral("file.backup"), M::File, make(tr("&Back Up Case Store…"))), &QAction::triggered, this,
            &MainWindow::backupStore);
    r.addSeparator(M::File);
    connect(r.add(QStringLiteral("file.settings"), M::File, make(tr("Se&ttings…"), QKeySequence::Preferences)), &QAction::triggered, this,
            [this] { SettingsDialog(m_settings, false, this).exec(); });
    r.addSeparator(M::File);
    connect(r.add(QStringLiteral("file.quit"), M::File, make(tr("&Quit"), QKeySequence::Quit)), &QAction::triggered, this,
            &QWidget::close);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    r.add(QStringLiteral("edit.undo"), M::Edit, undo);
    r.add(QStringLiteral("edit.redo"), M::Edit, redo);

    m_viewer->registerActions(r);

    QAction *link = r.add(QStringLiteral("review.linkEvidence"), M::Review,
                          make(tr("&Link Selected Text as Evidence"), QKeySequence(Qt::CTRL | Qt::Key_E)), true);
    connect(link, &QAction::triggered, this, &MainWindow::linkSelection);
    r.add(QStringLiteral("review.sign"), M::Review, m_checklist->signAction());
    m_rectification->registerActions(r);

    for (QDockWidget *dock : findChildren<QDockWidget *>())
        r.add(QStringLiteral("view.") + dock->objectName(), M::View, dock->toggleViewAction());
    r.addSeparator(M::View);
    QAction *full = r.add(QStringLiteral("view.fullScreen"), M::View, make(tr("&Full Screen"), QKeySequence::FullScreen));
    full->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence::FullScreen});
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    r.addSeparator(M::View);
    auto *langs = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = r.add(QStringLiteral("view.lang.") + code, M::View, make(tr("Language: %1").arg(name)));
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        langs->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang = code] { setLanguage(lang); });
    }
    auto *reports = new ReportActions(r, m_workspace, m_settings, this, [this] { return m_caseId; },
                                      [this] { return m_caseList->selectedCases(); });  // the Reports menu
    connect(reports, &ReportActions::message, statusBar(), &QStatusBar::showMessage);
    auto *ocr = new OcrController(r, m_workspace, this);  // Document ▸ Read Scanned Pages, and OCR after imports
    statusBar()->addPermanentWidget(ocr->statusWidget());
    connect(ocr, &OcrController::message, statusBar(), &QStatusBar::showMessage);
    connect(r.add(QStringLiteral("help.about"), M::Help, make(tr("&About"))), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About"),
                           tr("<b>Case Review Workstation</b> %1<br>Reviews administrative enforcement case files "
                              "against a review standard. Works offline.<br>License: GPL-3.0-or-later.")
                               .arg(QApplication::applicationVersion()));
    });

    auto *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    r.build(menuBar(), toolBar);
}

void MainWindow::onChanged(const ChangeEvent &event)
{
    // New text of the open case (OCR, re-analysis) or a restored store: show it in place.
    if (m_caseId > 0 && (event.kind == ChangeEvent::Kind::CaseText || event.kind == ChangeEvent::Kind::StoreRestored) &&
        event.touches(m_caseId))
        loadCase(m_caseId, true);
}

void MainWindow::openCase(qint64 id) { loadCase(id, false); }

void MainWindow::loadCase(qint64 id, bool inPlace)
{
    if (id <= 0)
        return;
    m_caseId = id;
    m_settings.setLastCase(id);
    if (!inPlace) {
        m_caseList->selectCase(id);
        m_viewer->clear(tr("Opening the case…"));
    }
    const quint64 serial = ++m_openSerial;
    onFinished(this, m_workspace.openCase(id),
               [this, serial, id, inPlace](const OpenedCase &opened) {
                   if (serial != m_openSerial)
                       return;
                   const CaseRecord &c = opened.record;
                   std::map<int, std::vector<TextRun>> ocrRuns;  // 0-based page → OCR words
                   for (const auto &[page, words] : opened.ocrWords)
                       for (const OcrWord &w : words)
                           ocrRuns[page].push_back({w.text, w.rect, {}, false});
                   const QString caseNo = c.analysis.fields.caseNo ? c.analysis.fields.caseNo->value : QString();
                   setWindowTitle(tr("%1 — Case Review Workstation").arg(caseNo.isEmpty() ? c.fileName : caseNo));
                   m_viewer->setDocument(opened.pdf, c.analysis.documents, ocrRuns);
                   m_viewer->setDoubtfulWords(opened.doubtful);
                   if (inPlace)  // new text: the findings panel reloads itself from the same CaseText event
                       return;
                   statusBar()->showMessage(UncertainFieldsText::describe(c.uncertainFields));
                   m_checklist->setCase(id, c.analysis.fields.caseType ? c.analysis.fields.caseType->value : QString());
                   m_findings->setCase(id);
                   emit caseOpened(id);
               },
               [this, serial, id](const Failure &f) {
                   if (serial != m_openSerial)
                       return;
                   m_viewer->clear(f.kind == Failure::Kind::NotFound
                                       ? tr("Case %1 is not in the store.").arg(id)
                                       : tr("Case %1 could not be read from the store: %2").arg(id).arg(FailureText::message(f)));
               });
}

void MainWindow::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import case files"), m_settings.lastImportDir(),
                                                            tr("PDF files (*.pdf *.PDF);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings.setLastImportDir(QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_workspace, this);  // the list refreshes itself from CasesAdded
    dialog->show();
    dialog->start(paths);
}

void MainWindow::switchStore(bool create)
{
    const QString filter = tr("Case stores (*.%1);;All files (*)").arg(QLatin1String(StoreLocation::kSuffix));
    QString path = create ? QFileDialog::getSaveFileName(this, tr("New case store"), QFileInfo(m_workspace.path()).absolutePath(), filter)
                          : QFileDialog::getOpenFileName(this, tr("Open case store"), QFileInfo(m_workspace.path()).absolutePath(), filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(StoreLocation::kSuffix);
    m_requestedStore = path;
    close();
}

void MainWindow::backupStore()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up case store"),
                                                        QFileInfo(m_workspace.path()).completeBaseName() + tr("-backup.%1").arg(QLatin1String(StoreLocation::kSuffix)),
                                                        tr("Case stores (*.%1)").arg(QLatin1String(StoreLocation::kSuffix)));
    if (target.isEmpty())
        return;
    statusBar()->showMessage(tr("Backing up the case store…"));
    onFinished(this, m_workspace.backup(target),
               [this, target] { statusBar()->showMessage(tr("Backup written to %1").arg(target), 8000); },
               [this, target](const Failure &f) {
                   statusBar()->clearMessage();
                   QMessageBox::warning(this, tr("Backup"), tr("The backup could not be written to %1. Check that the folder exists "
                                                               "and that there is enough free space.").arg(target)
                                                                + QStringLiteral("\n\n") + FailureText::message(f));
               });
}

void MainWindow::setLanguage(const QString &lang)
{
    m_settings.setLanguage(lang);
    statusBar()->showMessage(tr("The language changes the next time the program starts."), 8000);
}

void MainWindow::linkSelection()
{
    DocumentView *view = m_viewer->view();
    if (view->selectionPage() < 0) {
        statusBar()->showMessage(tr("Select text in the document first (drag over it with the mouse)."), 6000);
        return;
    }
    m_checklist->addEvidence({view->selectionPage() + 1, view->selectionRect(), view->selectedText()});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setCaseTableHeader(m_caseList->headerState());
    m_settings.setLastStore(m_workspace.path());
    m_settings.setLastCase(m_caseId);
    m_settings.sync();
    event->accept();
}

QString MainWindow::storeOpenError(const QString &path)
{
    return tr("The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer "
              "version of this program.").arg(path);
}
