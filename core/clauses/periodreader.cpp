// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodreader.h"

#include <QRegularExpression>

namespace casereview {

namespace PeriodReader {
namespace {
int digitValue(QChar c)
{
    static const QString kSmall = QStringLiteral("〇一二三四五六七八九");
    static const QString kCapital = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c == u'零' || c == u'○' || c == u'O' || c == u'Ｏ')
        return 0;
    if (c == u'两' || c == u'俩')
        return 2;
    const int i = kSmall.indexOf(c);
    return i >= 0 ? i : kCapital.indexOf(c);
}

int unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    default: return 0;
    }
}

const QString &numeralClass()
{
    static const QString s = QStringLiteral("0-9〇零○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟");
    return s;
}
} // namespace

int number(QStringView token)
{
    QString s;
    for (QChar c : token)
        if (!c.isSpace())
            s.append(c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19 ? QChar(char16_t(c.unicode() - 0xFEE0)) : c);
    if (s.isEmpty() || s.size() > 8)
        return -1;
    bool arabic = true;
    for (QChar c : s)
        arabic = arabic && c >= u'0' && c <= u'9';
    if (arabic)
        return s.toInt();
    int total = 0;
    int pending = -1;
    for (QChar c : s) {
        if (const int u = unitValue(c)) {
            total += (pending < 0 ? 1 : pending) * u;
            pending = -1;
            continue;
        }
        const int d = digitValue(c);
        if (d < 0)
            return -1;
        pending = pending < 0 ? d : pending * 10 + d;
    }
    return total + std::max(pending, 0);
}

std::vector<Period> find(QStringView text)
{
    // A number (spaces allowed inside: "六 十"), its figures restated in brackets as some notices
    // do ("十五（15）日": the written number is the one read), optional 个, a unit; 半年 / 半个月
    // stand alone.
    static const QRegularExpression re(QStringLiteral(
        "(半|[%1](?:[ ]?[%1]){0,5})(?:[ ]?[（(][ ]?[0-9０-９]{1,4}[ ]?[）)])?[ ]?(个)?[ ]?(工作日|日历日|自然日|日|天|月|年)(?:[ ]?(以内|之内|内|期限内|期间内))?")
                                           .arg(numeralClass()));
    std::vector<Period> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart();
        // The character before, spaces skipped: "2024 年 3 月 5 日" is a date however it is spaced.
        qsizetype b = at;
        while (b > 0 && text[b - 1] == u' ')
            --b;
        const QChar before = b > 0 ? text[b - 1] : QChar();
        // The day or month of a date (2024年3月5日, 3月), a time (9时), an ordinal (第五日).
        if (before == u'年' || before == u'月' || before == u'第' || before == u'.' || before == u'-' || before == u'/')
            continue;
        if (before.isDigit())
            continue;
        const QStringView unitText = m.capturedView(3);
        const bool ge = m.hasCaptured(2);
        Period p;
        p.start = at;
        p.length = m.capturedEnd(3) - at;
        p.within = m.hasCaptured(4);
        const QStringView num = m.capturedView(1);
        if (num == u"半") {
            if (unitText == u"年")
                p.unit = Unit::Month, p.value = 6;
            else if (unitText == u"月" && ge)
                p.unit = Unit::Day, p.value = 15;
            else
                continue;
        } else {
            p.value = number(num);
            if (p.value <= 0)
                continue;
            if (unitText == u"工作日")
                p.unit = Unit::WorkingDay;
            else if (unitText == u"年") {
                // "2024年" is a year; a period of years is small and said with 内 ("一年内").
                if (p.value > 20 || (!p.within && !ge))
                    continue;
                p.unit = Unit::Year;
            } else if (unitText == u"月") {
                // "3月" is a calendar month unless said as a length: 六个月 / 三月内.
                if (!ge && !p.within)
                    continue;
                p.unit = Unit::Month;
            } else {
                p.unit = Unit::Day;
                // "5日" right after a month is a date; "2024年3月5日" was excluded above. A bare
                // day number followed by a time of day is a date too ("5日9时").
                const QStringView after = text.mid(m.capturedEnd(3), 1);
                if (!p.within && (after == u"上" || after == u"下" || (!after.isEmpty() && after.front().isDigit())))
                    continue;
            }
        }
        out.push_back(p);
    }
    return out;
}

QString describe(const Period &p)
{
    switch (p.unit) {
    case Unit::Day: return QStringLiteral("%1日").arg(p.value);
    case Unit::WorkingDay: return QStringLiteral("%1个工作日").arg(p.value);
    case Unit::Month: return QStringLiteral("%1个月").arg(p.value);
    case Unit::Year: return QStringLiteral("%1年").arg(p.value);
    }
    return {};
}
} // namespace PeriodReader

} // namespace casereview
