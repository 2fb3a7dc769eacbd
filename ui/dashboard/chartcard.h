// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One dashboard chart in a frame: the chart view, a one-line hint and PNG / SVG export. Bars and
// points report the cases behind them through casesRequested().
#include <QFrame>
#include <QList>

class QChart;
class QChartView;
class QLabel;

class ChartCard : public QFrame {
    Q_OBJECT
public:
    explicit ChartCard(const QString &id, QWidget *parent = nullptr);

    QString id() const { return objectName(); }
    // Takes ownership of `chart` (nullptr: an empty state with `emptyText`).
    void setChart(QChart *chart, const QString &emptyText = {});
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    void setHint(const QString &hint);

    // Writes the chart at twice the screen resolution (PNG) or as vectors (SVG).
    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;

signals:
    void casesRequested(const QList<qint64> &caseIds, const QString &label);

private:
    void exportAs(const QString &suffix);

    QChartView *m_view;
    QLabel *m_hint;
};
