// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table model over the case summaries the store returns: identity, extracted fields, the
// leading review's status (with whose it is) and score, its grade as gradeStanding() ranks it,
// open findings, the rectification 三色 and the values a reviewer must check on the page (read
// from doubtful OCR words). Read-only; a row can be refreshed alone.
#include "domain/caserecord.h"

#include <QAbstractTableModel>
#include <vector>

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id, CaseNo, Score, Grade, ReviewStatusColumn, OpenFindings, RectificationColumn, UncertainColumn, Agency, Party, CaseType, Fine, DecisionDate, Pages,
        File, ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, SummaryStateRole };
    // What a row's review state is, for the state filter (SummaryStateRole).
    enum class State { NotReviewed, InProgress, Submitted, Signed };
    Q_ENUM(State)

    explicit CaseListModel(QObject *parent = nullptr);
    // The user's reviewer name: the status tooltip says when the checklist opens another review.
    void setReviewer(const QString &name);
    void setCases(std::vector<casereview::CaseSummary> cases);
    // Replaces the row of `summary.id`, if the list has it.
    void updateCase(const casereview::CaseSummary &summary);
    const casereview::CaseSummary *caseAt(int row) const;

    static State stateOf(const casereview::CaseSummary &c);
    static QString statusText(const casereview::CaseSummary &c);
    // The grade as the list shows it: final, marked unsigned/incomplete, or empty (gradeStanding()).
    static QString gradeText(const casereview::CaseReviewSummary &r);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const casereview::CaseSummary &c, Column column, bool sortValue) const;
    static QString reviewStatusName(casereview::ReviewStatus s);
    QString reviewTooltip(const casereview::CaseSummary &c) const;
    static QString gradeTooltip(const casereview::CaseReviewSummary &r);

    std::vector<casereview::CaseSummary> m_cases;
    QString m_reviewer;
};
