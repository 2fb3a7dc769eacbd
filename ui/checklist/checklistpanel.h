// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checklist of the open case under a review standard: live total, grade, veto state and
// the three dimension sub-scores; keyboard-first answering (J/K, 1/2/3/0, N), each change an
// undoable command saved at once (the draft autosaves), evidence anchors, submit/sign/reopen.
#include "checklistmodel.h"
#include "findings/acceptedfinding.h"
#include "domain/review.h"
#include "undo/changevalue.h"

#include <QWidget>
#include <optional>

class AppSettings;
class ChecklistItemEditor;
class ChecklistSummary;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;
class QUndoStack;
class ReviewService;
class StandardService;

class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    ChecklistPanel(ReviewService &reviews, StandardService &standards, AppSettings &settings, QUndoStack &undo,
                   QWidget *parent = nullptr);

    // `caseType` (案件类型, e.g. 行政处罚) picks the matching standard for a new review.
    void setCase(qint64 caseId, const QString &caseType = {});
    QString currentItem() const;
    void selectItem(const QString &itemId);
    const Answer *answer(const QString &itemId) const { return m_model->answerFor(itemId); }
    const ScoreCard &scoreCard() const { return m_card; }
    const ReviewStandard &standard() const { return m_standard; }
    std::optional<Review> review() const { return m_review; }
    QTreeView *tree() const { return m_tree; }
    QDoubleSpinBox *deductionEdit() const;
    ChecklistSummary *summary() const { return m_summary; }
    QPushButton *submitButton() const { return m_submit; }
    QLineEdit *noteEdit() const;

    // Adds an anchor to the current item's answer (undoable).
    void addEvidence(const EvidenceAnchor &anchor);
    // A diagnosis finding the reviewer accepted: its item gets a deduction (or a veto failure)
    // with the finding's evidence, as one undoable change.
    void acceptFinding(const AcceptedFinding &finding);
    // Sets an item's answer through the undo stack.
    void setAnswer(const Answer &answer, const QString &text, MergeId merge = MergeId::None);

signals:
    void evidenceActivated(int page, const QRectF &rect);  // page 1-based
    void reviewChanged(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    // The command setter: saves the answer, or with nullopt takes it back, and refreshes.
    void apply(const QString &itemId, const std::optional<Answer> &answer);
    void setVerdict(Verdict v);
    void moveItem(int step);
    void showItem();
    void updateSummary();
    void changeStatus(bool sign);
    bool confirmIncomplete(bool sign);
    void reopen();
    void report(const QString &message);
    Answer currentAnswer() const;

    ReviewService &m_reviews;
    StandardService &m_standards;
    AppSettings &m_settings;
    QUndoStack &m_undo;
    ChecklistModel *m_model;
    qint64 m_caseId = 0;
    std::optional<Review> m_review;
    ReviewStandard m_standard;
    ScoreCard m_card;

    QComboBox *m_standardBox;
    ChecklistSummary *m_summary;
    QLabel *m_status;
    QTreeView *m_tree;
    ChecklistItemEditor *m_editor;
    QPushButton *m_submit;
    QPushButton *m_sign;
    QPushButton *m_reopen;
};
