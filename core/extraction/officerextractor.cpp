// SPDX-License-Identifier: GPL-3.0-or-later
// Names and certificate numbers are tokenised from the listing, then paired by position.
#include "officerextractor.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace OfficerExtractor {
namespace {

struct Token {
    bool cert = false;
    QString text;
};

const QRegularExpression &roleLabel()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:执法人员|检查人员?|检查人|询问人员?|调查人员?|办案人员|承办人员?|执法检查人员)"
        "(?:姓名)?(?:及|和|、)?(?:其?执法证(?:件)?(?:号码?|编号)?|证件号码?|证号)?[：:]"));
    return re;
}

const QRegularExpression &certLabel()
{
    static const QRegularExpression re(
        QStringLiteral("(?:行政)?执法(?:证件?|资格证)(?:号码?|编号)?|证件号码?|证号|编号"));
    return re;
}

// Another field starts: "记录人：", "被检查人：", "检查地点：" …
const QRegularExpression &nextField()
{
    static const QRegularExpression re(QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]{2,7}\\s*[：:]"));
    return re;
}

std::vector<Token> tokenize(QString region)
{
    region.replace(certLabel(), QStringLiteral(" "));
    static const QRegularExpression tok(
        QStringLiteral("([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]?[A-Za-z]{0,3}[0-9][0-9A-Za-z\\-]{4,})|([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}·]{2,})"));
    static const QRegularExpression notName(QStringLiteral("^(?:执法|人员|执法人员|姓名|签名|无|等|同志|以上|以下|号码)$"));
    // A certificate's province prefix written against the name, as OCR leaves it once the
    // space is gone: 姜静浙02548901 is 姜静 + 浙02548901.
    const QString &provinces = provinceAbbreviations();
    std::vector<Token> out;
    auto it = tok.globalMatch(region);
    qsizetype nameEnd = -1;
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1)) {
            QString cert = m.captured(1);
            if (m.capturedStart(1) == nameEnd && cert.front().isDigit() && !out.empty() && !out.back().cert
                && out.back().text.size() >= 3 && provinces.contains(out.back().text.back())) {
                cert.prepend(out.back().text.back());
                out.back().text.chop(1);
            }
            out.push_back({true, cert});
        } else {
            nameEnd = m.capturedEnd(2);
            const QString name = m.captured(2);
            if (name.size() >= 2 && name.size() <= 4 && !notName.match(name).hasMatch())
                out.push_back({false, name});
        }
    }
    return out;
}

std::vector<std::pair<QString, QString>> pair(const std::vector<Token> &tokens)
{
    std::vector<std::pair<QString, QString>> out;
    size_t names = 0, certs = 0;
    bool namesFirst = true;
    bool seenCert = false;
    for (const Token &t : tokens) {
        if (t.cert) {
            ++certs;
            seenCert = true;
        } else {
            ++names;
            if (seenCert)
                namesFirst = false;
        }
    }
    if (namesFirst && certs > 1 && certs == names) {
        size_t c = 0;
        for (const Token &t : tokens)
            if (!t.cert)
                out.push_back({t.text, QString()});
        for (const Token &t : tokens)
            if (t.cert && c < out.size())
                out[c++].second = t.text;
        return out;
    }
    for (const Token &t : tokens) {
        if (!t.cert)
            out.push_back({t.text, QString()});
        else if (!out.empty() && out.back().second.isEmpty())
            out.back().second = t.text;
    }
    return out;
}

void add(std::vector<Officer> &out, const std::vector<std::pair<QString, QString>> &found, int page)
{
    for (const auto &[name, cert] : found) {
        auto same = std::find_if(out.begin(), out.end(), [&](const Officer &o) { return o.name == name; });
        if (same == out.end())
            out.push_back({name, cert, page});
        else if (same->certNo.isEmpty())
            same->certNo = cert;
    }
}

} // namespace

const QString &provinceAbbreviations()
{
    static const QString provinces = QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    return provinces;
}

std::vector<Officer> fromRecord(const PageLines &record)
{
    std::vector<Officer> out;
    const auto &lines = record.lines();
    for (size_t i = 0; i < lines.size(); ++i) {
        // A speck before the label (OCR: ":执法人员:") is not part of the line.
        auto fromLetter = [](const QString &s) {
            qsizetype k = 0;
            while (k < s.size() && !s[k].isLetterOrNumber())
                ++k;
            return s.mid(k);
        };
        const QString c = fromLetter(lines[i].compact);
        if (c.contains(u"签名") || c.contains(u"签字"))
            continue;
        const auto label = roleLabel().match(c);
        if (label.hasMatch()) {
            const QString text = fromLetter(lines[i].text);
            const qsizetype colon = text.indexOf(QRegularExpression(QStringLiteral("[：:]")));
            QString region = text.mid(colon + 1);
            // A number field may follow the names on the same line: keep "执法证号：", cut other fields.
            qsizetype from = 0;
            while (true) {
                const auto f = nextField().match(region, from);
                if (!f.hasMatch())
                    break;
                const QString word = f.captured(0);
                if (certLabel().match(word).hasMatch()) {
                    from = f.capturedEnd(0);
                    continue;
                }
                region.truncate(f.capturedStart(0));
                break;
            }
            static const QRegularExpression numbersLine(QStringLiteral("^(?:其?执法证(?:件)?(?:号码?|编号)?|证件号码?|证号)[：:]"));
            if (i + 1 < lines.size() && numbersLine.match(lines[i + 1].compact).hasMatch())
                region += u' ' + lines[++i].text;
            add(out, pair(tokenize(region)), lines[i].page);
            continue;
        }
        // A form's cell: the label with the names and numbers beside it and no colon.
        static const QRegularExpression bareLabel(
            QStringLiteral("^(?:执法人员|检查人员?|询问人员?|调查人员?|办案人员|承办人员?)\\s+(\\S.*)$"));
        if (const auto m = bareLabel.match(fromLetter(lines[i].text)); m.hasMatch() && !c.contains(u'：') && !c.contains(u':')) {
            const auto found = pair(tokenize(m.captured(1)));
            if (std::any_of(found.begin(), found.end(), [](const auto &f) { return !f.second.isEmpty(); })) {
                add(out, found, lines[i].page);
                continue;
            }
        }
        const bool tableHeader = !c.contains(u'：') && !c.contains(u':')
            && (c.startsWith(u"执法人员") || c.startsWith(u"检查人员") || c.startsWith(u"姓名"))
            && certLabel().match(c).hasMatch();
        if (tableHeader) {
            std::vector<std::pair<QString, QString>> rows;
            for (size_t j = i + 1; j < lines.size(); ++j) {
                const QString &row = lines[j].compact;
                if (row.contains(u'：') || row.contains(u':') || row.size() > 40)
                    break;
                const auto found = pair(tokenize(lines[j].text));
                rows.insert(rows.end(), found.begin(), found.end());
            }
            add(out, rows, lines[i].page);
        }
    }
    return out;
}
} // namespace OfficerExtractor

} // namespace casereview
