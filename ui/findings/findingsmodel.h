// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table model over a case's stored findings and the reviewer's decisions on them.
// Diagnosis types are only declared here: diagnosis/finding.h and the standards headers both
// declare a global `Dimension`, and moc compiles all ui headers in one file.

#include <QAbstractTableModel>
#include <vector>

namespace casereview { struct StoredFinding; }
namespace casereview { enum class Severity; }

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, Message, Basis, Item, Status, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;
    void setFindings(std::vector<casereview::StoredFinding> findings);
    const casereview::StoredFinding *at(int row) const;
    int openCount() const;

    static QString severityText(casereview::Severity s);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<casereview::StoredFinding> m_findings;
};
