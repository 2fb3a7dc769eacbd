// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The supervisor's dashboard: the campaign charts of the whole store and the rectification
// trend, loaded on a worker thread. A click on a chart element asks for the cases behind it.
#include <QList>
#include <QWidget>

class ChartCard;
class Database;
class QLabel;
class QPushButton;
class QTimer;
struct DashboardData;

class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(Database &db, QWidget *parent = nullptr);

    void refresh();
    // The store changed: refresh shortly if shown (changes in a burst count once), else when shown.
    void markStale();
    bool isLoading() const { return m_loading; }
    ChartCard *card(const QString &id) const;
    QList<ChartCard *> cards() const { return m_cards; }

signals:
    void casesRequested(const QList<qint64> &caseIds, const QString &label);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const DashboardData &data);

    Database &m_db;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QTimer *m_debounce;
    QList<ChartCard *> m_cards;
    bool m_loading = false;
    bool m_stale = true;
};
