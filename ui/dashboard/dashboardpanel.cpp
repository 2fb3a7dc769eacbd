// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpanel.h"

#include "analytics/dashboardloader.h"
#include "chartcard.h"
#include "dashboardcharts.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace casereview;

DashboardPanel::DashboardPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_summary(new QLabel(this)), m_refresh(new QPushButton(tr("Refresh"), this)),
      m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_loading)
            m_debounce->start();  // try again after the running count
        else if (isVisible())
            refresh();
    });
    m_summary->setWordWrap(true);
    m_refresh->setAccessibleName(tr("Refresh the dashboard"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    auto *grid = new QGridLayout;
    const QStringList ids{QStringLiteral("grades"), QStringLiteral("agencies"), QStringLiteral("dimensions"),
                          QStringLiteral("sections"), QStringLiteral("pareto"), QStringLiteral("rectification")};
    for (int i = 0; i < ids.size(); ++i) {
        auto *c = new ChartCard(ids[i]);
        connect(c, &ChartCard::casesRequested, this, &DashboardPanel::casesRequested);
        grid->addWidget(c, i / 2, i % 2);
        m_cards << c;
    }
    auto *content = new QWidget;
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    m_summary->setText(tr("The dashboard loads when it is shown."));
    connect(&m_ws, &Workspace::changed, this, [this] { markStale(); });
}

ChartCard *DashboardPanel::card(const QString &id) const
{
    for (ChartCard *c : m_cards)
        if (c->id() == id)
            return c;
    return nullptr;
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_loading)
        refresh();
}

void DashboardPanel::markStale()
{
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

void DashboardPanel::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_stale = false;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Counting…"));
    const QDate today = QDate::currentDate();
    onFinished(
        this, m_ws.read([today](Database &db) { return DashboardLoader(db).load(today); }),
        [this](const DashboardData &data) {
            m_loading = false;
            m_refresh->setEnabled(true);
            display(data);
            emit loaded();
        },
        [this](const Failure &) {
            m_loading = false;
            m_refresh->setEnabled(true);
            m_summary->setText(tr("The case store could not be read for the dashboard."));
            emit loaded();
        });
}

void DashboardPanel::display(const DashboardData &data)
{
    const CampaignStats &c = data.stats.campaign;
    m_summary->setText(tr("%1 cases: %2 with a signed, complete review (mean score %3), %4 in review, %5 not reviewed; "
                          "%6 vetoed. %7 rectification item(s).")
                           .arg(c.caseCount)
                           .arg(c.finalCount)
                           .arg(QLocale().toString(c.meanScore, 'f', 1))
                           .arg(c.incompleteCount)
                           .arg(c.unreviewedCount)
                           .arg(c.vetoCases)
                           .arg(data.rectificationItems));
    DashboardCharts::grades(card(QStringLiteral("grades")), data.stats.grades);
    DashboardCharts::scoreByAgency(card(QStringLiteral("agencies")), data.stats.scoreByAgency);
    DashboardCharts::dimensions(card(QStringLiteral("dimensions")), data.stats.dimensions);
    DashboardCharts::sections(card(QStringLiteral("sections")), data.stats.sections);
    DashboardCharts::pareto(card(QStringLiteral("pareto")), data.stats.pareto);
    DashboardCharts::trend(card(QStringLiteral("rectification")), data.trend);
}
