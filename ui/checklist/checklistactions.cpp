// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>

using namespace casereview;

ChecklistActions::ChecklistActions(QWidget *parent)
    : QWidget(parent),
      m_submit(new QPushButton(tr("Submit"), this)),
      m_sign(new QPushButton(tr("Sign…"), this)),
      m_reopen(new QPushButton(tr("Reopen…"), this)),
      m_signAction(new QAction(tr("&Sign Review…"), this))
{
    connect(m_submit, &QPushButton::clicked, this, &ChecklistActions::submitRequested);
    m_signAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sign->setToolTip(tr("Sign the review (%1)").arg(m_signAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_sign, &QPushButton::clicked, m_signAction, &QAction::trigger);
    connect(m_signAction, &QAction::triggered, this, [this] {
        if (canSign()) // the shortcut with nothing to sign does nothing
            emit signRequested();
    });
    connect(m_reopen, &QPushButton::clicked, this, &ChecklistActions::reopenRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_submit);
    layout->addWidget(m_sign);
    layout->addWidget(m_reopen);
    layout->addStretch();
}

void ChecklistActions::setState(const std::optional<Review> &review, bool draftComing)
{
    const bool signedReview = review && review->status == ReviewStatus::Signed;
    m_submit->setEnabled(draftComing || (review && review->status == ReviewStatus::Draft));
    m_sign->setEnabled(draftComing || (review && !signedReview));
    m_signAction->setEnabled(m_sign->isEnabled());
    m_reopen->setEnabled(review && review->status != ReviewStatus::Draft);
}

void ChecklistActions::holdStatus()
{
    m_submit->setEnabled(false);
    m_sign->setEnabled(false);
    m_signAction->setEnabled(false);
}

void ChecklistActions::holdReopen() { m_reopen->setEnabled(false); }

bool ChecklistActions::canSign() const { return m_sign->isEnabled(); }
