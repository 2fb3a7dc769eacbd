// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationfilterbar.h"

#include "trafficlightstyle.h"
#include "rectification/rectificationrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

using namespace casereview;

RectificationFilterBar::RectificationFilterBar(QWidget *parent)
    : QWidget(parent), m_groupBox(new QComboBox), m_agencyBox(new QComboBox), m_statusBox(new QComboBox),
      m_lightBox(new QComboBox), m_overdueBox(new QCheckBox(tr("Overdue only"))), m_withdrawnBox(new QCheckBox(tr("Include withdrawn")))
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_groupBox->addItem(tr("By status"));
    m_groupBox->addItem(tr("By agency"));
    m_agencyBox->setMinimumContentsLength(10);
    m_agencyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agencyBox->addItem(tr("All agencies"), QString());
    m_statusBox->addItem(tr("All statuses"));
    for (RectificationStatus s : RectificationKeys::allStatuses())
        m_statusBox->addItem(RectificationBoardModel::statusName(s), int(s));
    m_lightBox->addItem(tr("All colours"));
    for (TrafficLight t : {TrafficLight::Red, TrafficLight::Yellow, TrafficLight::Green})
        m_lightBox->addItem(TrafficLightStyle::icon(t), TrafficLightStyle::name(t), int(t));
    m_withdrawnBox->setToolTip(tr("Also list items withdrawn as made by mistake; they count nowhere"));
    l->addWidget(m_groupBox);
    l->addWidget(m_agencyBox, 1);
    l->addWidget(m_statusBox);
    l->addWidget(m_lightBox);
    l->addWidget(m_overdueBox);
    l->addWidget(m_withdrawnBox);
    auto changedByUser = [this] {
        readFilters();
        emit changed();
    };
    connect(m_groupBox, &QComboBox::activated, this, changedByUser);
    connect(m_agencyBox, &QComboBox::activated, this, changedByUser);
    connect(m_statusBox, &QComboBox::activated, this, changedByUser);
    connect(m_lightBox, &QComboBox::activated, this, changedByUser);
    connect(m_overdueBox, &QCheckBox::toggled, this, changedByUser);
    connect(m_withdrawnBox, &QCheckBox::toggled, this, changedByUser);
}

void RectificationFilterBar::readFilters()
{
    m_grouping = m_groupBox->currentIndex() == 1 ? RectificationBoardModel::Grouping::ByAgency : RectificationBoardModel::Grouping::ByStatus;
    m_filter.agency = m_agencyBox->currentIndex() > 0 ? m_agencyBox->currentData().toString() : QString();
    m_filter.status = m_statusBox->currentIndex() > 0 ? std::optional(RectificationStatus(m_statusBox->currentData().toInt())) : std::nullopt;
    m_filter.light = m_lightBox->currentIndex() > 0 ? std::optional(TrafficLight(m_lightBox->currentData().toInt())) : std::nullopt;
    m_filter.overdueOnly = m_overdueBox->isChecked();
    m_filter.includeWithdrawn = m_withdrawnBox->isChecked();
}

void RectificationFilterBar::setGrouping(RectificationBoardModel::Grouping grouping)
{
    m_groupBox->setCurrentIndex(grouping == RectificationBoardModel::Grouping::ByAgency ? 1 : 0);
    readFilters();
}

void RectificationFilterBar::setFilter(const RectificationBoardFilter &filter)
{
    const QSignalBlocker block(m_overdueBox);
    const QSignalBlocker blockWithdrawn(m_withdrawnBox);
    m_filter = filter;
    m_withdrawnBox->setChecked(filter.includeWithdrawn);
    m_statusBox->setCurrentIndex(filter.status ? m_statusBox->findData(int(*filter.status)) : 0);
    m_lightBox->setCurrentIndex(filter.light ? m_lightBox->findData(int(*filter.light)) : 0);
    m_overdueBox->setChecked(filter.overdueOnly);
    m_agencyBox->setCurrentIndex(qMax(0, m_agencyBox->findData(filter.agency)));
}

void RectificationFilterBar::fillAgencies(const std::vector<RectificationItem> &items, const QDate &today)
{
    const QSignalBlocker block(m_agencyBox);
    m_agencyBox->clear();
    m_agencyBox->addItem(tr("All agencies"), QString());
    const auto summaries = RectificationRules::perAgency(items, today);
    for (auto it = summaries.begin(); it != summaries.end(); ++it)
        m_agencyBox->addItem(TrafficLightStyle::icon(it->light), it.key().isEmpty() ? tr("(agency not recognised)") : it.key(), it.key());
    m_agencyBox->setCurrentIndex(m_filter.agency.isEmpty() ? 0 : qMax(0, m_agencyBox->findData(m_filter.agency)));
}
