// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistitemeditor.h"

#include "standards/reviewstandard.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace casereview;

ChecklistItemEditor::ChecklistItemEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_deduction(new QDoubleSpinBox(this)), m_note(new QLineEdit(this)),
      m_evidence(new QListWidget(this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_deduction->setAccessibleName(tr("Deduction"));
    m_deduction->setDecimals(1);
    m_deduction->setSingleStep(0.5);
    m_deduction->setKeyboardTracking(true);
    connect(m_deduction, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_showing)
            emit deductionEdited(v);
    });
    m_deduction->installEventFilter(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note on this item (N)"));
    connect(m_note, &QLineEdit::textEdited, this, &ChecklistItemEditor::noteEdited);
    m_note->installEventFilter(this);
    m_evidence->setAccessibleName(tr("Evidence anchors"));
    m_evidence->setMaximumHeight(90);
    connect(m_evidence, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit anchorActivated(m_evidence->row(item)); });

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_title);
    form->addRow(tr("Deduction:"), m_deduction);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Evidence:"), m_evidence);
    setTabOrder(m_deduction, m_note);
    setTabOrder(m_note, m_evidence);
}

void ChecklistItemEditor::showItem(const StandardItem *item, const Answer *answer)
{
    const Answer a = answer ? *answer : Answer{};
    m_showing = true;
    m_title->setText(item ? (item->deductionGuide.isEmpty() ? item->titleZh : item->titleZh + QLatin1Char('\n') + item->deductionGuide)
                          : tr("Choose an item."));
    m_deduction->setEnabled(item && !item->veto);
    m_deduction->setRange(0, item ? std::max(item->points, 0.0) : 0);
    m_deduction->setValue(a.verdict == Verdict::Deduct ? a.deduction : 0);
    m_note->setEnabled(item && answer);
    m_note->setPlaceholderText(answer || !item ? tr("Note on this item (N)")
                                               : tr("Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed)"));
    if (m_note->text() != a.note)
        m_note->setText(a.note);
    m_evidence->clear();
    for (const EvidenceAnchor &e : a.evidence)
        m_evidence->addItem(tr("Page %1: %2").arg(e.page).arg(e.quote.simplified().left(60)));
    m_showing = false;
}

bool ChecklistItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit finished();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
