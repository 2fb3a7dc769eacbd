// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include <QDateTime>
#include <QLocale>

namespace casereview {

namespace ReportText {
QString number(double v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString percent(double fraction) { return QString::number(fraction * 100, 'f', 1) + u'%'; }

QString date(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString isoDate(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (dt.isValid())
        return date(dt.toLocalTime().date());
    return date(QDate::fromString(iso.left(10), Qt::ISODate));
}

QString verdict(const std::optional<Verdict> &v)
{
    if (!v)
        return QStringLiteral("未评");
    switch (*v) {
    case Verdict::Pass: return QStringLiteral("符合");
    case Verdict::Deduct: return QStringLiteral("扣分");
    case Verdict::NotApplicable: return QStringLiteral("不适用");
    case Verdict::Fail: return QStringLiteral("不符合");
    }
    return {};
}

QString status(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Draft: return QStringLiteral("草稿");
    case ReviewStatus::Submitted: return QStringLiteral("已提交（未签署）");
    case ReviewStatus::Signed: return QStringLiteral("已签署");
    }
    return {};
}

QString yuan(const std::optional<double> &amount)
{
    if (!amount)
        return {};
    return QStringLiteral("罚款 %1 元").arg(QLocale::c().toString(*amount, 'f', *amount == qint64(*amount) ? 0 : 2));
}
} // namespace ReportText

} // namespace casereview
