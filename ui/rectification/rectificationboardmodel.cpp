// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationboardmodel.h"

#include "trafficlightstyle.h"
#include "rectification/rectificationrules.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <algorithm>

using namespace casereview;

bool RectificationBoardFilter::matches(const RectificationItem &item, const QDate &today) const
{
    if (!agency.isEmpty() && item.agency != agency)
        return false;
    if (item.withdrawal && !includeWithdrawn && status != RectificationStatus::Withdrawn)
        return false;
    if (status && item.status != *status)
        return false;
    if (light && (item.withdrawal || RectificationRules::light(item, today) != *light))
        return false;
    return !overdueOnly || RectificationRules::isOverdue(item, today);
}

RectificationBoardModel::RectificationBoardModel(QObject *parent) : QAbstractItemModel(parent) {}

void RectificationBoardModel::setItems(std::vector<RectificationItem> items, const QDate &today, Grouping grouping)
{
    beginResetModel();
    m_today = today;
    m_groups.clear();
    std::sort(items.begin(), items.end(), [&](const auto &a, const auto &b) { return RectificationRules::moreUrgent(a, b, today); });
    if (grouping == Grouping::ByStatus) {
        // Work the agency still owes first, then what waits for a re-check, closed last.
        for (RectificationStatus s : {RectificationStatus::Failed, RectificationStatus::Pending, RectificationStatus::InProgress,
                                      RectificationStatus::Reported, RectificationStatus::Closed, RectificationStatus::Withdrawn})
            m_groups.push_back({RectificationKeys::status(s), s, {}, TrafficLight::Green, 0});
    }
    for (RectificationItem &i : items) {
        const QString key = grouping == Grouping::ByStatus ? RectificationKeys::status(i.status) : i.agency;
        auto g = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &x) { return x.key == key; });
        if (g == m_groups.end()) {
            m_groups.push_back({key, std::nullopt, {}, TrafficLight::Green, 0});
            g = m_groups.end() - 1;
        }
        g->light = RectificationRules::worst(g->light, RectificationRules::light(i, today));
        g->overdue += RectificationRules::isOverdue(i, today);
        g->items.push_back(std::move(i));
    }
    std::erase_if(m_groups, [](const Group &g) { return g.items.empty(); });
    if (grouping == Grouping::ByAgency)
        std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
            return std::tuple(-int(a.light), -a.overdue, a.key) < std::tuple(-int(b.light), -b.overdue, b.key);
        });
    endResetModel();
}

const RectificationItem *RectificationBoardModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return index.row() < int(g.items.size()) ? &g.items[size_t(index.row())] : nullptr;
}

QModelIndex RectificationBoardModel::indexOf(qint64 itemId) const
{
    for (size_t g = 0; g < m_groups.size(); ++g)
        for (size_t r = 0; r < m_groups[g].items.size(); ++r)
            if (m_groups[g].items[r].id == itemId)
                return createIndex(int(r), 0, quintptr(g + 1));
    return {};
}

QString RectificationBoardModel::groupTitle(int group) const
{
    const Group &g = m_groups[size_t(group)];
    const QString name = g.status ? statusName(*g.status) : g.key.isEmpty() ? tr("(agency not recognised)") : g.key;
    QString title = tr("%1 (%n item(s))", nullptr, int(g.items.size())).arg(name);
    if (g.overdue)
        title += tr(", %n overdue", nullptr, g.overdue);
    return title;
}

QString RectificationBoardModel::statusName(RectificationStatus status)
{
    switch (status) {
    case RectificationStatus::Pending: return tr("To rectify");
    case RectificationStatus::InProgress: return tr("Rectifying");
    case RectificationStatus::Reported: return tr("Reported");
    case RectificationStatus::Closed: return tr("Re-check passed (closed)");
    case RectificationStatus::Failed: return tr("Re-check failed");
    case RectificationStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString RectificationBoardModel::withdrawalText(const RectificationWithdrawal &w)
{
    const QString when = QDateTime::fromString(w.at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    return tr("Withdrawn %1 by %2 (was %3): %4").arg(when, w.by, statusName(w.from), w.reason);
}

QString RectificationBoardModel::kindName(RectificationKind kind)
{
    return kind == RectificationKind::CaseCorrection ? tr("Case correction") : tr("Systemic fix");
}

QString RectificationBoardModel::deadlineText(const RectificationItem &i) const
{
    const QString date = i.deadline.toString(Qt::ISODate);
    if (!RectificationRules::agencyOwes(i.status))
        return date;
    const int left = RectificationRules::daysLeft(i, m_today);
    if (left < 0)
        return tr("%1 (overdue %n day(s))", nullptr, -left).arg(date);
    if (left == 0)
        return tr("%1 (due today)").arg(date);
    if (left <= RectificationRules::kComingDueDays)
        return tr("%1 (%n day(s) left)", nullptr, left).arg(date);
    return date;
}

QModelIndex RectificationBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    return row < int(m_groups[size_t(parent.row())].items.size()) ? createIndex(row, column, quintptr(parent.row() + 1))
                                                                 : QModelIndex();
}

QModelIndex RectificationBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RectificationBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].items.size());
}

int RectificationBoardModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant RectificationBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[size_t(index.row())], index.column(), role);
    if (const RectificationItem *i = item(index))
        return itemData(*i, index.column(), role);
    return {};
}

QVariant RectificationBoardModel::groupData(const Group &g, int column, int role) const
{
    if (column != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: return groupTitle(int(&g - m_groups.data()));
    case Qt::DecorationRole:
        return g.status == RectificationStatus::Withdrawn ? QVariant() : QVariant(TrafficLightStyle::icon(g.light));
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case LightRole: return int(g.light);
    default: return {};
    }
}

QVariant RectificationBoardModel::itemData(const RectificationItem &i, int column, int role) const
{
    const TrafficLight light = RectificationRules::light(i, m_today);
    // A withdrawn item has no colour, reads grey and struck through, and says why in its tooltip.
    if (i.withdrawal) {
        switch (role) {
        case Qt::DecorationRole: return {};
        case Qt::ForegroundRole: return QBrush(QColor(0x90, 0x90, 0x90));
        case Qt::FontRole: {
            QFont f;
            f.setStrikeOut(column == Problem);
            f.setItalic(true);
            return f;
        }
        case Qt::ToolTipRole: return withdrawalText(*i.withdrawal);
        case Qt::AccessibleTextRole: return column == Light ? QVariant(statusName(i.status)) : QVariant();
        case LightRole: return {};
        default: break;
        }
    }
    switch (role) {
    case ItemIdRole: return i.id;
    case LightRole: return int(light);
    case Qt::DecorationRole: return column == Light ? QVariant(TrafficLightStyle::icon(light)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Deadline && RectificationRules::isOverdue(i, m_today))
            return QBrush(TrafficLightStyle::color(TrafficLight::Red));
        return {};
    case Qt::ToolTipRole:
        if (column == Problem)
            return i.legalBasis.isEmpty() ? i.problem : tr("%1\nLegal basis: %2").arg(i.problem, i.legalBasis);
        if (column == Light)
            return i.veto ? tr("%1: veto-level problem").arg(TrafficLightStyle::name(light)) : TrafficLightStyle::name(light);
        return {};
    case Qt::AccessibleTextRole:
        return column == Light ? QVariant(TrafficLightStyle::name(light)) : QVariant();
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Light: return {};  // the swatch says it; the name is in the tooltip
        case Problem: return i.problem;
        case Status: return statusName(i.status);
        case Deadline: return deadlineText(i);
        case Agency: return i.agency;
        case Case: return i.caseIds().size() > 1 ? tr("%1 (+%2)").arg(i.caseId).arg(i.caseIds().size() - 1) : QString::number(i.caseId);
        case Kind: return kindName(i.kind);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant RectificationBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Light: return {};
    case Problem: return tr("Problem");
    case Status: return tr("Status");
    case Deadline: return tr("Deadline");
    case Agency: return tr("Agency");
    case Case: return tr("Case");
    case Kind: return tr("Kind");
    case ColumnCount: break;
    }
    return {};
}
