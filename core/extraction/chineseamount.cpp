// SPDX-License-Identifier: GPL-3.0-or-later
// Arabic amounts need a unit (元, 万元) or a currency sign; capital-numeral amounts need 元/圆;
// Arabic digits with Chinese units (2万5千元) are read as one amount.
#include "chineseamount.h"

#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <cmath>

namespace casereview {

namespace ChineseAmount {
namespace {

QChar normalise(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u'0' + (u - 0xFF10));
    switch (u) {
    case 0xFF0E: return QChar(u'.');
    case 0xFF0C: return QChar(u',');
    case 0x3000: return QChar(u' ');
    case 0x00A5: return QChar(0xFFE5);
    case u'圆': return QChar(u'元');
    default: return c;
    }
}

int capitalDigit(QChar c)
{
    static const QString upper = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString lower = QStringLiteral("〇一二三四五六七八九");
    qsizetype i = upper.indexOf(c);
    if (i < 0)
        i = lower.indexOf(c);
    if (i >= 0)
        return int(i);
    if (c == u'两' || c == u'貳' || c == u'贰')
        return 2;
    if (c == u'参' || c == u'叁')
        return 3;
    if (c == u'陸')
        return 6;
    return -1;
}

int unitOf(QChar c)
{
    switch (c.unicode()) {
    case u'拾': case u'十': return 10;
    case u'佰': case u'百': return 100;
    case u'仟': case u'千': return 1000;
    default: return 0;
    }
}

// "贰拾壹万伍仟" -> 215000; -1 when the text is not a numeral.
double capitalValue(QStringView s)
{
    double total = 0;
    double section = 0;
    double digit = -1;
    bool any = false;
    for (QChar c : s) {
        const int d = capitalDigit(c);
        if (d >= 0) {
            digit = d;
            any = true;
            continue;
        }
        if (const int u = unitOf(c)) {
            section += (digit < 0 ? 1 : digit) * u;
            digit = -1;
            any = true;
            continue;
        }
        if (c == u'万' || c == u'萬' || c == u'亿') {
            const double scale = c == u'亿' ? 1e8 : 1e4;
            section += digit < 0 ? 0 : digit;
            total = (total + section) * scale;
            section = 0;
            digit = -1;
            continue;
        }
        return -1;
    }
    if (!any)
        return -1;
    return total + section + (digit < 0 ? 0 : digit);
}

const QRegularExpression &arabicForm()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:(?:人民币|RMB)\\s*)?(?:￥\\s*)?(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*(万|千)?\\s*元"));
    return re;
}

const QRegularExpression &signForm()
{
    static const QRegularExpression re(
        QStringLiteral("￥\\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?(?![0-9]*\\s*(?:万|千)?\\s*元)"));
    return re;
}

const QRegularExpression &capitalForm()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:人民币\\s*)?([零〇壹贰貳叁参肆伍陆陸柒捌玖一二两三四五六七八九拾十佰百仟千万萬亿]+)\\s*元"
        "(?:\\s*([零〇壹贰貳叁参肆伍陆陸柒捌玖一二两三四五六七八九])角)?"
        "(?:\\s*零?\\s*([壹贰貳叁参肆伍陆陸柒捌玖一二两三四五六七八九])分)?(?:\\s*整)?"));
    return re;
}

// Arabic digits with Chinese units, "2万5千" or "1万2千5百": each number times its unit.
const QRegularExpression &mixedForm()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:(?:人民币|RMB)\\s*)?(?<![0-9.,])((?:[0-9]+\\s*[万千仟百佰]\\s*){2,}(?:零?\\s*[0-9]+)?|[0-9]+\\s*万\\s*零?\\s*[0-9]+)\\s*元"));
    return re;
}

double mixedValue(QStringView s)
{
    double total = 0, section = 0, number = 0;
    for (QChar c : s) {
        if (c.isDigit()) {
            number = number * 10 + c.digitValue();
        } else if (c == u'万') {
            total = (total + section + number) * 1e4;
            section = number = 0;
        } else if (const int u = unitOf(c)) {
            section += number * u;
            number = 0;
        }
    }
    return total + section + number;
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }

} // namespace

std::vector<Match> findAll(QStringView text)
{
    QString norm(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        norm[i] = normalise(text[i]);

    std::vector<Match> out;
    auto it = arabicForm().globalMatch(norm);
    while (it.hasNext()) {
        const auto m = it.next();
        QString digits = m.captured(1);
        digits.remove(u',');
        double v = (digits + m.captured(2)).toDouble();
        if (m.captured(3) == u"万")
            v *= 1e4;
        else if (m.captured(3) == u"千")
            v *= 1e3;
        out.push_back({round2(v), m.capturedStart(0), m.capturedLength(0)});
    }
    auto it2 = signForm().globalMatch(norm);
    while (it2.hasNext()) {
        const auto m = it2.next();
        QString digits = m.captured(1);
        digits.remove(u',');
        out.push_back({round2((digits + m.captured(2)).toDouble()), m.capturedStart(0), m.capturedLength(0)});
    }
    auto it3 = capitalForm().globalMatch(norm);
    while (it3.hasNext()) {
        const auto m = it3.next();
        const double whole = capitalValue(m.capturedView(1));
        if (whole < 0)
            continue;
        double v = whole;
        if (m.capturedLength(2))
            v += capitalDigit(m.captured(2).at(0)) / 10.0;
        if (m.capturedLength(3))
            v += capitalDigit(m.captured(3).at(0)) / 100.0;
        out.push_back({round2(v), m.capturedStart(0), m.capturedLength(0)});
    }
    // A mixed amount holds shorter ones ("5千元" in "2万5千元"): it replaces them.
    auto it4 = mixedForm().globalMatch(norm);
    while (it4.hasNext()) {
        const auto m = it4.next();
        const qsizetype a = m.capturedStart(0), b = m.capturedEnd(0);
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Match &x) { return x.start >= a && x.start + x.length <= b; }),
                  out.end());
        out.push_back({round2(mixedValue(m.capturedView(1))), a, b - a});
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}

std::optional<double> parse(QStringView text)
{
    const auto all = findAll(text);
    if (all.empty())
        return std::nullopt;
    return all.front().yuan;
}
} // namespace ChineseAmount

} // namespace casereview
