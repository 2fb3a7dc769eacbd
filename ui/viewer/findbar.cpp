// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_count(new QLabel(this)), m_prev(new QToolButton(this)),
      m_next(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setAccessibleName(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_prev->setText(tr("Previous"));
    m_prev->setToolTip(tr("Previous hit (Shift+Enter)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next hit (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    m_count->setMinimumWidth(90);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_edit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { emit queryChanged(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this, debounce] {
        if (debounce->isActive()) {
            debounce->stop();
            emit queryChanged(m_edit->text());
        } else {
            emit next();
        }
    });
    connect(m_prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void FindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::setStatus(int current, int total, bool searching)
{
    if (searching)
        m_count->setText(tr("Searching…"));
    else if (m_edit->text().trimmed().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("Not found"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            emit previous();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
