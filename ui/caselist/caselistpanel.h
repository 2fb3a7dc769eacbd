// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case list: a live search, a review-state, a 三色 and a to-check (doubtful OCR) filter over a sortable table of the store's
// cases; it can also be narrowed to a given set of cases (a dashboard chart's). Files and
// folders dropped on it are handed on for import.
#include "domain/caserecord.h"

#include <QSet>
#include <QWidget>
#include <vector>

class CaseFilterProxy;
class CaseListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QStackedWidget;
class QTableView;

class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    // `reviewer`: the user's reviewer name (whose review the checklist opens).
    explicit CaseListPanel(const QString &reviewer = {}, QWidget *parent = nullptr);

    void setCases(std::vector<CaseSummary> cases);
    void updateCase(const CaseSummary &summary);
    // Shows only `ids`, with `label` saying why, until the user clears it.
    void showOnly(const QSet<qint64> &ids, const QString &label);
    void clearShowOnly();
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *lightFilter() const { return m_light; }
    QToolButton *uncertainFilter() const { return m_uncertain; }
    QLabel *showOnlyLabel() const { return m_only; }
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
    CaseFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QComboBox *m_light;
    QToolButton *m_uncertain;
    QLabel *m_only;
    QToolButton *m_clearOnly;
    QTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_stack;
};
