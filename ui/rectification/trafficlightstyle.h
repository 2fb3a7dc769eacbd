// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How 三色 looks wherever it is shown (case list, board, re-check view): colour, a round
// swatch icon and the translated name.
#include "domain/trafficlight.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class TrafficLightStyle {
    Q_DECLARE_TR_FUNCTIONS(TrafficLightStyle)
public:
    static QColor color(casereview::TrafficLight light);
    static QIcon icon(casereview::TrafficLight light);
    static QString name(casereview::TrafficLight light);  // 绿 / 黄 / 红 (Green / Yellow / Red)
};
