// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The board's tree: groups (by status or by agency) with their items underneath, most urgent
// first (overdue, then coming due). Read-only; the board filters the items it is given.
#include "domain/rectificationitem.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

// What the board shows: every criterion left empty matches everything except withdrawn items,
// which show only with includeWithdrawn (含已撤销) or when the status asked for is withdrawn.
struct RectificationBoardFilter {
    QString agency;
    std::optional<casereview::RectificationStatus> status;
    std::optional<casereview::TrafficLight> light;
    bool overdueOnly = false;
    bool includeWithdrawn = false;

    bool matches(const casereview::RectificationItem &item, const QDate &today) const;
};

class RectificationBoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Grouping { ByStatus, ByAgency };
    enum Column { Light, Deadline, Status, Problem, Agency, Case, Kind, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, LightRole };

    explicit RectificationBoardModel(QObject *parent = nullptr);
    void setItems(std::vector<casereview::RectificationItem> items, const QDate &today, Grouping grouping);
    const casereview::RectificationItem *item(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 itemId) const;
    int groupCount() const { return int(m_groups.size()); }
    QString groupTitle(int group) const;

    static QString statusName(casereview::RectificationStatus status);
    static QString withdrawalText(const casereview::RectificationWithdrawal &w);  // "Withdrawn 2025-06-01 by …: reason"
    static QString kindName(casereview::RectificationKind kind);
    QString deadlineText(const casereview::RectificationItem &item) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString key;  // status key or agency
        std::optional<casereview::RectificationStatus> status;
        std::vector<casereview::RectificationItem> items;
        casereview::TrafficLight light = casereview::TrafficLight::Green;
        int overdue = 0;
    };
    QVariant groupData(const Group &g, int column, int role) const;
    QVariant itemData(const casereview::RectificationItem &i, int column, int role) const;

    std::vector<Group> m_groups;
    QDate m_today;
};
