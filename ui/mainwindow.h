// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workstation's main window: hosts the panels and the menus. Holds no domain logic.
#include <QMainWindow>

class CaseListModel;
class Database;
class QSortFilterProxyModel;
class QLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    void reload();

private:
    void importFiles(const QStringList &paths);
    void chooseAndImport();

    Database &m_db;
    CaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
};
