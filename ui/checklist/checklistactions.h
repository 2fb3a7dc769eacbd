// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The row under the checklist that moves a review through its states: Submit, Sign… and
// Reopen…, and the Review menu's Sign Review… action (Ctrl+Shift+S), which is the same command
// as the button. It decides only which of them a review's state allows; ChecklistPanel asks the
// questions and writes through the Workspace when one is requested.
#include "domain/review.h"

#include <QWidget>
#include <optional>

class QAction;
class QPushButton;

class ChecklistActions : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistActions(QWidget *parent = nullptr);

    // `review`: the stored one, if any; `draftComing`: an answer being written creates the draft,
    // so submitting or signing may queue behind it.
    void setState(const std::optional<casereview::Review> &review, bool draftComing);
    // While a status write is under way nothing more can be submitted or signed.
    void holdStatus();
    void holdReopen();
    bool canSign() const;

    QPushButton *submitButton() const { return m_submit; }
    QAction *signAction() const { return m_signAction; }

signals:
    void submitRequested();
    void signRequested();
    void reopenRequested();

private:
    QPushButton *m_submit;
    QPushButton *m_sign;
    QPushButton *m_reopen;
    QAction *m_signAction;
};
