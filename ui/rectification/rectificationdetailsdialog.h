// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits an item's agency contact, kind (个案纠正 / 制度整改) and deadline through the service.
#include "domain/rectificationitem.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class RectificationService;

class RectificationDetailsDialog : public QDialog {
    Q_OBJECT
public:
    RectificationDetailsDialog(RectificationService &service, const RectificationItem &item, const QString &actor,
                               QWidget *parent = nullptr);

    void setContact(const QString &contact);
    void setKind(RectificationKind kind);
    void setDeadline(const QDate &deadline);
    bool apply();
    void accept() override;

private:
    RectificationService &m_service;
    RectificationItem m_item;
    QString m_actor;
    QLineEdit *m_contact;
    QComboBox *m_kind;
    QDateEdit *m_deadline;
    QLabel *m_error;
};
