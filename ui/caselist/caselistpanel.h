// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case list: a live search, a review-state, a 三色 and a to-check (doubtful OCR) filter over a sortable table of the store's
// cases; it can also be narrowed to a given set of cases (a dashboard chart's). Files and
// folders dropped on it are handed on for import. It keeps itself current: the list is read
// through the Workspace off the GUI thread and re-read from Workspace::changed (new cases or a
// restored store: all of it; anything else: the rows of the cases touched).
#include "domain/caserecord.h"
#include "workspace/changeevent.h"
#include "workspace/failure.h"

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
namespace casereview { class Workspace; }

class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    // `reviewer`: the user's reviewer name (whose review the checklist opens).
    explicit CaseListPanel(casereview::Workspace &workspace, const QString &reviewer = {}, QWidget *parent = nullptr);

    // Reads the whole list again (asynchronously; loaded() tells when it is shown).
    void reload();
    // Reads the row of one case again.
    void reloadCase(qint64 id);
    // No read of the list or of a row is under way.
    bool isIdle() const { return !m_loading && m_rowReads == 0; }
    void setCases(std::vector<casereview::CaseSummary> cases);
    void updateCase(const casereview::CaseSummary &summary);
    // Shows only `ids`, with `label` saying why, until the user clears it.
    void showOnly(const QSet<qint64> &ids, const QString &label);
    void clearShowOnly();
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *lightFilter() const { return m_light; }
    QToolButton *uncertainFilter() const { return m_uncertain; }
    QLabel *showOnlyLabel() const { return m_only; }
    void selectCase(qint64 id);
    qint64 currentCase() const;
    QList<qint64> selectedCases() const;  // the ids of the selected rows
    int visibleCount() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void caseActivated(qint64 id);
    void importRequested(const QStringList &paths);
    void loaded(int count);                   // the whole list was read and is shown
    void loadFailed(const casereview::Failure &failure);  // the list or a row could not be read

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void onChanged(const casereview::ChangeEvent &event);

    casereview::Workspace &m_workspace;
    bool m_loading = false;
    bool m_reloadAgain = false;  // a change came while the list was being read
    int m_rowReads = 0;
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
