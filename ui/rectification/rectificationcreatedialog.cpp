// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationcreatedialog.h"

#include "rectification/rectificationrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

using namespace casereview;

RectificationCreateDialog::RectificationCreateDialog(qint64 caseId, const QDate &today, QWidget *parent)
    : QDialog(parent), m_caseId(caseId), m_deadline(new QDateEdit(today.addDays(RectificationRules::kDefaultDeadlineDays))),
      m_allFindings(new QCheckBox(tr("Also every open finding (not yet accepted or dismissed)"))), m_grouping(new QComboBox)
{
    setWindowTitle(tr("Create Rectification Items"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Items are made from the deductions of the case's signed review(s) and its accepted "
                                "findings. Problems that already have an item are skipped."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(m_allFindings);
    m_grouping->addItem(tr("One item per problem"));
    m_grouping->addItem(tr("Group the same problem per agency"));
    form->addRow(tr("Items:"), m_grouping);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RectificationService::CreateRequest RectificationCreateDialog::request(const QString &actor) const
{
    RectificationService::CreateRequest r;
    r.caseIds = {m_caseId};
    r.allFindings = m_allFindings->isChecked();
    r.grouping = m_grouping->currentIndex() == 1 ? RectificationPlanner::Grouping::PerAgency : RectificationPlanner::Grouping::PerProblem;
    r.deadline = m_deadline->date();
    r.actor = actor;
    return r;
}
