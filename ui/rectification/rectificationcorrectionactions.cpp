// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationcorrectionactions.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "rectificationsupersededialog.h"
#include "rectificationwithdrawdialog.h"
#include "rectification/rectificationworkflow.h"

#include <QAction>

using namespace casereview;

RectificationCorrectionActions::RectificationCorrectionActions(Workspace &workspace, AppSettings &settings,
                                                               QWidget *dialogParent, std::function<qint64()> selectedAttachment)
    : QObject(dialogParent), m_ws(workspace), m_settings(settings), m_dialogParent(dialogParent),
      m_selectedAttachment(std::move(selectedAttachment)), m_withdraw(new QAction(tr("&Withdraw Rectification Item…"), this)),
      m_supersede(new QAction(tr("&Supersede Attachment…"), this))
{
    m_withdraw->setToolTip(tr("Withdraw an item made by mistake: it stays on record with the reason but leaves every count"));
    m_supersede->setToolTip(tr("Mark a wrong attachment as superseded, optionally with the correct file; it stays stored"));
    connect(m_withdraw, &QAction::triggered, this, &RectificationCorrectionActions::withdraw);
    connect(m_supersede, &QAction::triggered, this, &RectificationCorrectionActions::supersede);
    setItem(std::nullopt);
}

void RectificationCorrectionActions::registerActions(ActionRegistry &registry)
{
    registry.add(QStringLiteral("review.rectifyWithdraw"), ActionRegistry::Menu::Review, m_withdraw);
    registry.add(QStringLiteral("review.rectifySupersede"), ActionRegistry::Menu::Review, m_supersede);
}

void RectificationCorrectionActions::setItem(const std::optional<RectificationItem> &item)
{
    m_item = item;
    m_withdraw->setEnabled(item && RectificationWorkflow::canWithdraw(item->status));
    m_supersede->setEnabled(item && !item->withdrawal && item->attachmentCount > 0);
}

void RectificationCorrectionActions::withdraw()
{
    if (!m_withdraw->isEnabled() || !m_item)
        return;
    // The board refreshes while the dialog runs (the write announces the change): keep the id.
    const qint64 id = m_item->id;
    RectificationWithdrawDialog dialog(m_ws, *m_item, m_settings.reviewer(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        emit applied(id);
}

void RectificationCorrectionActions::supersede()
{
    if (!m_supersede->isEnabled() || !m_item)
        return;
    const qint64 id = m_item->id;
    RectificationSupersedeDialog dialog(m_ws, *m_item, m_selectedAttachment ? m_selectedAttachment() : 0, m_settings.reviewer(),
                                        m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        emit applied(id);
}
