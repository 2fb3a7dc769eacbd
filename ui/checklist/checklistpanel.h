// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checklist of the open case under a review standard: live total, grade, veto state and
// the three dimension sub-scores; keyboard-first answering (J/K, 1/2/3/0, N), each change an
// undoable command saved at once (the draft autosaves), evidence anchors, submit/sign/reopen.
// It never touches the store itself: the sheet is read and every change written through the
// Workspace (ChecklistService), so a keystroke never waits for SQLite on the GUI thread; an
// answer shows at once and is written in order behind it. A refused write re-reads the sheet, so
// the panel always ends showing what is stored.
#include "checklistmodel.h"
#include "findings/acceptedfinding.h"
#include "domain/review.h"
#include "undo/changevalue.h"
#include "workspace/checklistservice.h"
#include "workspace/failure.h"

#include <QWidget>
#include <optional>

class AppSettings;
class ChecklistActions;
class ChecklistItemEditor;
class ChecklistSummary;
class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;
class QUndoStack;
namespace casereview { class Workspace; }

class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    ChecklistPanel(casereview::Workspace &workspace, AppSettings &settings, QUndoStack &undo, QWidget *parent = nullptr);

    // `caseType` (案件类型, e.g. 行政处罚) picks the matching standard for a new review. The
    // sheet is read in the background; loaded() tells when it is shown.
    void setCase(qint64 caseId, const QString &caseType = {});
    // No read of the sheet and no write of it is under way.
    bool isIdle() const { return !m_loading && m_writes == 0; }
    QString currentItem() const;
    void selectItem(const QString &itemId);
    const casereview::Answer *answer(const QString &itemId) const { return m_model->answerFor(itemId); }
    const casereview::ScoreCard &scoreCard() const { return m_card; }
    const casereview::ReviewStandard &standard() const { return m_standard; }
    std::optional<casereview::Review> review() const { return m_review; }
    QTreeView *tree() const { return m_tree; }
    QDoubleSpinBox *deductionEdit() const;
    ChecklistSummary *summary() const { return m_summary; }
    QPushButton *submitButton() const;
    QAction *signAction() const; // Review ▸ Sign Review… (Ctrl+Shift+S)
    QLineEdit *noteEdit() const;

    // Adds an anchor to the current item's answer (undoable).
    void addEvidence(const casereview::EvidenceAnchor &anchor);
    // A diagnosis finding the reviewer accepted: its item gets a deduction (or a veto failure)
    // with the finding's evidence, as one undoable change.
    void acceptFinding(const AcceptedFinding &finding);
    // Sets an item's answer through the undo stack.
    void setAnswer(const casereview::Answer &answer, const QString &text, MergeId merge = MergeId::None);

signals:
    void evidenceActivated(int page, const QRectF &rect);  // page 1-based
    void loaded(qint64 caseId);  // the case's sheet was read and is shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the sheet of the open case (`standardId`: the user's choice for a new review).
    void load(const QString &standardId = {});
    void showSheet(const casereview::ChecklistService::Sheet &sheet);
    // Runs a write of the open case's review; a refusal or failure is reported and the sheet read again.
    void track(QFuture<casereview::Review> write, const QString &failureText);
    void failed(const casereview::Failure &failure, const QString &text);
    // The command setter: saves the answer, or with nullopt takes it back, and refreshes.
    void apply(const QString &itemId, const std::optional<casereview::Answer> &answer);
    void setVerdict(casereview::Verdict v);
    void moveItem(int step);
    void showItem();
    void updateSummary();
    void changeStatus(bool sign);
    void reopen();
    void report(const QString &message);
    casereview::Answer currentAnswer() const;

    casereview::ChecklistService m_service;
    AppSettings &m_settings;
    QUndoStack &m_undo;
    ChecklistModel *m_model;
    qint64 m_caseId = 0;
    QString m_caseType;
    quint64 m_serial = 0;  // bumped by every setCase/load: older results are dropped
    bool m_loading = false;
    int m_writes = 0;
    std::optional<casereview::Review> m_review;
    casereview::ReviewStandard m_standard;
    casereview::ScoreCard m_card;

    QComboBox *m_standardBox;
    ChecklistSummary *m_summary;
    QLabel *m_status;
    QTreeView *m_tree;
    ChecklistItemEditor *m_editor;
    ChecklistActions *m_actions;
};
