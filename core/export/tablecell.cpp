// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecell.h"

#include <QDate>
#include <QDateTime>

namespace casereview {

namespace TableCell {
QString text(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    bool ok = false;
    switch (type) {
    case ColumnType::Text:
        break;
    case ColumnType::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        if (ok)
            return QString::number(n);
        break;
    }
    case ColumnType::Decimal: {
        const double d = value.toDouble(&ok);
        if (ok)
            return QString::number(d, 'g', 15);
        break;
    }
    case ColumnType::Percent: {
        const double d = value.toDouble(&ok);
        if (ok)
            return QString::number(d * 100, 'f', 1) + u'%';
        break;
    }
    case ColumnType::Date:
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        if (value.metaType().id() == QMetaType::QDateTime)
            return value.toDateTime().date().toString(Qt::ISODate);
        break;
    }
    return value.toString();
}

int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    return w;
}
} // namespace TableCell

} // namespace casereview
