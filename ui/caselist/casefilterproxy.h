// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case list's filter: the live search text over every column, a review-state choice, a
// rectification 三色 choice, "only cases with values to check" (doubtful OCR) and an optional
// fixed set of case ids (a dashboard chart element's).
#include "caselistmodel.h"
#include "domain/trafficlight.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

class CaseFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, NotReviewed, InProgress, Submitted, Signed, WithOpenFindings };

    explicit CaseFilterProxy(QObject *parent = nullptr);
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    // Only cases whose rectification 三色 is `light`; nullopt shows all.
    void setLightFilter(std::optional<casereview::TrafficLight> light);
    std::optional<casereview::TrafficLight> lightFilter() const { return m_light; }
    // Only cases with extracted values read from doubtful OCR words.
    void setUncertainOnly(bool on);
    bool uncertainOnly() const { return m_uncertainOnly; }
    void setIdFilter(std::optional<QSet<qint64>> ids);
    bool hasIdFilter() const { return m_ids.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    std::optional<casereview::TrafficLight> m_light;
    bool m_uncertainOnly = false;
    std::optional<QSet<qint64>> m_ids;
};
