// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The find bar under the pages: a query box, next/previous and the hit count.
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);
    QLineEdit *edit() const { return m_edit; }
    void activate();
    void setStatus(int current, int total, bool searching);

signals:
    void queryChanged(const QString &query);
    void next();
    void previous();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_prev;
    QToolButton *m_next;
};
