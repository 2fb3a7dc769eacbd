// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the dashboard figures (core/analytics) into QtCharts charts on their cards: bars for
// grades, agencies, dimensions and sections, a Pareto (bars and cumulative line) of problems
// and the rectification trend. Clicking a bar or a point asks for the cases behind it.
#include "analytics/dashboardanalytics.h"
#include "analytics/rectificationtrend.h"

#include <QCoreApplication>
#include <QColor>

class ChartCard;
class QChart;

class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static void grades(ChartCard *card, const std::vector<casereview::ChartBar> &bars);
    static void scoreByAgency(ChartCard *card, const std::vector<casereview::ChartBar> &bars);
    static void dimensions(ChartCard *card, const std::vector<casereview::ChartBar> &bars);
    static void sections(ChartCard *card, const std::vector<casereview::ChartBar> &bars);
    static void pareto(ChartCard *card, const std::vector<casereview::ChartBar> &bars, int top = 10);
    static void trend(ChartCard *card, const std::vector<casereview::RectificationTrendPoint> &points);

    static QString shortLabel(const QString &label, int chars);

private:
    struct BarStyle {
        QString title;
        QString valueTitle;
        QColor color;
        bool horizontal = false;
        double max = 0;  // 0: from the data
        int labelChars = 12;
        int decimals = 0;
    };
    static QChart *barChart(ChartCard *card, const std::vector<casereview::ChartBar> &bars, const BarStyle &style);
};
