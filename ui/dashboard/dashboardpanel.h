// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The supervisor's dashboard: the campaign charts of the whole store and the rectification
// trend, read on the Workspace's read pool. Any change the Workspace announces makes it stale:
// it reloads shortly when shown (a burst of changes counts once), else when next shown. A click
// on a chart element asks for the cases behind it.
#include <QList>
#include <QWidget>

class ChartCard;
class QLabel;
class QPushButton;
class QTimer;
namespace casereview { class Workspace; }
namespace casereview { struct DashboardData; }

class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(casereview::Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // The store changed: refresh shortly if shown (changes in a burst count once), else when shown.
    // Called for every change the Workspace announces.
    void markStale();
    bool isStale() const { return m_stale; }
    bool isLoading() const { return m_loading; }
    ChartCard *card(const QString &id) const;
    QList<ChartCard *> cards() const { return m_cards; }

signals:
    void casesRequested(const QList<qint64> &caseIds, const QString &label);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const casereview::DashboardData &data);

    casereview::Workspace &m_ws;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QTimer *m_debounce;
    QList<ChartCard *> m_cards;
    bool m_loading = false;
    bool m_stale = true;
};
