// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks before withdrawing (撤销) a rectification item made by mistake: says what withdrawing
// does and that it is final, and will not go on without a reason and a name. Written on the
// Workspace's writer.
#include "domain/rectificationitem.h"
#include "rectificationwritedialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class RectificationWithdrawDialog : public RectificationWriteDialog {
    Q_OBJECT
public:
    RectificationWithdrawDialog(casereview::Workspace &workspace, const casereview::RectificationItem &item, const QString &actor,
                                QWidget *parent = nullptr);

    void setReason(const QString &reason);
    void setActor(const QString &actor);
    bool canApply() const;
    bool apply() override;

private:
    void updateState();

    casereview::RectificationItem m_item;
    QPlainTextEdit *m_reason;
    QLineEdit *m_actor;
    QPushButton *m_withdraw;
};
