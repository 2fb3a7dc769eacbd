// SPDX-License-Identifier: GPL-3.0-or-later
// Date recognition works on a copy of the text normalised one character for one, so match
// positions are positions in the original text.
#include "chinesedate.h"

#include <QRegularExpression>
#include <algorithm>
#include <QString>

namespace casereview {

namespace ChineseDate {
namespace {

QChar normalise(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u'0' + (u - 0xFF10));
    switch (u) {
    case 0xFF0E: return QChar(u'.');
    case 0xFF0D: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return QChar(u'-');
    case 0xFF0F: return QChar(u'/');
    case 0x3000: case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0x202F:
        return QChar(u' ');
    case 0x25CB: case 0x039F: case 0x041E: case 0x004F: case 0x006F: case 0xFF2F: case 0xFF4F: case 0x25EF:
        return QChar(u'〇');
    case u'零': return QChar(u'〇');
    default: return c;
    }
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const qsizetype i = digits.indexOf(c);
    if (i >= 0)
        return int(i);
    if (c == u'两')
        return 2;
    if (c.isDigit())
        return c.digitValue();
    return -1;
}

// "2025" / "二〇二五": digit by digit.
int digitString(QStringView s)
{
    int v = 0;
    for (QChar c : s) {
        const int d = chineseDigit(c);
        if (d < 0)
            return -1;
        v = v * 10 + d;
    }
    return v;
}

// "5", "05", "十五", "二十五", "廿五", "卅一", "三十".
int smallNumber(QStringView s)
{
    if (s.isEmpty())
        return -1;
    int tens = -1;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'十') {
            tens = i == 0 ? 1 : digitString(s.left(i));
            break;
        }
        if (c == u'廿' || c == u'卅') {
            if (i != 0)
                return -1;
            tens = c == u'廿' ? 2 : 3;
            break;
        }
    }
    if (tens < 0)
        return digitString(s);
    if (tens > 9)
        return -1;
    const QStringView rest = s.mid(i + 1);
    if (rest.isEmpty())
        return tens * 10;
    const int units = digitString(rest);
    return units < 0 || units > 9 ? -1 : tens * 10 + units;
}

const QRegularExpression &cjkForm()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9〇一二三四五六七八九])([0-9〇一二三四五六七八九]{4})\\s*年\\s*"
        "([0-9]{1,2}|[〇一二三四五六七八九十]{1,3})\\s*月\\s*"
        "([0-9]{1,2}|[〇一二三四五六七八九十廿卅]{1,4})\\s*[日号]"));
    return re;
}

const QRegularExpression &separatedForm()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9.\\-/])([0-9]{4})\\s*([.\\-/])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})(?![0-9])(?!\\.[0-9])"));
    return re;
}

QDate makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2199)
        return {};
    return QDate(y, m, d);
}

} // namespace

std::vector<Match> findAll(QStringView text)
{
    QString norm(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        norm[i] = normalise(text[i]);

    std::vector<Match> out;
    auto it = cjkForm().globalMatch(norm);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d = makeDate(digitString(m.capturedView(1)), smallNumber(m.capturedView(2)),
                                 smallNumber(m.capturedView(3)));
        if (d.isValid())
            out.push_back({d, m.capturedStart(0), m.capturedLength(0)});
    }
    auto it2 = separatedForm().globalMatch(norm);
    while (it2.hasNext()) {
        const auto m = it2.next();
        const QDate d = makeDate(m.capturedView(1).toInt(), m.capturedView(3).toInt(), m.capturedView(4).toInt());
        if (d.isValid())
            out.push_back({d, m.capturedStart(0), m.capturedLength(0)});
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}

std::optional<QDate> parse(QStringView text)
{
    const auto all = findAll(text);
    if (all.empty())
        return std::nullopt;
    return all.front().date;
}
bool isDateLine(QStringView compact)
{
    const auto all = findAll(compact);
    return all.size() == 1 && all.front().length >= compact.size() - 1;
}

std::optional<Parts> damagedLine(QStringView compact)
{
    // A date line is at most a 4-character year, 2-character month and 3-character day with
    // their markers, give or take a misread or two.
    if (compact.size() > 16)
        return std::nullopt;
    const qsizetype y = compact.indexOf(u'年');
    const qsizetype m = compact.indexOf(u'月', y + 1);
    if (y < 0 || m < 0 || y > 6 || m - y > 4)
        return std::nullopt;
    QString norm(compact.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < compact.size(); ++i)
        norm[i] = normalise(compact[i]);
    // Specks and quote marks around the line are not part of it.
    auto trimmed = [](QStringView s) {
        while (!s.isEmpty() && !s.front().isLetterOrNumber())
            s = s.mid(1);
        while (!s.isEmpty() && !s.back().isLetterOrNumber())
            s.chop(1);
        return s;
    };
    const QStringView all(norm);
    QStringView dayText = all.mid(m + 1);
    for (qsizetype i = 0; i < dayText.size(); ++i)
        if (dayText[i] == u'日' || dayText[i] == u'号') {
            dayText = dayText.left(i);
            break;
        }
    const QStringView yearText = trimmed(all.left(y));
    Parts p;
    if (yearText.size() == 4)
        p.year = std::max(0, digitString(yearText));
    p.month = std::max(0, smallNumber(trimmed(all.mid(y + 1, m - y - 1))));
    p.day = std::max(0, smallNumber(trimmed(dayText)));
    if (p.year < 1900 || p.year > 2199)
        p.year = 0;
    if (p.month > 12)
        p.month = 0;
    if (p.day > 31)
        p.day = 0;
    return p;
}
} // namespace ChineseDate

} // namespace casereview
