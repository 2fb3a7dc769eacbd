// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks before withdrawing (撤销) a rectification item made by mistake: says what withdrawing
// does and that it is final, and will not go on without a reason and a name.
#include "domain/rectificationitem.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RectificationService;

class RectificationWithdrawDialog : public QDialog {
    Q_OBJECT
public:
    RectificationWithdrawDialog(RectificationService &service, const RectificationItem &item, const QString &actor,
                                QWidget *parent = nullptr);

    void setReason(const QString &reason);
    void setActor(const QString &actor);
    bool canApply() const;
    QString errorText() const;
    bool apply();  // false (and the reason shown) when the service refused it
    void accept() override;

private:
    void updateState();

    RectificationService &m_service;
    RectificationItem m_item;
    QPlainTextEdit *m_reason;
    QLineEdit *m_actor;
    QLabel *m_error;
    QPushButton *m_withdraw;
};
