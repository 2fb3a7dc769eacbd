// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks how to make rectification items from the open case: the deadline, whether to take the
// open findings too, and one item per problem or grouped per agency.
#include "rectification/rectificationservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;

class RectificationCreateDialog : public QDialog {
    Q_OBJECT
public:
    RectificationCreateDialog(qint64 caseId, const QDate &today, QWidget *parent = nullptr);
    casereview::RectificationService::CreateRequest request(const QString &actor) const;

private:
    qint64 m_caseId;
    QDateEdit *m_deadline;
    QCheckBox *m_allFindings;
    QComboBox *m_grouping;
};
