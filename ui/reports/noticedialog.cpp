// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

NoticeDialog::NoticeDialog(const std::vector<std::pair<QString, int>> &agencies, QWidget *parent)
    : QDialog(parent), m_agency(new QComboBox(this)), m_setDeadline(new QCheckBox(tr("Set a deadline"), this)),
      m_deadline(new QDateEdit(QDate::currentDate().addDays(30), this))
{
    setWindowTitle(tr("Rectification Notice"));
    for (const auto &[name, cases] : agencies)
        m_agency->addItem(tr("%1 (%n case(s) with problems)", nullptr, cases).arg(name), name);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setEnabled(false);
    connect(m_setDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(m_setDeadline, m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_agency->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString NoticeDialog::agency() const { return m_agency->currentData().toString(); }
QDate NoticeDialog::deadline() const { return m_setDeadline->isChecked() ? m_deadline->date() : QDate(); }
