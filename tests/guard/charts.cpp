#include <QtCharts/QChartView>
int probe();
