// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilterproxy.h"

using namespace casereview;

CaseFilterProxy::CaseFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void CaseFilterProxy::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateFilter();
}

void CaseFilterProxy::setLightFilter(std::optional<TrafficLight> light)
{
    m_light = light;
    invalidateFilter();
}

void CaseFilterProxy::setUncertainOnly(bool on)
{
    m_uncertainOnly = on;
    invalidateFilter();
}

void CaseFilterProxy::setIdFilter(std::optional<QSet<qint64>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const CaseListModel *>(sourceModel());
    const CaseSummary *c = model->caseAt(sourceRow);
    if (!c)
        return false;
    if (m_ids && !m_ids->contains(c->id))
        return false;
    if (m_light && c->rectificationLight != m_light)
        return false;
    if (m_uncertainOnly && c->uncertainFields.empty())
        return false;
    using S = CaseListModel::State;
    const S state = CaseListModel::stateOf(*c);
    switch (m_state) {
    case StateFilter::All: break;
    case StateFilter::NotReviewed: if (state != S::NotReviewed) return false; break;
    case StateFilter::InProgress: if (state != S::InProgress) return false; break;
    case StateFilter::Submitted: if (state != S::Submitted) return false; break;
    case StateFilter::Signed: if (state != S::Signed) return false; break;
    case StateFilter::WithOpenFindings: if (c->openFindings == 0) return false; break;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
