// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationwithdrawdialog.h"

#include "rectificationboardmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace casereview;

RectificationWithdrawDialog::RectificationWithdrawDialog(Workspace &workspace, const RectificationItem &item,
                                                         const QString &actor, QWidget *parent)
    : RectificationWriteDialog(workspace, parent), m_item(item), m_reason(new QPlainTextEdit), m_actor(new QLineEdit(actor))
{
    setMinimumWidth(460);
    setWindowTitle(tr("Withdraw Rectification Item %1").arg(item.id));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QLabel(tr("<b>Withdraw item %1?</b><br>%2<br>Agency: %3 · status: %4")
                                .arg(item.id)
                                .arg(item.problem.toHtmlEscaped(),
                                     item.agency.isEmpty() ? tr("(agency not recognised)") : item.agency.toHtmlEscaped(),
                                     RectificationBoardModel::statusName(item.status)));
    head->setWordWrap(true);
    layout->addWidget(head);
    auto *explain = new QLabel(tr("Withdraw an item that was made by mistake (wrong case, the same problem twice, a finding "
                                  "later rejected). It stays on record with your reason but leaves the open and overdue "
                                  "counts, the dashboard and the ledger, and its problem can be tracked again by a new item. "
                                  "This cannot be undone."));
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    m_reason->setPlaceholderText(tr("Why the item is withdrawn (required; goes into the audit log)"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Withdrawn by:"), m_actor);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_withdraw = buttons->addButton(tr("Withdraw Item"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RectificationWithdrawDialog::updateState);
    connect(m_actor, &QLineEdit::textChanged, this, &RectificationWithdrawDialog::updateState);
    connect(this, &RectificationWriteDialog::busyChanged, this, &RectificationWithdrawDialog::updateState);
    updateState();
}

void RectificationWithdrawDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }
void RectificationWithdrawDialog::setActor(const QString &actor) { m_actor->setText(actor); }
bool RectificationWithdrawDialog::canApply() const { return m_withdraw->isEnabled(); }

void RectificationWithdrawDialog::updateState()
{
    m_withdraw->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() && !m_actor->text().trimmed().isEmpty() && !isBusy());
}

bool RectificationWithdrawDialog::apply()
{
    if (!canApply())
        return false;
    return submit(jobs().write(m_item.caseIds(), [id = m_item.id, reason = m_reason->toPlainText(),
                                                  actor = m_actor->text().trimmed()](RectificationService &service) {
        return service.withdraw(id, reason, actor);
    }));
}
