// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every command of the window, registered once by whoever owns it (the shell or a panel),
// with its menu and toolbar placement; the menus and the toolbar are built from it.
#include <QObject>
#include <QString>
#include <vector>

class QAction;
class QMenuBar;
class QToolBar;

class ActionRegistry : public QObject {
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Document, Review, Reports, Help };

    explicit ActionRegistry(QObject *parent = nullptr) : QObject(parent) {}

    // Registers `action` under `id` (unique); `toolbar` also puts it on the main toolbar.
    QAction *add(const QString &id, Menu menu, QAction *action, bool toolbar = false);
    void addSeparator(Menu menu, bool toolbar = false);
    QAction *action(const QString &id) const;
    void build(QMenuBar *menuBar, QToolBar *toolBar) const;

private:
    struct Entry {
        QString id;
        Menu menu;
        QAction *action;  // nullptr: separator
        bool toolbar;
    };
    std::vector<Entry> m_entries;
};
