// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail under the checklist: the current item's text and deduction guide, the deduction
// amount, the note and the evidence anchors. It only reports edits; ChecklistPanel turns them
// into undoable answer changes.
#include "domain/reviewanswer.h"

#include <QWidget>

namespace casereview { struct StandardItem; }
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

class ChecklistItemEditor : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistItemEditor(QWidget *parent = nullptr);

    // Shows `item` (nullptr: none chosen) with its answer (nullptr: unanswered), without
    // emitting edits. An unanswered item takes no note until it has a verdict, so that a note
    // never turns it into an unnoticed 符合.
    void showItem(const casereview::StandardItem *item, const casereview::Answer *answer);
    QDoubleSpinBox *deductionEdit() const { return m_deduction; }
    QLineEdit *noteEdit() const { return m_note; }
    QListWidget *evidenceList() const { return m_evidence; }

signals:
    void deductionEdited(double amount);
    void noteEdited(const QString &note);
    void anchorActivated(int index);
    void finished();  // Enter or Esc in the amount or the note: back to the list

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title;
    QDoubleSpinBox *m_deduction;
    QLineEdit *m_note;
    QListWidget *m_evidence;
    bool m_showing = false;
};
