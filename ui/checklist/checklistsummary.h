// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checklist's header: the total and grade, or, while items are unanswered, "in review
// (N unanswered)" with a provisional score instead of a grade; veto state, the three dimension
// sub-scores and where the review stands.
#include "domain/gradestanding.h"
#include "domain/review.h"
#include "scoring/scorecard.h"

#include <QWidget>
#include <optional>

class QLabel;

class ChecklistSummary : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistSummary(QWidget *parent = nullptr);

    // `card` is empty (no standard id) when no case or no standard is open.
    void setScore(const casereview::ScoreCard &card, const std::optional<casereview::Review> &review, bool caseOpen);
    QString totalText() const;

    // The grade is marked unsigned/incomplete unless gradeStanding() makes it final.
    static QString headline(const casereview::ScoreCard &card, casereview::ReviewStatus status);

private:
    QLabel *m_total;
    QLabel *m_dimensions;
};
