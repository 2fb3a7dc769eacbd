// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status-bar strip shown while scanned pages are being read: which page of how many,
// a progress bar, and a button to stop (the pages read so far stay stored).
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

class OcrStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit OcrStatusWidget(QWidget *parent = nullptr);

    void showProgress(int done, int total);
    // After stop was asked for: the page in hand is finished first.
    void showStopping();
    QToolButton *stopButton() const { return m_stop; }
    QString text() const;

signals:
    void stopRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_stop;
};
