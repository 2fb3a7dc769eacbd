// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The board's dismissable notice of items that became overdue since the supervisor last looked.
#include "domain/rectificationitem.h"

#include <QFrame>

class QLabel;

class OverdueBanner : public QFrame {
    Q_OBJECT
public:
    explicit OverdueBanner(QWidget *parent = nullptr);
    // Shows the count and the agencies of `items` and returns the message; empty: nothing shown.
    QString announce(const std::vector<casereview::RectificationItem> &items);
    QLabel *text() const { return m_text; }

private:
    QLabel *m_text;
};
