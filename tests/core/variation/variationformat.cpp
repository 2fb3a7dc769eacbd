// SPDX-License-Identifier: GPL-3.0-or-later
// Number, date, period and amount forms for the variation suite (see variationformat.h). Written
// from the conventions of Chinese official documents, not from any sample's text.
#include "variationformat.h"

#include <QStringList>

namespace VariationFormat {
namespace {
const QString kDigits = QStringLiteral("〇一二三四五六七八九");
const QString kCapital = QStringLiteral("零壹贰叁肆伍陆柒捌玖");

QString digitByDigit(int n, bool ling)
{
    QString out;
    for (QChar c : QString::number(n))
        out += (ling && c == u'0') ? QChar(u'零') : kDigits.at(c.digitValue());
    return out;
}

// 1..9999 in capital numerals, with 零 for inner gaps.
QString capitalSection(int n)
{
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    QString out;
    bool zero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int p = 1;
        for (int i = 0; i < pos; ++i)
            p *= 10;
        const int d = (n / p) % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += u'零';
        zero = false;
        out += kCapital.at(d) + units[pos];
    }
    return out;
}

QString grouped(qint64 v)
{
    QString s = QString::number(v);
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, u',');
    return s;
}
} // namespace

QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += (c.unicode() >= 0x21 && c.unicode() <= 0x7e) ? QChar(char16_t(c.unicode() + 0xfee0)) : c;
    return out;
}

QString chineseNumber(int n)
{
    if (n == 0)
        return QStringLiteral("零");
    if (n < 10)
        return kDigits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(kDigits.at(n % 10)) : QString());
    if (n < 100)
        return kDigits.at(n / 10) + QStringLiteral("十") + (n % 10 ? QString(kDigits.at(n % 10)) : QString());
    if (n < 1000) {
        QString s = kDigits.at(n / 100) + QStringLiteral("百");
        const int r = n % 100;
        if (r == 0)
            return s;
        if (r < 10)
            return s + QStringLiteral("零") + kDigits.at(r);
        return s + (r < 20 ? QStringLiteral("一") + chineseNumber(r) : chineseNumber(r));
    }
    if (n < 10000) {
        QString s = kDigits.at(n / 1000) + QStringLiteral("千");
        const int r = n % 1000;
        if (r == 0)
            return s;
        return s + (r < 100 ? QStringLiteral("零") : QString()) + (r >= 10 && r < 20 ? QStringLiteral("一") : QString()) + chineseNumber(r);
    }
    const int r = n % 10000;
    QString s = chineseNumber(n / 10000) + QStringLiteral("万");
    if (r == 0)
        return s;
    return s + (r < 1000 ? QStringLiteral("零") : QString()) + (r >= 10 && r < 20 ? QStringLiteral("一") : QString()) + chineseNumber(r);
}

QString capitalYuan(qint64 yuan)
{
    QString out;
    const int wan = int(yuan / 10000), rest = int(yuan % 10000);
    if (wan > 0)
        out += capitalSection(wan) + QStringLiteral("万");
    if (rest > 0)
        out += (wan > 0 && rest < 1000 ? QStringLiteral("零") : QString()) + capitalSection(rest);
    if (out.isEmpty())
        out = QStringLiteral("零");
    return out + QStringLiteral("元整");
}

QString date(QDate d, int form)
{
    const int y = d.year(), m = d.month(), day = d.day();
    switch (form) {
    case 1:
    case 2:
        return digitByDigit(y, form == 2) + QStringLiteral("年") + chineseNumber(m) + QStringLiteral("月") + chineseNumber(day) + QStringLiteral("日");
    case 3:
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    case 4:
        return QStringLiteral("%1.%2.%3").arg(y).arg(m).arg(day);
    case 5:
        return QStringLiteral("%1 年 %2 月 %3 日").arg(y).arg(m).arg(day);
    case 6:
        return d.toString(QStringLiteral("yyyy年MM月dd日"));
    case 7:
        return fullWidth(QString::number(y)) + u'年' + fullWidth(QString::number(m)) + u'月' + fullWidth(QString::number(day)) + u'日';
    case 8:  // the year's zeros typed as WHITE CIRCLE, as word processors often do
        return digitByDigit(y, false).replace(u'〇', QChar(0x25CB)) + QStringLiteral("年") + chineseNumber(m) + QStringLiteral("月") +
               chineseNumber(day) + QStringLiteral("日");
    case 9:
        return QStringLiteral("%1/%2/%3").arg(y).arg(m).arg(day);
    default:
        return QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(day);
    }
}

namespace {
QString periodNumber(int n, int form)
{
    switch (form) {
    case 1:
        return QString::number(n);
    case 3:
        return fullWidth(QString::number(n));
    case 4:
        return QString::number(n) + u' ';
    case 5:
        return chineseNumber(n) + QStringLiteral("（%1）").arg(n);
    default:
        return chineseNumber(n);
    }
}
} // namespace

QString days(int n, int form, bool working)
{
    const QString num = periodNumber(n, form);
    if (working)
        return num + QStringLiteral("个工作日");
    return num + (form == 2 ? QStringLiteral("天") : QStringLiteral("日"));
}

QString months(int n, int form)
{
    const QString num = periodNumber(n, form);
    return num + QStringLiteral("个月");
}

QString amount(double yuan, int form)
{
    const qint64 v = qRound64(yuan);
    switch (form) {
    case 1:
        if (v % 10000 == 0)
            return QStringLiteral("%1万元").arg(v / 10000);
        if (v % 1000 == 0)
            return QStringLiteral("%1万元").arg(double(v) / 10000.0, 0, 'f', 1);
        return QStringLiteral("%1元").arg(v);
    case 2:
        return QStringLiteral("人民币") + capitalYuan(v);
    case 3:
        return QStringLiteral("￥%1.00").arg(grouped(v));
    case 4:
        return QStringLiteral("人民币%1（￥%2.00）").arg(capitalYuan(v)).arg(v);
    case 5:
        return QStringLiteral("人民币%1元").arg(v);
    case 6:
        return QStringLiteral("%1（%2元）").arg(capitalYuan(v)).arg(v);
    case 7:
        return grouped(v) + u'元';
    case 8:
        return QStringLiteral("人民币%1（%2.00元）").arg(capitalYuan(v)).arg(v);
    default:
        return QStringLiteral("%1元").arg(v);
    }
}

QString range(double min, double max, int form)
{
    auto one = [&](double v) {
        const qint64 y = qRound64(v);
        if (form == 2 || y % 10000 != 0)
            return form == 0 ? chineseNumber(int(y)) + u'元' : QString::number(y) + u'元';
        return (form == 0 ? chineseNumber(int(y / 10000)) : QString::number(y / 10000)) + QStringLiteral("万元");
    };
    const QString of = form == 3 ? QStringLiteral("的") : QString();
    if (min <= 0)
        return QStringLiteral("处%1以下%2罚款").arg(one(max), of);
    return QStringLiteral("处%1以上%2以下%3罚款").arg(one(min), one(max), of);
}
} // namespace VariationFormat
