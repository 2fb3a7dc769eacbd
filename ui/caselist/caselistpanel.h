// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case list: a live filter over a sortable table of the store's cases. Files and folders
// dropped on it are handed on for import.
#include "domain/caserecord.h"

#include <QWidget>
#include <vector>

class CaseListModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CaseListPanel(QWidget *parent = nullptr);

    void setCases(std::vector<CaseSummary> cases);
    void selectCase(qint64 id);
    qint64 currentCase() const;
    int visibleCount() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void caseActivated(qint64 id);
    void importRequested(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();

    CaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_stack;
};
