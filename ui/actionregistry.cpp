// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <map>

namespace {
QString menuTitle(ActionRegistry::Menu m)
{
    switch (m) {
    case ActionRegistry::Menu::File: return ActionRegistry::tr("&File");
    case ActionRegistry::Menu::Edit: return ActionRegistry::tr("&Edit");
    case ActionRegistry::Menu::View: return ActionRegistry::tr("&View");
    case ActionRegistry::Menu::Document: return ActionRegistry::tr("&Document");
    case ActionRegistry::Menu::Review: return ActionRegistry::tr("&Review");
    case ActionRegistry::Menu::Reports: return ActionRegistry::tr("Re&ports");
    case ActionRegistry::Menu::Help: return ActionRegistry::tr("&Help");
    }
    return {};
}
} // namespace

QAction *ActionRegistry::add(const QString &id, Menu menu, QAction *action, bool toolbar)
{
    Q_ASSERT(!this->action(id));
    action->setObjectName(id);
    m_entries.push_back({id, menu, action, toolbar});
    return action;
}

void ActionRegistry::addSeparator(Menu menu, bool toolbar) { m_entries.push_back({{}, menu, nullptr, toolbar}); }

QAction *ActionRegistry::action(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.action && e.id == id)
            return e.action;
    return nullptr;
}

void ActionRegistry::build(QMenuBar *menuBar, QToolBar *toolBar) const
{
    std::map<Menu, QMenu *> menus;
    for (Menu m : {Menu::File, Menu::Edit, Menu::View, Menu::Document, Menu::Review, Menu::Reports, Menu::Help})
        menus[m] = menuBar->addMenu(menuTitle(m));
    for (const Entry &e : m_entries) {
        QMenu *menu = menus[e.menu];
        if (e.action)
            menu->addAction(e.action);
        else
            menu->addSeparator();
        if (e.toolbar && toolBar) {
            if (e.action)
                toolBar->addAction(e.action);
            else
                toolBar->addSeparator();
        }
    }
    for (auto &[m, menu] : menus)
        if (menu->isEmpty())
            menu->menuAction()->setVisible(false);
}
