// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "domain/findingreview.h"

#include <QBrush>
#include <QColor>

using namespace casereview;

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}
FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(std::vector<StoredFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const StoredFinding *FindingsModel::at(int row) const
{
    return row >= 0 && row < int(m_findings.size()) ? &m_findings[size_t(row)] : nullptr;
}

int FindingsModel::openCount() const
{
    int n = 0;
    for (const StoredFinding &f : m_findings)
        n += !f.decision && f.finding.severity != Severity::Hint;
    return n;
}

QString FindingsModel::severityText(Severity s)
{
    switch (s) {
    case Severity::Veto: return tr("Veto");
    case Severity::Deduct: return tr("Deduction");
    case Severity::Hint: return tr("Hint");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const StoredFinding *f = at(index.row());
    if (!f)
        return {};
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        switch (f->finding.severity) {
        case Severity::Veto: return QBrush(QColor(0xb0, 0x20, 0x20));
        case Severity::Deduct: return QBrush(QColor(0xa0, 0x60, 0x00));
        case Severity::Hint: return QBrush(Qt::gray);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Message || index.column() == Basis))
        return f->finding.message + QStringLiteral("\n\n") + f->finding.legalBasis;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SeverityColumn: return severityText(f->finding.severity);
    case Message: return f->finding.message;
    case Basis: return f->finding.legalBasis;
    case Item: return f->finding.item;
    case Status:
        if (!f->decision)
            return tr("Open");
        return f->decision->verdict == FindingVerdict::Accept ? tr("Accepted") : tr("Dismissed: %1").arg(f->decision->reason);
    case ColumnCount: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn: return tr("Severity");
    case Message: return tr("Finding");
    case Basis: return tr("Legal basis");
    case Item: return tr("Item");
    case Status: return tr("Decision");
    case ColumnCount: break;
    }
    return {};
}
