// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscan.h"

#include "extraction/chineseamount.h"
#include "extraction/chinesedate.h"

#include <QRegularExpression>

namespace casereview {

namespace {
int digitValue(QChar c)
{
    static const QString kSmall = QStringLiteral("〇一二三四五六七八九");
    static const QString kCapital = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    if (c.isDigit())
        return c.digitValue();
    if (c == u'零' || c == u'○' || c == u'O')
        return 0;
    if (c == u'两')
        return 2;
    int i = kSmall.indexOf(c);
    if (i >= 0)
        return i;
    i = kCapital.indexOf(c);
    return i;
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

// Chinese numeral below 10^4 ("三千五百", "二十", "十五"); also digit strings.
double smallNumber(QStringView s, bool *ok)
{
    *ok = !s.isEmpty();
    double total = 0;
    int pending = -1;
    for (QChar c : s) {
        const int u = unitValue(c);
        if (u) {
            total += (pending < 0 ? 1 : pending) * u;
            pending = -1;
        } else {
            const int d = digitValue(c);
            if (d < 0) {
                *ok = false;
                return 0;
            }
            pending = pending < 0 ? d : pending * 10 + d;
        }
    }
    if (pending >= 0)
        total += pending;
    return total;
}

double chineseAmount(QStringView s, bool *ok)
{
    *ok = true;
    double total = 0;
    qsizetype from = 0;
    for (const auto &[unit, factor] : {std::pair{u'亿', 1e8}, std::pair{u'万', 1e4}}) {
        const qsizetype at = s.indexOf(QChar(unit), from);
        if (at < 0)
            continue;
        bool part = false;
        const double v = at == from ? 1 : smallNumber(s.mid(from, at - from), &part);
        if (at != from && !part) {
            *ok = false;
            return 0;
        }
        total += v * factor;
        from = at + 1;
    }
    if (from < s.size()) {
        bool part = false;
        const double v = smallNumber(s.mid(from), &part);
        if (!part) {
            *ok = false;
            return 0;
        }
        total += v;
    }
    return total;
}

const QString kCnDigits = QStringLiteral("〇零○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟");
} // namespace

namespace TextScan {
QString flatten(const QString &pageText)
{
    QString out;
    out.reserve(pageText.size());
    const auto lines = QStringView(pageText).split(u'\n');
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{3000}]+"));
    for (QStringView line : lines) {
        QString l = line.trimmed().toString();
        l.replace(spaces, QStringLiteral(" "));
        out += l;
    }
    return out;
}

int number(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return -1;
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n;
    const double v = smallNumber(s, &ok);
    return ok ? int(v) : -1;
}

std::vector<DateHit> dates(QStringView text)
{
    std::vector<DateHit> out;
    for (const auto &m : ChineseDate::findAll(text))
        out.push_back({m.date, m.start, m.length});
    return out;
}

std::optional<double> amount(QStringView token)
{
    QString t = token.toString();
    t.remove(u',').remove(u'，').remove(QStringLiteral("人民币")).remove(u'整').remove(u'正');
    if (t.endsWith(u'元'))
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;
    double factor = 1;
    if (t.endsWith(u'万') && t.size() > 1 && (t.at(t.size() - 2).isDigit() || t.at(t.size() - 2) == u'.')) {
        factor = 1e4;
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok)
        return v * factor;
    const double c = chineseAmount(t, &ok);
    if (ok)
        return c * factor;
    return std::nullopt;
}

std::vector<AmountHit> amounts(QStringView text)
{
    std::vector<AmountHit> out;
    for (const auto &m : ChineseAmount::findAll(text))
        out.push_back({m.yuan, m.start, m.length});
    return out;
}

std::vector<Period> periods(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("([\\d%1]{1,4})\\s*(?:个)?\\s*(工作日|日|天|个月|月)").arg(kCnDigits));
    std::vector<Period> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = number(m.capturedView(1));
        if (n <= 0)
            continue;
        const QStringView unit = m.capturedView(2);
        if (m.capturedStart() > 0 && (text[m.capturedStart() - 1] == u'月' || text[m.capturedStart() - 1] == u'年'))
            continue;  // the day of a date ("3月5日"), not a period
        const bool months = unit.endsWith(u'月');
        if (months && !m.capturedView().contains(u'个') && unit == u"月")
            continue;  // "3月" is a calendar month, not a period
        out.push_back({n, unit == u"工作日", months, m.capturedStart(), m.capturedLength()});
    }
    return out;
}

QString snippet(QStringView text, qsizetype start, qsizetype length, int context)
{
    const qsizetype from = std::max<qsizetype>(0, start - context);
    const qsizetype to = std::min<qsizetype>(text.size(), start + length + context);
    return text.mid(from, to - from).toString().trimmed();
}

bool negatedBefore(QStringView text, qsizetype pos, int window)
{
    const QStringView before = text.mid(std::max<qsizetype>(0, pos - window), std::min<qsizetype>(pos, window));
    for (const char16_t *neg : {u"未", u"不", u"没有", u"无"})
        if (before.contains(QStringView(neg)))
            return true;
    return false;
}
} // namespace TextScan

} // namespace casereview
