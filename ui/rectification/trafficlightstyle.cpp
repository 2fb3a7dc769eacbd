// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlightstyle.h"

#include <QPainter>
#include <QPixmap>

using namespace casereview;

QColor TrafficLightStyle::color(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green: return QColor(0x2e, 0x9d, 0x48);
    case TrafficLight::Yellow: return QColor(0xe0, 0xa8, 0x00);
    case TrafficLight::Red: return QColor(0xd0, 0x30, 0x30);
    }
    return {};
}

QIcon TrafficLightStyle::icon(TrafficLight light)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color(light).darker(130));
    p.setBrush(color(light));
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pm);
}

QString TrafficLightStyle::name(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green: return tr("Green");
    case TrafficLight::Yellow: return tr("Yellow");
    case TrafficLight::Red: return tr("Red");
    }
    return {};
}
