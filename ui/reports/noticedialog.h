// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks for the agency a rectification notice goes to (those with problems, with their count of
// cases) and the deadline.
#include <QDialog>
#include <vector>

class QComboBox;
class QDateEdit;
class QCheckBox;

class NoticeDialog : public QDialog {
    Q_OBJECT
public:
    NoticeDialog(const std::vector<std::pair<QString, int>> &agencies, QWidget *parent = nullptr);
    QString agency() const;
    QDate deadline() const;  // invalid: the default (rectification items' or 30 days)

private:
    QComboBox *m_agency;
    QCheckBox *m_setDeadline;
    QDateEdit *m_deadline;
};
