// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace casereview;

namespace {
constexpr quintptr kSection = 0;  // internal id of section rows; items carry section + 1

QString number(double v) { return QLocale().toString(v, 'g', 4); }
} // namespace

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setReview(const ReviewStandard &standard, const std::vector<Answer> &answers, const ScoreCard &card)
{
    beginResetModel();
    m_standard = standard;
    m_answers.clear();
    for (const Answer &a : answers)
        m_answers[a.itemId] = a;
    m_card = card;
    endResetModel();
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_standard = {};
    m_answers.clear();
    m_card = {};
    endResetModel();
}

void ChecklistModel::updateAnswer(const QString &itemId, const std::optional<Answer> &answer, const ScoreCard &card)
{
    if (answer)
        m_answers[itemId] = *answer;
    else
        m_answers.erase(itemId);
    m_card = card;
    // Scores of other items can move too (n/a rescaling), so refresh every item row.
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        if (rowCount(section))
            emit dataChanged(index(0, 0, section), index(rowCount(section) - 1, ColumnCount - 1, section));
    }
}

const StandardItem *ChecklistModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSection)
        return nullptr;
    const auto &section = m_standard.sections[size_t(index.internalId() - 1)];
    return &section.items[size_t(index.row())];
}

const Answer *ChecklistModel::answerFor(const QString &itemId) const
{
    const auto it = m_answers.find(itemId);
    return it == m_answers.end() ? nullptr : &it->second;
}

QModelIndex ChecklistModel::indexOf(const QString &itemId) const
{
    for (size_t s = 0; s < m_standard.sections.size(); ++s)
        for (size_t i = 0; i < m_standard.sections[s].items.size(); ++i)
            if (m_standard.sections[s].items[i].id == itemId)
                return createIndex(int(i), 0, quintptr(s + 1));
    return {};
}

std::vector<QString> ChecklistModel::itemOrder() const
{
    std::vector<QString> out;
    for (const auto &s : m_standard.sections)
        for (const auto &i : s.items)
            out.push_back(i.id);
    return out;
}

QString ChecklistModel::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return tr("Compliant");
    case Verdict::Deduct: return tr("Deduct");
    case Verdict::NotApplicable: return tr("Not applicable");
    case Verdict::Fail: return tr("Veto failed");
    }
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1)) : createIndex(row, column, kSection);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSection)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSection);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_standard.sections.size());
    if (parent.internalId() == kSection && parent.column() == 0)
        return int(m_standard.sections[size_t(parent.row())].items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSection) {
        const StandardSection &s = m_standard.sections[size_t(index.row())];
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == Title)
            return s.titleZh;
        if (index.column() == Points)
            return number(s.points());
        if (index.column() == Score)
            for (const SectionScore &ss : m_card.sections)
                if (ss.id == s.id)
                    return number(ss.score);
        return {};
    }
    const StandardItem *item = itemAt(index);
    const Answer *answer = answerFor(item->id);
    if (role == ItemIdRole)
        return item->id;
    if (role == Qt::ToolTipRole)
        return item->deductionGuide.isEmpty() ? item->titleZh : item->titleZh + QLatin1Char('\n') + item->deductionGuide;
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn && answer) {
        switch (answer->verdict) {
        case Verdict::Pass: return QBrush(QColor(0x1b, 0x7f, 0x3b));
        case Verdict::Deduct: return QBrush(QColor(0xa0, 0x60, 0x00));
        case Verdict::NotApplicable: return QBrush(Qt::gray);
        case Verdict::Fail: return QBrush(QColor(0xb0, 0x20, 0x20));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title: return item->veto ? tr("[Veto] %1").arg(item->titleZh) : item->titleZh;
    case Points: return item->veto ? QString() : number(item->points);
    case VerdictColumn:
        if (!answer)
            return tr("Unanswered");
        return answer->verdict == Verdict::Deduct ? tr("Deduct %1").arg(number(answer->deduction)) : verdictText(answer->verdict);
    case Score:
        // No score beside an unanswered item: its provisional full marks are not a result.
        if (const ItemScore *s = m_card.item(item->id); s && !item->veto && answer)
            return number(s->score);
        return {};
    case Evidence: {
        QStringList parts;
        if (answer && !answer->evidence.empty())
            parts << tr("%n anchor(s)", nullptr, int(answer->evidence.size()));
        if (answer && !answer->note.isEmpty())
            parts << tr("note");
        return parts.join(QStringLiteral(" · "));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title: return tr("Item");
    case Points: return tr("Points");
    case VerdictColumn: return tr("Answer");
    case Score: return tr("Score");
    case Evidence: return tr("Evidence");
    case ColumnCount: break;
    }
    return {};
}
