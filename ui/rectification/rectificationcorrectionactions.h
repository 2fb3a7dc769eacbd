// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The board's corrections of records made by mistake, as actions for the Review menu and the
// board's buttons: withdraw the selected item, supersede one of its attachments. Each asks in
// its dialog (reason first) and goes through the RectificationService on the Workspace.
#include "domain/rectificationitem.h"

#include <QObject>
#include <functional>

class ActionRegistry;
class AppSettings;
class QAction;
class QWidget;
namespace casereview { class Workspace; }

class RectificationCorrectionActions : public QObject {
    Q_OBJECT
public:
    // `selectedAttachment` names the attachment the board has selected (0: none).
    RectificationCorrectionActions(casereview::Workspace &workspace, AppSettings &settings, QWidget *dialogParent,
                                   std::function<qint64()> selectedAttachment);

    void registerActions(ActionRegistry &registry);
    void setItem(const std::optional<casereview::RectificationItem> &item);  // enables what the item allows
    QAction *withdrawAction() const { return m_withdraw; }
    QAction *supersedeAction() const { return m_supersede; }

    void withdraw();
    void supersede();

signals:
    void applied(qint64 itemId);

private:
    casereview::Workspace &m_ws;
    AppSettings &m_settings;
    QWidget *m_dialogParent;
    std::function<qint64()> m_selectedAttachment;
    std::optional<casereview::RectificationItem> m_item;
    QAction *m_withdraw;
    QAction *m_supersede;
};
