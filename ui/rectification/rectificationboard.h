// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The supervisor's rectification board (整改台账): items grouped by status or by agency,
// filtered by agency, status, colour and overdue, the most urgent first, with the selected
// item's details, attachments and history (from the audit log). Status changes, re-checks and
// corrections (withdraw, supersede) open their dialogs and go through the RectificationService;
// withdrawn items show only with 含已撤销. On start it announces what became overdue.
//
// Every read runs on the Workspace's pool and every write on its writer (RectificationJobs):
// the board shows what it read when it comes, and reads again whenever the change stream says
// items, reviews, findings or cases changed, whoever made the change (a dialog, the CLI).
// Filters apply at once to the items last read.
#include "rectificationboardmodel.h"
#include "rectificationjobs.h"

#include <QWidget>

class ActionRegistry;
class OverdueBanner;
class AppSettings;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;
class RectificationAttachmentList;
class RectificationCorrectionActions;
class RectificationFilterBar;

class RectificationBoard : public QWidget {
    Q_OBJECT
public:
    RectificationBoard(casereview::Workspace &workspace, AppSettings &settings, QWidget *parent = nullptr);

    void registerActions(ActionRegistry &registry);
    void setCurrentCase(qint64 caseId) { m_caseId = caseId; }
    // Reads the items again (coalesced while a read runs); loaded() once they are shown.
    void refresh();
    bool isIdle() const { return !m_loading; }
    // Reads the items, announces those that became overdue since the board was last seen, then
    // remembers today; overdueAnnounced() says how many there were.
    void announceOverdue();

    void setGrouping(RectificationBoardModel::Grouping grouping);
    void setFilter(const RectificationBoardFilter &filter);
    bool selectItem(qint64 itemId);
    std::optional<casereview::RectificationItem> currentItem() const;

    RectificationBoardModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *history() const { return m_history; }
    QLabel *banner() const;
    bool bannerVisible() const;
    QPushButton *statusButton() const { return m_statusButton; }
    QPushButton *recheckButton() const { return m_recheckButton; }
    QCheckBox *includeWithdrawnBox() const;
    RectificationAttachmentList *attachmentList() const { return m_attachments; }
    RectificationCorrectionActions *corrections() const { return m_corrections; }

    void createForCurrentCase();
    void changeStatus();
    void recheck();
    void editDetails();

signals:
    void caseRequested(qint64 caseId, int page);  // page 1-based, 0 = none
    void notice(const QString &message);          // for the status bar
    void loaded();                                // the items read are shown
    void overdueAnnounced(int count);

private:
    struct Snapshot;
    struct Details {
        qint64 itemId = 0;
        std::vector<casereview::RectificationAttachment> attachments;
        std::vector<casereview::AuditEntry> history;
    };
    void showItems();  // m_all through the filter
    void showSnapshot(const Snapshot &snapshot);
    void showDetails();
    void loadDetails(qint64 itemId);
    void fillDetails(const Details &details);
    void onChanged(const casereview::ChangeEvent &event);
    static QDate today();

    RectificationJobs m_jobs;
    AppSettings &m_settings;
    RectificationBoardModel *m_model;
    RectificationFilterBar *m_filters = nullptr;
    qint64 m_caseId = 0;
    std::vector<casereview::RectificationItem> m_all;  // as last read, withdrawn ones too
    bool m_loading = false;
    bool m_loadAgain = false;       // a change came while reading: read once more
    qint64 m_selectWhenShown = 0;   // an item just created, selected once a read shows it
    qint64 m_detailsId = 0;         // the item whose attachments and history are shown
    int m_detailsGeneration = 0;    // a details read older than this is dropped
    std::optional<Details> m_fresh;  // read with the items: shown without another read
    OverdueBanner *m_banner = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_history = nullptr;
    RectificationAttachmentList *m_attachments = nullptr;
    RectificationCorrectionActions *m_corrections = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_recheckButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_detailsButton = nullptr;
};
