// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The board's row of filters: grouping, agency (with each agency's 三色), status, colour,
// overdue only and 含已撤销. It holds the filter; the board applies it to the items it read.
#include "rectificationboardmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

class RectificationFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit RectificationFilterBar(QWidget *parent = nullptr);

    const RectificationBoardFilter &filter() const { return m_filter; }
    RectificationBoardModel::Grouping grouping() const { return m_grouping; }
    // Set without changed(): the board shows the items again itself.
    void setFilter(const RectificationBoardFilter &filter);
    void setGrouping(RectificationBoardModel::Grouping grouping);
    // The agencies of `items` to choose from, each with its colour on `today`; keeps the choice.
    void fillAgencies(const std::vector<casereview::RectificationItem> &items, const QDate &today);
    QCheckBox *includeWithdrawnBox() const { return m_withdrawnBox; }

signals:
    void changed();  // the user changed a filter

private:
    void readFilters();

    RectificationBoardFilter m_filter;
    RectificationBoardModel::Grouping m_grouping = RectificationBoardModel::Grouping::ByStatus;
    QComboBox *m_groupBox;
    QComboBox *m_agencyBox;
    QComboBox *m_statusBox;
    QComboBox *m_lightBox;
    QCheckBox *m_overdueBox;
    QCheckBox *m_withdrawnBox;
};
