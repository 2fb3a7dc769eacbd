// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The supervisor's rectification board (整改台账): items grouped by status or by agency,
// filtered by agency, status, colour and overdue, the most urgent first, with the selected
// item's details, attachments and history (from the audit log). Status changes, re-checks and
// corrections (withdraw, supersede) open their dialogs and go through the RectificationService;
// withdrawn items show only with 含已撤销. On start it announces what became overdue.
#include "rectificationboardmodel.h"

#include <QSet>
#include <QWidget>

class ActionRegistry;
class OverdueBanner;
class AppSettings;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;
class RectificationAttachmentList;
class RectificationCorrectionActions;
class RectificationService;

class RectificationBoard : public QWidget {
    Q_OBJECT
public:
    RectificationBoard(Database &db, RectificationService &service, AppSettings &settings, QWidget *parent = nullptr);

    void registerActions(ActionRegistry &registry);
    void setCurrentCase(qint64 caseId) { m_caseId = caseId; }
    void refresh();
    // Announces the items that became overdue since the board was last seen, then remembers today.
    // Returns how many there were.
    int announceOverdue();

    void setGrouping(RectificationBoardModel::Grouping grouping);
    void setFilter(const RectificationBoardFilter &filter);
    bool selectItem(qint64 itemId);
    std::optional<RectificationItem> currentItem() const;

    RectificationBoardModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *history() const { return m_history; }
    QLabel *banner() const;
    bool bannerVisible() const;
    QPushButton *statusButton() const { return m_statusButton; }
    QPushButton *recheckButton() const { return m_recheckButton; }
    QCheckBox *includeWithdrawnBox() const { return m_withdrawnBox; }
    RectificationAttachmentList *attachmentList() const { return m_attachments; }
    RectificationCorrectionActions *corrections() const { return m_corrections; }

    void createForCurrentCase();
    void changeStatus();
    void recheck();
    void editDetails();

signals:
    void caseRequested(qint64 caseId, int page);  // page 1-based, 0 = none
    void caseChanged(qint64 caseId);              // its rectification items changed
    void notice(const QString &message);          // for the status bar

private:
    QWidget *buildFilters();
    void readFilters();
    void fillAgencies(const std::vector<RectificationItem> &items);
    void showDetails();
    void onServiceChanged(qint64 itemId);

    Database &m_db;
    RectificationService &m_service;
    AppSettings &m_settings;
    RectificationBoardModel *m_model;
    RectificationBoardFilter m_filter;
    RectificationBoardModel::Grouping m_grouping = RectificationBoardModel::Grouping::ByStatus;
    qint64 m_caseId = 0;
    QSet<qint64> m_changedItems;  // changed since the last refresh
    QComboBox *m_groupBox = nullptr;
    QComboBox *m_agencyBox = nullptr;
    QComboBox *m_statusBox = nullptr;
    QComboBox *m_lightBox = nullptr;
    QCheckBox *m_overdueBox = nullptr;
    QCheckBox *m_withdrawnBox = nullptr;
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
