// SPDX-License-Identifier: GPL-3.0-or-later
// FROZEN at schema 8: OcrCleanup::clean as it was when step 8 (uncertain OCR values) was
// released, for that step's own use: it tells which OCR lines the clean-up repaired. Never
// edit: the live clean-up in core/ocr goes on improving; this copy keeps an old store upgrading
// the same way.
#include "schemav8ocrcleanup.h"

#include "schemav8numbers.h"

#include <QRegularExpression>
#include <QStringList>

namespace casereview {

namespace {
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20) || (u >= 0xFF3B && u <= 0xFF40)
        || (u >= 0xFF5B && u <= 0xFF65) || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019;
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

QChar widthFolded(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

// Characters that OCR confuses with digits or separators, and what they mean between digits.
QChar betweenDigits(QChar c)
{
    switch (c.unicode()) {
    case u'O': case u'o': case u'〇': case u'Q': return QLatin1Char('0');
    case u'l': case u'I': case u'|': return QLatin1Char('1');
    case u'一': case u'—': case u'－': case u'–': return QLatin1Char('-');
    case u'。': case u'．': return QLatin1Char('.');
    case u'，': return QLatin1Char(',');
    default: return QChar();
    }
}

// Chinese text takes full-width punctuation; OCR gives the ASCII marks. After a Chinese
// character, : , ; ? ! are the full-width ones (当事人： not 当事人:), which the extraction
// and diagnosis rules of printed files look for.
QString fullWidthPunctuation(QString s)
{
    for (qsizetype i = 1; i < s.size(); ++i) {
        qsizetype p = i - 1;
        while (p > 0 && s[p] == u' ')
            --p;
        const QChar prev = s[p];
        if (!(prev.unicode() >= 0x3400 && prev.unicode() <= 0x9FFF))
            continue;
        switch (s[i].unicode()) {
        case u':': s[i] = u'：'; break;
        case u',': s[i] = u'，'; break;
        case u';': s[i] = u'；'; break;
        case u'?': s[i] = u'？'; break;
        case u'!': s[i] = u'！'; break;
        default: break;
        }
    }
    return s;
}

QString dropSpacesBesideChinese(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(' ') || c == QChar(0x3000) || c == QLatin1Char('\t')) {
            qsizetype j = i;
            while (j < text.size() && (text[j] == QLatin1Char(' ') || text[j] == QChar(0x3000) || text[j] == QLatin1Char('\t')))
                ++j;
            const bool atEdge = out.isEmpty() || j >= text.size() || text[j] == QLatin1Char('\n') || out.back() == QLatin1Char('\n');
            if (!atEdge && !isCjk(out.back()) && !isCjk(text[j]))
                out += QLatin1Char(' ');
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}
// Document numbers put the year in brackets (〔〕 by GB/T 9704; some agencies print [] or
// （）). OCR keeps a matching pair as printed but often breaks one: 罚决字[2023]】第350号.
// A broken pair (mixed kinds, or a doubled closer) becomes the standard 〔〕.
QString repairYearBrackets(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "([\\[【(（〔［])\\s*((?:19|20)\\d\\d)\\s*([\\]】)）〕］]{1,2})(?=\\s*第?\\s*\\d)"));
    auto family = [](QChar c) {
        switch (c.unicode()) {
        case u'[': case u']': case u'［': case u'］': return 1;
        case u'【': case u'】': return 2;
        case u'(': case u')': case u'（': case u'）': return 3;
        default: return 4;  // 〔 〕
        }
    };
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString open = m.captured(1), close = m.captured(3);
        const bool broken = close.size() > 1 || family(open.at(0)) != family(close.at(0));
        out += text.mid(last, m.capturedStart() - last);
        out += broken ? QStringLiteral("〔%1〕").arg(m.captured(2)) : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

// Dates are where OCR noise costs most, and a seal stamped over the signature date adds to
// it. Inside something that is already a date (a year, 年, a month, 月) the characters 年, 月
// and 日 are sure, so their look-alikes can be put right there and nowhere else.
QString repairDates(QString s)
{
    // A year whose leading 2 was lost or read as S/Z (a seal's ring runs through it): 023年8月.
    static const QRegularExpression lostTwo(QStringLiteral(
        "(?<![0-9])[SZz乙己]?0(\\d\\d年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\\d|3[01])[日曰目月晶白臼囗口])"));
    s.replace(lostTwo, QStringLiteral("20\\1"));
    // A stray mark between the year and its 年 (2025人年3月): a seal edge or a speck.
    static const QRegularExpression stray(QStringLiteral("((?:19|20)\\d\\d)[^\\d\\s年月日\\n]年(\\d{1,2}月)"));
    s.replace(stray, QStringLiteral("\\1年\\2"));
    // 年 read as 牟 or 午, 月 as 目 or 冃, between a year and a month / a month and a day.
    static const QRegularExpression year(QStringLiteral("((?:19|20)\\d\\d)\\s*[牟午]\\s*(\\d{1,2})\\s*([月目冃])"));
    s.replace(year, QStringLiteral("\\1年\\2\\3"));
    static const QRegularExpression month(QStringLiteral("((?:19|20)\\d\\d年\\d{1,2})[目冃](\\d{1,2}[日曰])"));
    s.replace(month, QStringLiteral("\\1月\\2"));
    // Periods in days (六十日内, 十五日起): 日 read as 目 or 曰, 十 as 士, between numerals.
    static const QRegularExpression tenLike(QStringLiteral("(?<=[一二三四五六七八九])士(?=[一二三四五六七八九]?[日天])"));
    s.replace(tenLike, QStringLiteral("十"));
    static const QRegularExpression days(QStringLiteral("([一二三四五六七八九十百]+)[目曰](?=内|起|以内|之内|后)"));
    s.replace(days, QStringLiteral("\\1日"));
    // The day's 日 read as a look-alike (曰 目 月 晶 白 臼 囗 口), or lost at the end of a line.
    static const QRegularExpression day(QStringLiteral(
        "((?:19|20)\\d\\d年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\\d|3[01]))(?:[曰目月晶白臼囗口]|(?=[ \\t]*$)(?![ \\t]*\\n[0-9日号]))"),
        QRegularExpression::MultilineOption);
    s.replace(day, QStringLiteral("\\1日"));
    return s;
}

// A date numeral as OCR may read it (Chinese or Arabic); only used on a signature date line.
QChar dateNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("〇一二三四五六七八九十");
    if (numerals.contains(c) || (c >= u'0' && c <= u'9'))
        return c;
    switch (c.unicode()) {
    case u'○': case u'◯': case u'O': case u'o': case u'Q': case u'D': case u'C': case u'W': case u'口':
        return u'〇';
    case u'-': case u'—': case u'_': case u'‐': case u'–':
        return u'一';
    case u'关': case u'方': case u'穴':
        return u'六';
    case u'必': case u'丸':
        return u'九';
    default:
        return QChar();
    }
}

bool isNoise(QChar c) { return !c.isLetterOrNumber(); }

// Signature dates are where the seal sits, and come out as 二OO二四年九月十有, 所〇二五年三月六展
// or 鳌23年4月18司. On a short line holding only such a date, the numerals are read through
// their look-alikes, the year's leading 二〇 / 20 (every case file is from this century) is
// taken as printed, any one character after the day as its 日, and the line becomes the date.
QString repairDateLine(const QString &line, const QString &next)
{
    QString t;
    for (QChar c : line)
        if (!c.isSpace())
            t += c;
    while (!t.isEmpty() && isNoise(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && isNoise(t.back()))
        t.chop(1);
    const qsizetype y = t.indexOf(u'年');
    const qsizetype m = y < 0 ? -1 : t.indexOf(u'月', y);
    // A labelled date (送达日期：…) is a field, not a signature line: left as read.
    if (t.size() > 18 || y < 2 || y > 7 || m < 0 || m - y > 3 || t.contains(u'：') || t.contains(u':'))
        return line;
    // More than the year's own characters before 年: a speckled line, whose end may carry a
    // speck after the day's 日 as well (NVSe023年5月5鲜效).
    const bool speckled = y > 4;
    if (const auto dates = SchemaV8Numbers::dates(t); dates.size() == 1 && dates.front().length == t.size())
        return line;  // already a clean date
    auto numerals = [](QStringView part, QString &out) {
        for (QChar c : part) {
            const QChar n = dateNumeral(c);
            if (!n.isNull())
                out += n;
            else if (!isNoise(c))
                return false;
        }
        return !out.isEmpty();
    };
    const QChar y1 = dateNumeral(t[y - 2]), y2 = dateNumeral(t[y - 1]);
    if (y1.isNull() || y2.isNull() || y1 == u'十' || y2 == u'十')
        return line;
    const bool arabic = y1.isDigit() && y2.isDigit() && y1.unicode() < 0x80;
    QString year = (arabic ? QStringLiteral("20") : QStringLiteral("二〇")) + y1 + y2;
    QString month, day;
    QStringView rest = QStringView(t).mid(m + 1);
    int chopped = 0;
    while (rest.size() >= 2 && chopped < (speckled ? 2 : 1) && dateNumeral(rest.back()).isNull() && !isNoise(rest.back()))
        rest.chop(1), ++chopped;  // the day's 日, however it was read
    if (chopped > 0)
        ;
    else if (!next.isEmpty() && (next.front().isDigit() || next.front() == u'日' || next.front() == u'号'))
        return line;  // the date goes on on the next line
    if (!numerals(QStringView(t).mid(y + 1, m - y - 1), month) || !numerals(rest, day))
        return line;
    const QString date = year + u'年' + month + u'月' + day + u'日';
    const auto parsed = SchemaV8Numbers::dates(date);
    if (parsed.size() != 1 || parsed.front().length != date.size())
        return line;
    return date;
}

// Amounts in capitals (壹万肆仟元整): OCR reads 仟 and 佰 as other characters with the same
// 亻 radical (什 任 仔 侍, 伯). Between two capital numerals, or a numeral and 元/万, they
// can only be 仟 and 佰.
QString repairCapitalAmounts(QString s)
{
    static const QString capitals = QStringLiteral("零壹贰叁肆伍陆柒捌玖拾佰仟万亿");
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        const bool thousand = u == u'什' || u == u'任' || u == u'仔' || u == u'侍';
        const bool hundred = u == u'伯';
        if (!thousand && !hundred)
            continue;
        if (capitals.contains(s[i - 1]) && s[i - 1] != u'万' && (capitals.contains(s[i + 1]) || s[i + 1] == u'元'))
            s[i] = thousand ? u'仟' : u'佰';
    }
    return s;
}
} // namespace

namespace SchemaV8OcrCleanup {
QString clean(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        s += widthFolded(c);
    s = dropSpacesBesideChinese(fullWidthPunctuation(s));
    // Look-alikes count as digits or separators only when a digit stands on both sides
    // (after earlier fixes), e.g. 2O25 → 2025, 2025一03一05 → 2025-03-05, 5O,OOO → 50,000.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 1; i + 1 < s.size(); ++i) {
            const QChar fix = betweenDigits(s[i]);
            if (fix.isNull() || !isDigit(s[i - 1]))
                continue;
            qsizetype j = i + 1;
            // A run of look-alike zeros (5OOO) ends in a digit or a unit.
            while (j < s.size() && fix == QLatin1Char('0') && betweenDigits(s[j]) == QLatin1Char('0'))
                ++j;
            const bool digitAfter = j < s.size() && isDigit(s[j]);
            const bool zeroRunBeforeUnit = fix == QLatin1Char('0') && j < s.size()
                && (s[j] == u'元' || s[j] == u'万' || s[j] == u'年' || s[j] == u'月' || s[j] == u'日' || s[j] == u'号');
            if (!digitAfter && !zeroRunBeforeUnit)
                continue;
            for (qsizetype k = i; k < j; ++k)
                s[k] = fix;
        }
    }
    s = repairCapitalAmounts(repairDates(repairYearBrackets(s)));
    QStringList lines = s.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(u'年') && lines[i].contains(u'月'))
            lines[i] = repairDateLine(lines[i], i + 1 < lines.size() ? lines[i + 1].trimmed() : QString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace SchemaV8OcrCleanup

} // namespace casereview
