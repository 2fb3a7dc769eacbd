// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include <QLocale>

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseListModel::setCases(std::vector<CaseSummary> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseSummary *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < int(m_cases.size()) ? &m_cases[size_t(row)] : nullptr;
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cases.size()); }

int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseSummary *c = caseAt(index.row());
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (role == Qt::TextAlignmentRole && (index.column() == Fine || index.column() == Pages || index.column() == Id))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Qt::UserRole gives raw values, so that numbers and dates sort as such.
    const bool sort = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
    case Id: return c->id;
    case CaseNo: return c->caseNo;
    case Agency: return c->agency;
    case Party: return c->partyName;
    case CaseType: return c->caseType;
    case Fine:
        if (!c->fineAmountYuan)
            return sort ? QVariant(-1.0) : QVariant();
        return sort ? QVariant(*c->fineAmountYuan) : QVariant(QLocale().toString(*c->fineAmountYuan, 'f', 0));
    case DecisionDate: return sort ? QVariant(c->decisionDate) : QVariant(c->decisionDate.toString(Qt::ISODate));
    case Pages: return c->pages;
    case File: return c->fileName;
    case ColumnCount: break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id: return tr("ID");
    case CaseNo: return tr("Case number");
    case Agency: return tr("Agency");
    case Party: return tr("Party");
    case CaseType: return tr("Case type");
    case Fine: return tr("Fine (yuan)");
    case DecisionDate: return tr("Decision date");
    case Pages: return tr("Pages");
    case File: return tr("File");
    case ColumnCount: break;
    }
    return {};
}
