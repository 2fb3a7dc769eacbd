// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checklist as a tree: sections, then their items with the reviewer's answer and the
// item's score from the score card. Read-only; answers change through ChecklistPanel.
#include "domain/reviewanswer.h"
#include "scoring/scorecard.h"
#include "standards/reviewstandard.h"

#include <QAbstractItemModel>
#include <map>

class ChecklistModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Points, VerdictColumn, Score, Evidence, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ChecklistModel(QObject *parent = nullptr);
    void setReview(const casereview::ReviewStandard &standard, const std::vector<casereview::Answer> &answers, const casereview::ScoreCard &card);
    void clear();
    // Sets (or, with nullopt, removes) the answer of `itemId`.
    void updateAnswer(const QString &itemId, const std::optional<casereview::Answer> &answer, const casereview::ScoreCard &card);

    const casereview::StandardItem *itemAt(const QModelIndex &index) const;
    const casereview::Answer *answerFor(const QString &itemId) const;
    QModelIndex indexOf(const QString &itemId) const;
    std::vector<QString> itemOrder() const;

    static QString verdictText(casereview::Verdict v);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    casereview::ReviewStandard m_standard;
    std::map<QString, casereview::Answer> m_answers;
    casereview::ScoreCard m_card;
};
