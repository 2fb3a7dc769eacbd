// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits an item's agency contact, kind (个案纠正 / 制度整改) and deadline through the service,
// on the Workspace's writer.
#include "domain/rectificationitem.h"
#include "rectificationwritedialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class RectificationDetailsDialog : public RectificationWriteDialog {
    Q_OBJECT
public:
    RectificationDetailsDialog(casereview::Workspace &workspace, const casereview::RectificationItem &item, const QString &actor,
                               QWidget *parent = nullptr);

    void setContact(const QString &contact);
    void setKind(casereview::RectificationKind kind);
    void setDeadline(const QDate &deadline);
    bool apply() override;

private:
    casereview::RectificationItem m_item;
    QString m_actor;
    QLineEdit *m_contact;
    QComboBox *m_kind;
    QDateEdit *m_deadline;
};
