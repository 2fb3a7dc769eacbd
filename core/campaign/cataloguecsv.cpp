// SPDX-License-Identifier: GPL-3.0-or-later
// Catalogue CSV: encoding detection (UTF-8, else GB18030 through ICU or glibc iconv), RFC 4180
// records, header mapping and per-row validation with the row named in every error.
#include "cataloguecsv.h"

#include "campaignerror.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <iconv.h>

namespace casereview {

namespace {
// glibc's iconv, for Qt builds without ICU (QStringDecoder then knows only UTF and Latin-1).
std::optional<QString> iconvGb18030(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray in = bytes;
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *src = in.data();
    char *dst = out.data();
    size_t srcLeft = size_t(in.size()), dstLeft = size_t(out.size());
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (rc == size_t(-1) || srcLeft != 0)
        return std::nullopt;
    return QString::fromUtf8(out.constData(), out.size() - qsizetype(dstLeft));
}

struct ColumnName {
    const char *key;
    QStringList names;
    bool required;
};

const std::vector<ColumnName> &columnNames()
{
    static const std::vector<ColumnName> list{
        {"agency", {QStringLiteral("agency"), QStringLiteral("机关"), QStringLiteral("执法机关"), QStringLiteral("行政机关")}, true},
        {"case_no", {QStringLiteral("case_no"), QStringLiteral("案号"), QStringLiteral("文号")}, true},
        {"case_type", {QStringLiteral("case_type"), QStringLiteral("案件类型")}, true},
        {"decision_date", {QStringLiteral("decision_date"), QStringLiteral("决定日期")}, true},
        {"amount", {QStringLiteral("amount"), QStringLiteral("罚款"), QStringLiteral("罚款金额")}, false},
        {"flags", {QStringLiteral("flags"), QStringLiteral("标记")}, false},
    };
    return list;
}

CampaignError bad(const QString &message) { return CampaignError(CampaignError::Kind::BadCatalogue, message); }

QString clean(const QString &s)
{
    QString t = s;
    t.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return t.trimmed();
}
} // namespace

CatalogueCsv::Decoded CatalogueCsv::decode(const QByteArray &raw)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError())
        return {asUtf8, QStringLiteral("UTF-8")};
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString text = gb.decode(bytes);
        if (!gb.hasError())
            return {text, QStringLiteral("GB18030")};
    } else if (auto text = iconvGb18030(bytes)) {
        return {*text, QStringLiteral("GB18030")};
    }
    throw bad(QStringLiteral("the catalogue is neither UTF-8 nor GBK/GB18030 text; save it from Excel as CSV"));
}

std::vector<std::pair<int, QStringList>> CatalogueCsv::records(const QString &text)
{
    std::vector<std::pair<int, QStringList>> out;
    QStringList fields;
    QString field;
    bool quoted = false, any = false;
    int record = 1;
    auto endRecord = [&] {
        fields << field;
        const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty() && !any;
        if (!blank)
            out.emplace_back(record, fields);
        ++record;
        fields.clear();
        field.clear();
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty() || any)
        endRecord();
    return out;
}

std::optional<QString> CatalogueCsv::canonicalDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? std::optional(d.toString(Qt::ISODate)) : std::nullopt;
}

std::optional<QString> CatalogueCsv::canonicalAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QStringLiteral("元")).remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    QString frac = m.captured(2);
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
}

std::vector<PopulationMember> CatalogueCsv::parse(const QByteArray &bytes)
{
    const auto recs = records(decode(bytes).text);
    if (recs.empty())
        throw bad(QStringLiteral("the catalogue is empty"));
    const QStringList header = recs.front().second;
    QHash<QString, int> at;
    for (int i = 0; i < header.size(); ++i)
        for (const ColumnName &c : columnNames())
            if (c.names.contains(header[i].trimmed(), Qt::CaseInsensitive) && !at.contains(QLatin1String(c.key)))
                at.insert(QLatin1String(c.key), i);
    QStringList missing;
    for (const ColumnName &c : columnNames())
        if (c.required && !at.contains(QLatin1String(c.key)))
            missing << QStringLiteral("%1/%2").arg(QLatin1String(c.key), c.names.at(1));
    if (!missing.isEmpty())
        throw bad(QStringLiteral("the catalogue has no column %1 (row 1 is the header)").arg(missing.join(QStringLiteral(", "))));

    std::vector<PopulationMember> out;
    QHash<QString, int> seen;  // case number → row
    for (size_t r = 1; r < recs.size(); ++r) {
        const int row = recs[r].first;
        const QStringList &f = recs[r].second;
        auto value = [&](const char *key) { return at.contains(QLatin1String(key)) ? clean(f.value(at.value(QLatin1String(key)))) : QString(); };
        PopulationMember m;
        m.catalogueRow = row;
        m.agency = value("agency");
        m.caseNo = value("case_no");
        m.caseType = value("case_type");
        if (m.caseNo.isEmpty())
            throw bad(QStringLiteral("row %1: no case number (案号)").arg(row));
        if (m.agency.isEmpty())
            throw bad(QStringLiteral("row %1 (%2): no agency (机关)").arg(row).arg(m.caseNo));
        if (const int first = seen.value(m.caseNo); first)
            throw bad(QStringLiteral("rows %1 and %2 have the same case number %3").arg(first).arg(row).arg(m.caseNo));
        seen.insert(m.caseNo, row);
        if (const QString d = value("decision_date"); !d.isEmpty()) {
            const auto iso = canonicalDate(d);
            if (!iso)
                throw bad(QStringLiteral("row %1 (%2): decision date '%3' is not a date (YYYY-MM-DD)").arg(row).arg(m.caseNo, d));
            m.decisionDate = *iso;
        }
        if (const QString a = value("amount"); !a.isEmpty()) {
            const auto amount = canonicalAmount(a);
            if (!amount)
                throw bad(QStringLiteral("row %1 (%2): amount '%3' is not a number of yuan").arg(row).arg(m.caseNo, a));
            m.amount = *amount;
        }
        QSet<QString> flags;
        for (const QString &flag : value("flags").split(QRegularExpression(QStringLiteral("[;；]")), Qt::SkipEmptyParts))
            if (!flag.trimmed().isEmpty())
                flags.insert(flag.trimmed());
        m.flags = QStringList(flags.begin(), flags.end());
        m.flags.sort();
        m.key = m.caseNo;
        out.push_back(std::move(m));
    }
    if (out.empty())
        throw bad(QStringLiteral("the catalogue has a header but no rows"));
    return out;
}

} // namespace casereview
