// SPDX-License-Identifier: GPL-3.0-or-later
// The block is read on the decision's lines joined with line breaks, spaces kept as one: a line
// break or a space ends a value as a label does, but no value needs one, so a decision written
// as one paragraph reads like the laid-out one. Labels are known by what they mean (the party,
// its code, its identity number, its address …), in the many ways agencies print them.
#include "partyblock.h"

#include <QRegularExpression>

namespace casereview {

namespace PartyBlock {
namespace {

constexpr Kind kKinds[] = {Kind::Other, Kind::Uscc, Kind::PersonId, Kind::Personal, Kind::Address,
                           Kind::LegalRep, Kind::Operator, Kind::Other, Kind::Name};

// One named group per entry of kKinds, tried in this order at each position: compound labels
// first, so 法定代表人身份证件号码 is not taken for 法定代表人, nor 主体资格证照名称 for 名称.
const QRegularExpression &labels()
{
    static const QString ord = QStringLiteral("(?:[一二三四五六七八九十1-9１-９]|[（(][一二三四五六七八九十1-9][）)])");
    static const QString sub = QStringLiteral(
        "(?:姓名或者单位名称|单位名称或者姓名|姓名或者名称|名称或者姓名|姓名或名称|名称或姓名|姓名[（(]名称[）)]|名称[（(]姓名[）)]"
        "|[（(](?:单位|个人|自然人|法人|组织|个体工商户|个体户|企业|公司|法人或者其他组织|公民)[）)](?:名称|姓名)?|单位名称|名称|姓名|全称)");
    static const QString groups[] = {
        QStringLiteral("(?:处罚机关|决定机关|执法机关|作出处罚决定的机关|数据来源单位|处罚单位)的?统一社会信用代码"
                       "|(?:法定代表人|负责人|经营者)(?:[（(]负责人[）)])?的?(?:身份证件|身份证|证件)(?:类型|名称|号码|号)?"
                       "|当事人的?基本情况|当事人信息|主体资格证照名称|证照名称|身份证件(?:类型|名称)|证件(?:类型|名称)|行政相对人类别"),
        QStringLiteral("(?:统一社会信用代码|纳税人识别号|行政相对人代码(?:_?[0-9])?)(?:[（(][^）)\\n]{0,12}[）)])?|社会信用代码|信用代码"),
        QStringLiteral("(?:居民)?身份证件?(?:号码|号)|公民身份(?:证)?号码|证件号码|身份证"),
        QStringLiteral("性别|出生(?:日期|年月日|年月|时间)?|民族|年龄"),
        QStringLiteral("住所[（(](?:住址|经营场所)[）)]|住所地|住所|家庭住址|现住址|住址|居住地|户籍地址|户籍地|注册地址|联系地址"
                       "|生产经营场所|经营场所|经营地址|营业场所|地址"),
        QStringLiteral("法定代表人[（(]负责人[）)]|法定代表人|主要负责人|负责人|投资人"),
        QStringLiteral("经营者姓名|经营者|业户姓名|业户|业主"),
        QStringLiteral("联系电话|电话|手机号码|手机|邮政编码|邮编|职务|职业|工作单位|联系人|企业类型|主体类型|登记机关|成立日期"
                       "|工商注册号|注册号|营业执照(?:注册)?号码?|营业执照|组织机构代码|许可证(?:编?号)?|违法行为类型|违法事实"
                       "|处罚依据|处罚类别|处罚内容|罚款金额|没收违法所得|处罚决定日期|决定日期|处罚机关|处罚有效期|公示截止期"
                       "|公示期限|数据来源单位|处罚决定书文号|决定书文号|文书号|文号|案由|案件名称"),
        QStringLiteral("(?:当事人|被处罚人|被处罚单位|被处罚主体|被处罚对象|受处罚人|受处罚单位|违法行为人|违法单位|纳税人|扣缴义务人|行政相对人)") + ord + QStringLiteral("?") + sub
            + QStringLiteral("?|第[一二三四五六七八九十]当事人|单位名称|企业名称|单位全称|商户名称|字号名称|个体工商户(?:字号|名称)|名称|姓名"),
    };
    static const QRegularExpression re([] {
        QStringList alts;
        for (size_t i = 0; i < std::size(groups); ++i)
            alts << QStringLiteral("(?<g%1>%2)").arg(i).arg(groups[i]);
        return alts.join(u'|');
    }());
    return re;
}

// The body begins: the account of the case, not the party any more.
const QRegularExpression &bodyStart()
{
    static const QRegularExpression re(QStringLiteral(
        "经查|经调查|查明|执法人员|立案|一案|审查终结|现场检查|进行检查|检查时|举报|投诉|你(?:单位|公司|店|厂)|本(?:局|机关|委|厅|队|府)"
        "|我(?:局|委|厅|队)|涉嫌|违反|上述事实|违法事实|依据《|根据《|现已"));
    return re;
}

bool isBoundary(QChar c)
{
    // 丨｜！ are what OCR makes of a table rule or a colon between two fields.
    static const QString marks = QStringLiteral("\n ，,；;。、：:（(）)|丨｜！!");
    return marks.contains(c);
}

// A table's column rule between a label and its value, as OCR reads it (丨 ｜ |), does a colon's work.
bool isColon(QChar c) { return c == u'：' || c == u':' || c == u'丨' || c == u'｜' || c == u'|'; }

// The decision's lines joined by line breaks, each run of spaces as one.
struct Joined {
    QString text;
    std::vector<qsizetype> starts;
    const PageLines *pl = nullptr;

    explicit Joined(const PageLines &lines) : pl(&lines)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        for (const PageLine &l : lines.lines()) {
            if (!text.isEmpty())
                text += u'\n';
            starts.push_back(text.size());
            text += QString(l.text).replace(spaces, QStringLiteral(" "));
        }
    }
    Evidence at(qsizetype pos, qsizetype length) const
    {
        const auto it = std::upper_bound(starts.begin(), starts.end(), pos);
        const size_t i = it == starts.begin() ? 0 : size_t(it - starts.begin() - 1);
        const PageLine &l = pl->lines()[i];
        if (l.text.size() <= 120)
            return {l.page, l.text};
        const qsizetype from = std::max(starts[i], pos - 12);
        return {l.page, text.mid(from, length + (pos - from) + 24).section(u'\n', 0, 0).trimmed()};
    }
};

// Where the party block may start: after the title (…决定书) and the number under it.
qsizetype blockStart(const QString &t)
{
    qsizetype start = 0;
    const qsizetype title = t.left(240).indexOf(u"决定书");
    if (title >= 0)
        start = title + 3;
    static const QRegularExpression number(QStringLiteral(
        "^[\\s\\S]{0,60}?[〔\\[【（(［]\\s*[0-9０-９]{4}\\s*[〕\\]】）)］]\\s*第?\\s*[0-9０-９]+\\s*号"));
    const auto m = number.match(QStringView(t).mid(start));
    if (m.hasMatch() && !m.captured(0).contains(u"当事人"))
        start += m.capturedEnd(0);
    return start;
}

// Where the legal form an organisation's name ends with begins (…有限责任公司, …合作社, …经营部),
// -1 when it ends otherwise. The leftmost match is the longest form.
qsizetype organisationFormAt(QStringView name)
{
    static const QRegularExpression form(QStringLiteral(
        "(?:股份有限公司|有限责任公司|有限公司|分公司|公司|专业合作社|合作社|经营部|门市部|服务部|营业部|服务中心|中心|商行|商店|工作室"
        "|事务所|研究所|医院|诊所|药房|药店|学校|幼儿园|酒店|宾馆|超市|饭店|餐厅|加工厂|厂)$"));
    const auto m = form.match(name);
    return m.hasMatch() ? m.capturedStart(0) : -1;
}

// A name whose line broke inside its legal form (…有限责任公 / 司, …合作 / 社), as a text layer cut at
// the page width has it: the next line's first characters complete the form. A break before or
// after the form is no wrap of the name (当事人：王五 / 场所…).
QString joinWrappedName(const QString &value)
{
    const qsizetype nl = value.indexOf(u'\n');
    if (nl <= 0)
        return value;
    const QString first = value.left(nl).trimmed();
    if (first.isEmpty() || organisationFormAt(first) >= 0)
        return value;
    qsizetype lead = nl + 1;
    while (lead < value.size() && lead - nl - 1 < 6 && value[lead].isLetter())
        ++lead;
    for (qsizetype k = lead - nl - 1; k >= 1; --k) {
        const QString joined = first + value.mid(nl + 1, k);
        const qsizetype at = organisationFormAt(joined);
        if (at >= 0 && at < first.size())
            return joined + value.mid(nl + 1 + k);
    }
    return value;
}

std::vector<Entry> scan(const Joined &j, qsizetype from, qsizetype to, bool withAddressee)
{
    const QString &t = j.text;
    struct Hit {
        Kind kind;
        qsizetype start, end, valueStart;
    };
    std::vector<Hit> hits;
    auto it = labels().globalMatch(t, from);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(0) >= to)
            break;
        size_t g = 0;
        while (g + 1 < std::size(kKinds) && !m.hasCaptured(QStringLiteral("g%1").arg(g)))
            ++g;
        const Kind kind = kKinds[g];
        const qsizetype s = m.capturedStart(0), e = m.capturedEnd(0);
        qsizetype v = e;
        while (v < t.size() && t[v] == u' ')
            ++v;
        const bool colon = v < t.size() && isColon(t[v]);
        const bool spaced = v > e || (e < t.size() && t[e] == u'\n');
        if (colon)
            ++v;
        while (v < t.size() && t[v].isSpace())
            ++v;
        const bool before = s == 0 || s == from || isBoundary(t[s - 1]);
        const QString label = m.captured(0);
        bool ok;
        if (kind == Kind::Name && (label == u"名称" || label == u"姓名"))
            ok = before && (colon || spaced);
        else if (kind == Kind::Name)
            ok = colon || spaced || ((s == from || (s > 0 && t[s - 1] == u'\n')) && e < t.size() && t[e].isLetter());
        else if (label.size() <= 3)
            ok = colon || (before && spaced);
        else
            ok = colon || spaced || before || (kind == Kind::Uscc && e < t.size() && t[e].isLetterOrNumber());
        if (ok)
            hits.push_back({kind, s, e, v});
    }
    std::vector<Entry> out;
    if (withAddressee && (hits.empty() || hits.front().kind != Kind::Name)) {
        // 某某有限公司： — the decision addressed to its party, before any label.
        qsizetype colon = from;
        while (colon < to && !isColon(t[colon]))
            ++colon;
        if (colon < to && (hits.empty() || hits.front().start > colon)) {
            const qsizetype lineStart = std::max(from, t.lastIndexOf(u'\n', colon) + 1);
            const QString name = cleanName(t.mid(lineStart, colon - lineStart));
            if (name.size() >= 2 && name.size() == t.mid(lineStart, colon - lineStart).trimmed().size())
                out.push_back({Kind::Name, QString(), name, j.at(lineStart, colon - lineStart)});
        }
    }
    for (size_t i = 0; i < hits.size(); ++i) {
        const Hit &h = hits[i];
        const qsizetype end = i + 1 < hits.size() ? hits[i + 1].start : std::min(to, t.size());
        QString value = end > h.valueStart ? t.mid(h.valueStart, end - h.valueStart) : QString();
        if (h.kind == Kind::Name) {
            value = cleanName(joinWrappedName(value));
            if (value.isEmpty())
                continue;
        } else {
            value = value.section(u'\n', 0, 0).trimmed();
            static const QRegularExpression trailing(QStringLiteral("[\\s，,；;。、（(]+$"));
            value.remove(trailing);
        }
        QString label = t.mid(h.start, h.end - h.start);
        label.remove(u' ');
        out.push_back({h.kind, label, value, j.at(h.start, std::max(end, h.valueStart) - h.start)});
    }
    return out;
}

} // namespace

QString cleanName(const QString &value)
{
    QString s = value;
    qsizetype i = 0;
    while (i < s.size() && !s[i].isLetterOrNumber())
        ++i;
    s = s.mid(i);
    static const QString stops = QStringLiteral("\n ，,；;。：:、|丨｜！!");
    static const QRegularExpression notName(QStringLiteral("[0-9０-９]|代码|信用|身份|简称|下称|个体|经营者|负责人|法定|住所|地址|电话|曾用名|原名|业主|男|女"));
    QString out;
    for (i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (stops.contains(c))
            break;
        if (c == u'（' || c == u'(') {
            const qsizetype close = s.indexOf(QRegularExpression(QStringLiteral("[）)]")), i + 1);
            const QString inside = close < 0 ? QString() : s.mid(i + 1, close - i - 1);
            const bool continues = close >= 0 && close + 1 < s.size() && s[close + 1].isLetter();
            if (close < 0 || !continues || inside.isEmpty() || inside.contains(notName) || inside.size() > 8)
                break;
            out += s.mid(i, close - i + 1);
            i = close;
            continue;
        }
        out += c;
    }
    while (!out.isEmpty() && !out.back().isLetterOrNumber() && out.back() != u'）' && out.back() != u')')
        out.chop(1);
    if (out.size() < 2 || out.size() > 60)
        return {};
    return out;
}

std::vector<Entry> read(const PageLines &pl)
{
    const Joined j(pl);
    const qsizetype from = blockStart(j.text);
    const auto body = bodyStart().match(j.text, from);
    const qsizetype to = std::min(body.hasMatch() ? body.capturedStart(0) : j.text.size(), from + 2000);
    return scan(j, from, to, true);
}

std::vector<Entry> namesAnywhere(const PageLines &pl)
{
    const Joined j(pl);
    std::vector<Entry> out;
    for (Entry &e : scan(j, 0, j.text.size(), false))
        if (!out.empty() || (e.kind == Kind::Name && e.label.size() > 2))
            out.push_back(std::move(e));
    return out;
}
} // namespace PartyBlock

} // namespace casereview
