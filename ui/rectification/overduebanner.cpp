// SPDX-License-Identifier: GPL-3.0-or-later
#include "overduebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace casereview;

OverdueBanner::OverdueBanner(QWidget *parent) : QFrame(parent), m_text(new QLabel)
{
    setObjectName(QStringLiteral("overdueBanner"));
    setStyleSheet(QStringLiteral("#overdueBanner { background: #fdecea; border: 1px solid #e0a0a0; border-radius: 3px; }"));
    auto *layout = new QHBoxLayout(this);
    m_text->setWordWrap(true);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

QString OverdueBanner::announce(const std::vector<RectificationItem> &items)
{
    if (items.empty())
        return {};
    QStringList agencies;
    for (const RectificationItem &i : items) {
        const QString name = i.agency.isEmpty() ? tr("(agency not recognised)") : i.agency;
        if (!agencies.contains(name))
            agencies << name;
    }
    const QString message = tr("%n rectification item(s) became overdue since you last looked: %1", nullptr, int(items.size()))
                                .arg(agencies.join(QStringLiteral("、")));
    m_text->setText(message);
    show();
    return message;
}
