// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistsummary.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace casereview;

namespace {
QString fmt(double v) { return QLocale().toString(v, 'g', 4); }
} // namespace

ChecklistSummary::ChecklistSummary(QWidget *parent)
    : QWidget(parent), m_total(new QLabel(this)), m_dimensions(new QLabel(this))
{
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setWordWrap(true);
    m_dimensions->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addWidget(m_dimensions);
}

QString ChecklistSummary::headline(const ScoreCard &card, ReviewStatus status)
{
    QString text;
    if (card.gradeIsFinal()) {
        // The grade counts only once signed with every item answered, as in the case list and the dashboard.
        QString grade = card.grade;
        if (gradeStanding(status, card.unanswered.size(), !card.vetoHits.isEmpty()) != GradeStanding::Final)
            grade = status == ReviewStatus::Signed ? tr("%1 (incomplete)").arg(grade) : tr("%1 (unsigned)").arg(grade);
        text = tr("%1 / %2 points · %3").arg(fmt(card.total), fmt(card.maxTotal), grade);
    }
    else
        text = tr("In review (%n item(s) unanswered) · provisional %1 / %2 points", nullptr, int(card.unanswered.size()))
                   .arg(fmt(card.total), fmt(card.maxTotal));
    if (!card.vetoHits.isEmpty())
        text += QLatin1Char(' ') + tr("· veto failed (%1)").arg(card.vetoHits.join(QStringLiteral(", ")));
    return text;
}

void ChecklistSummary::setScore(const ScoreCard &card, const std::optional<Review> &review, bool caseOpen)
{
    if (card.standardId.isEmpty()) {
        m_total->setText(caseOpen ? tr("No review standard") : tr("No case is open"));
        m_total->setStyleSheet({});
        m_dimensions->clear();
        return;
    }
    const QString text = headline(card, review ? review->status : ReviewStatus::Draft);
    m_total->setText(text);
    m_total->setAccessibleName(text);
    // Grey while provisional, so an unfinished review never reads like a result.
    m_total->setStyleSheet(card.gradeIsFinal() ? QString() : QStringLiteral("color: #707070"));
    const auto dim = [&card](Dimension d) {
        const SubScore &s = card.dimension(d);
        return QStringLiteral("%1/%2").arg(fmt(s.score), fmt(s.max));
    };
    const QString status = !review ? tr("not started")
                           : review->status == ReviewStatus::Draft ? tr("draft (saved automatically)")
                           : review->status == ReviewStatus::Submitted ? tr("submitted")
                                                                       : tr("signed");
    m_dimensions->setText(tr("Procedure %1 · Discretion %2 · Legality %3\nReview: %4")
                              .arg(dim(Dimension::Procedure), dim(Dimension::Discretion), dim(Dimension::Legality),
                                   review ? tr("%1 · %2").arg(review->reviewer, status) : status));
}

QString ChecklistSummary::totalText() const { return m_total->text(); }
