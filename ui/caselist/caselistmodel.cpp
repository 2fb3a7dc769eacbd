// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include "rectification/trafficlightstyle.h"
#include "viewer/uncertainfieldstext.h"

#include <QApplication>
#include <QStyle>

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

using namespace casereview;

namespace {
QString points(double v) { return QLocale().toString(v, 'g', 4); }
} // namespace

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseListModel::setReviewer(const QString &name) { m_reviewer = name; }

void CaseListModel::setCases(std::vector<CaseSummary> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

void CaseListModel::updateCase(const CaseSummary &summary)
{
    for (size_t row = 0; row < m_cases.size(); ++row)
        if (m_cases[row].id == summary.id) {
            m_cases[row] = summary;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return;
        }
}

const CaseSummary *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < int(m_cases.size()) ? &m_cases[size_t(row)] : nullptr;
}

CaseListModel::State CaseListModel::stateOf(const CaseSummary &c)
{
    if (!c.review)
        return State::NotReviewed;
    switch (c.review->status) {
    case ReviewStatus::Draft: return State::InProgress;
    case ReviewStatus::Submitted: return State::Submitted;
    case ReviewStatus::Signed: return State::Signed;
    }
    return State::InProgress;
}

QString CaseListModel::statusText(const CaseSummary &c)
{
    // A campaign file under blind review: its progress only, nobody's sheet (BlindReviews).
    if (c.blindAssigned > 0)
        return tr("Blind review: %1 of %2 submitted").arg(c.blindSubmitted).arg(c.blindAssigned);
    if (!c.review)
        return tr("Not reviewed");
    const int open = c.review->unanswered;
    QString state;
    switch (c.review->status) {
    case ReviewStatus::Draft:
        state = open > 0 ? tr("In review (%n item(s) unanswered)", nullptr, open) : tr("Draft, all answered");
        break;
    case ReviewStatus::Submitted:
        state = open > 0 ? tr("Submitted (%n item(s) unanswered)", nullptr, open) : tr("Submitted");
        break;
    case ReviewStatus::Signed:
        state = open > 0 ? tr("Signed (%n item(s) unanswered)", nullptr, open) : tr("Signed");
        break;
    }
    // Whose review the row shows, so it is not mistaken for the one the checklist opens.
    if (c.reviewCount > 1)
        return tr("%1 · %2 (%n reviews)", nullptr, c.reviewCount).arg(state, c.review->reviewer);
    return tr("%1 · %2").arg(state, c.review->reviewer);
}

QString CaseListModel::reviewStatusName(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Draft: return tr("draft");
    case ReviewStatus::Submitted: return tr("submitted");
    case ReviewStatus::Signed: return tr("signed");
    }
    return {};
}

QString CaseListModel::gradeText(const CaseReviewSummary &r)
{
    switch (r.standing()) {
    case GradeStanding::Final: return r.grade;
    case GradeStanding::Provisional:
        return r.status == ReviewStatus::Signed ? tr("%1 (incomplete)").arg(r.grade) : tr("%1 (unsigned)").arg(r.grade);
    case GradeStanding::None: break;
    }
    return {};
}

QString CaseListModel::reviewTooltip(const CaseSummary &c) const
{
    const CaseReviewSummary &r = *c.review;
    QString text = tr("Shown: the review by %1 (%2).").arg(r.reviewer, reviewStatusName(r.status));
    if (!c.otherReviews.empty()) {
        QStringList others;
        for (const ReviewBrief &o : c.otherReviews)
            others << tr("%1 (%2)").arg(o.reviewer, reviewStatusName(o.status));
        text += u'\n' + tr("Other reviews of this case: %1.").arg(others.join(tr(", ")));
        text += u'\n' + tr("The list shows a signed review first, then a submitted one, then the one changed last.");
    }
    if (m_reviewer.isEmpty() || m_reviewer == r.reviewer)
        return text;
    // The checklist opens the user's own review, which is not the one shown.
    const auto own = std::find_if(c.otherReviews.begin(), c.otherReviews.end(),
                                  [&](const ReviewBrief &o) { return o.reviewer == m_reviewer; });
    return text + u'\n' +
           (own == c.otherReviews.end()
                ? tr("The checklist opens your own review (%1); you have none of this case yet.").arg(m_reviewer)
                : tr("The checklist opens your own review (%1, %2), not the one shown.").arg(m_reviewer, reviewStatusName(own->status)));
}

QString CaseListModel::gradeTooltip(const CaseReviewSummary &r)
{
    switch (r.standing()) {
    case GradeStanding::Final: return {};
    case GradeStanding::Provisional:
        return r.status == ReviewStatus::Signed
                   ? tr("Not final: the review was signed with %n item(s) unanswered. The dashboard and reports count a "
                        "grade only once its review is signed with every item answered.", nullptr, r.unanswered)
                   : tr("Provisional: the review is not signed yet. The dashboard and reports count a grade only once its "
                        "review is signed with every item answered.");
    case GradeStanding::None: break;
    }
    return {};
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cases.size()); }

int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseSummary *c = caseAt(index.row());
    if (!c)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case CaseIdRole: return c->id;
    case SummaryStateRole: return QVariant::fromValue(stateOf(*c));
    case Qt::TextAlignmentRole:
        if (column == Fine || column == Pages || column == Id || column == Score || column == OpenFindings)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == RectificationColumn && c->rectificationLight)
            return TrafficLightStyle::icon(*c->rectificationLight);
        // The case number carries the marker too, so it shows however narrow the list is.
        if ((column == UncertainColumn || column == CaseNo) && !c->uncertainFields.empty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (column == Score && c->review && !c->review->gradeKnown())
            return QBrush(Qt::gray);  // provisional
        if (column == Grade && c->review && c->review->standing() == GradeStanding::Provisional)
            return QBrush(c->review->vetoFailed ? QColor(0xc0, 0x70, 0x70) : QColor(Qt::gray));
        if (column == Grade && c->review && c->review->vetoFailed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (column == Score && c->review && !c->review->gradeKnown())
            return tr("Provisional: %n item(s) are not answered yet and count as full marks until they are.", nullptr,
                      c->review->unanswered);
        if (column == RectificationColumn && c->rectificationLight)
            return c->rectificationOpen + c->rectificationOverdue == 0
                       ? tr("Rectification: nothing open")
                       : tr("Rectification: %n open item(s)", nullptr, c->rectificationOpen) +
                             (c->rectificationOverdue ? tr(", %n overdue", nullptr, c->rectificationOverdue) : QString());
        if ((column == UncertainColumn || column == CaseNo) && !c->uncertainFields.empty())
            return tr("To check: %1. These values were read from doubtful OCR words; compare them with the page.")
                .arg(UncertainFieldsText::names(c->uncertainFields));
        if (column == ReviewStatusColumn && c->review)
            return reviewTooltip(*c);
        if (column == Grade && c->review)
            return gradeTooltip(*c->review);
        return {};
    case Qt::DisplayRole: return display(*c, column, false);
    case Qt::UserRole: return display(*c, column, true);  // raw values, so numbers and dates sort as such
    default: return {};
    }
}

QVariant CaseListModel::display(const CaseSummary &c, Column column, bool sort) const
{
    switch (column) {
    case Id: return c.id;
    case CaseNo: return c.caseNo;
    case Agency: return c.agency;
    case Party: return c.partyName;
    case CaseType: return c.caseType;
    case Fine:
        if (!c.fineAmountYuan)
            return sort ? QVariant(-1.0) : QVariant();
        return sort ? QVariant(*c.fineAmountYuan) : QVariant(QLocale().toString(*c.fineAmountYuan, 'f', 0));
    case DecisionDate: return sort ? QVariant(c.decisionDate) : QVariant(c.decisionDate.toString(Qt::ISODate));
    case Pages: return c.pages;
    case ReviewStatusColumn:
        return sort ? QVariant(int(stateOf(c)) * 1000 - (c.review ? c.review->unanswered : 0)) : QVariant(statusText(c));
    case Score:
        if (!c.review)
            return sort ? QVariant(-1.0) : QVariant();
        if (sort)
            return c.review->total;
        return c.review->gradeKnown() ? points(c.review->total) : tr("%1 (provisional)").arg(points(c.review->total));
    case Grade: {
        // Final grades sort above provisional ones, each by the score behind it; no grade last.
        const GradeStanding standing = c.review ? c.review->standing() : GradeStanding::None;
        if (standing == GradeStanding::None)
            return sort ? QVariant(-1.0) : QVariant();
        return sort ? QVariant(c.review->total + (standing == GradeStanding::Final ? 1e6 : 0)) : QVariant(gradeText(*c.review));
    }
    case OpenFindings: return c.openFindings;
    case UncertainColumn:
        return sort ? QVariant(int(c.uncertainFields.size())) : QVariant(UncertainFieldsText::names(c.uncertainFields));
    case RectificationColumn:
        if (!c.rectificationLight)
            return sort ? QVariant(-1) : QVariant();
        return sort ? QVariant(int(*c.rectificationLight) * 100000 + c.rectificationOverdue * 100 + c.rectificationOpen)
                    : QVariant(TrafficLightStyle::name(*c.rectificationLight));
    case File: return c.fileName;
    case ColumnCount: break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == UncertainColumn)
        return tr("Extracted values read from doubtful OCR words: compare them with the page before relying on them");
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
    case ReviewStatusColumn: return tr("Review");
    case Score: return tr("Score");
    case Grade: return tr("Grade");
    case OpenFindings: return tr("Open findings");
    case RectificationColumn: return tr("Rectification");
    case UncertainColumn: return tr("To check");
    case File: return tr("File");
    case ColumnCount: break;
    }
    return {};
}
