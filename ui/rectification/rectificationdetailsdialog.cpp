// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationdetailsdialog.h"

#include "rectificationboardmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace casereview;

RectificationDetailsDialog::RectificationDetailsDialog(Workspace &workspace, const RectificationItem &item,
                                                       const QString &actor, QWidget *parent)
    : RectificationWriteDialog(workspace, parent), m_item(item), m_actor(actor), m_contact(new QLineEdit(item.contact)),
      m_kind(new QComboBox), m_deadline(new QDateEdit(item.deadline))
{
    setWindowTitle(tr("Rectification Item %1").arg(item.id));
    auto *form = new QFormLayout(this);
    auto *problem = new QLabel(item.problem);
    problem->setWordWrap(true);
    form->addRow(tr("Problem:"), problem);
    form->addRow(tr("Agency:"), new QLabel(item.agency.isEmpty() ? tr("(agency not recognised)") : item.agency));
    m_contact->setPlaceholderText(tr("Person and telephone at the agency"));
    form->addRow(tr("Contact:"), m_contact);
    for (RectificationKind k : {RectificationKind::CaseCorrection, RectificationKind::Systemic})
        m_kind->addItem(RectificationBoardModel::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    form->addRow(tr("Kind:"), m_kind);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(errorLabel());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &RectificationWriteDialog::busyChanged, buttons->button(QDialogButtonBox::Ok), &QWidget::setDisabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RectificationDetailsDialog::setContact(const QString &contact) { m_contact->setText(contact); }
void RectificationDetailsDialog::setKind(RectificationKind kind) { m_kind->setCurrentIndex(m_kind->findData(int(kind))); }
void RectificationDetailsDialog::setDeadline(const QDate &deadline) { m_deadline->setDate(deadline); }

bool RectificationDetailsDialog::apply()
{
    if (isBusy())
        return false;
    const auto kind = RectificationKind(m_kind->currentData().toInt());
    return submit(jobs().write(m_item.caseIds(), [id = m_item.id, contact = m_contact->text().trimmed(), kind,
                                                  deadline = m_deadline->date(), actor = m_actor](RectificationService &service) {
        return service.editDetails(id, contact, kind, deadline, actor);
    }));
}
