// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table model over the case summaries the store returns; read-only, refreshed as a whole.
#include "domain/caserecord.h"

#include <QAbstractTableModel>
#include <vector>

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, CaseNo, Agency, Party, CaseType, Fine, DecisionDate, Pages, File, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit CaseListModel(QObject *parent = nullptr);
    void setCases(std::vector<CaseSummary> cases);
    const CaseSummary *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CaseSummary> m_cases;
};
