// SPDX-License-Identifier: GPL-3.0-or-later
// What the decision itself must say: the statutory contents (第59条), and a fine inside the
// range of the provision it cites (第5条, 第32条). The remedy notice is remedyrule.cpp.
#include "casefacts.h"
#include "partyfines.h"
#include "provisiontable.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

using namespace CaseFacts;

namespace {
struct Range {
    double min = 0;
    double max = 0;
    Evidence evidence;
};

const QString kAmount = QStringLiteral("((?:\\d[\\d,，]*(?:\\.\\d+)?\\s*万?)|[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)");

// A provision's higher tier applies only on its condition ("逾期未改正的，处五万元以上二十万元以下
// 的罚款"): a range preceded in its clause by such a condition counts only when the decision says,
// outside the quoted provision, that the condition was met.
bool conditionUnmet(const QString &t, qsizetype at)
{
    static const QRegularExpression condition(QStringLiteral(
        "(逾期未改正|逾期不改正|拒不改正|情节严重|造成严重后果|后果严重|情节特别严重|屡次|多次|再次)[^，；。]{0,12}的[，,]?\s*(?:并)?处?$"));
    qsizetype from = at;
    while (from > 0 && t[from - 1] != u'；' && t[from - 1] != u'。' && t[from - 1] != u'“' && at - from < 40)
        --from;
    const auto m = condition.match(QStringView(t).mid(from, at - from + 1));
    if (!m.hasMatch())
        return false;
    // Where the decision itself says so, outside any quotation of the provision.
    QString outside = t;
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
    outside.remove(quoted);
    qsizetype count = 0;
    for (qsizetype pos = outside.indexOf(m.captured(1)); pos >= 0; pos = outside.indexOf(m.captured(1), pos + 1))
        ++count;
    // The provision quoted without quotation marks still names the condition once.
    return count <= (outside.size() == t.size() ? 1 : 0);
}

std::vector<Range> citedRanges(const CaseView &v, const CaseDocument &doc)
{
    const QString t = v.text(doc);
    static const QRegularExpression both(QStringLiteral("处以?%1\\s*元?(?:以上|至)%1\\s*元?以下(?:的)?罚款").arg(kAmount));
    static const QRegularExpression upTo(QStringLiteral("处以?%1\\s*元?以下(?:的)?罚款").arg(kAmount));
    std::vector<Range> out;
    auto unit = [](QStringView s) { return s.endsWith(u'万') ? s.toString() : s.toString() + u'元'; };
    auto it = both.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        auto lo = TextScan::amount(unit(m.capturedView(1)));
        auto hi = TextScan::amount(unit(m.capturedView(2)));
        if (lo && hi && *hi >= *lo && !conditionUnmet(t, m.capturedStart()))
            out.push_back({*lo, *hi, v.evidence(doc, m.capturedStart(), m.capturedLength())});
    }
    // "处货值金额三倍以上五倍以下的罚款", "处合同价款百分之一以上百分之二以下的罚款": the range
    // follows from the base the decision states; without it the fine cannot be checked.
    static const QRegularExpression scaled(QStringLiteral(
        "处以?([\\x{4e00}-\\x{9fff}]{2,8}?)(?:的)?(%1)倍以上(%1)倍以下|处以?([\\x{4e00}-\\x{9fff}]{2,8}?)(?:的)?百分之(%1)以上百分之(%1)以下")
            .arg(QStringLiteral("[\\d.一二两三四五六七八九十]+")));
    auto it3 = scaled.globalMatch(t);
    while (it3.hasNext()) {
        const auto m = it3.next();
        const bool percent = !m.hasCaptured(1);
        const QString base = m.captured(percent ? 4 : 1);
        const double lo = TextScan::number(m.capturedView(percent ? 5 : 2));
        const double hi = TextScan::number(m.capturedView(percent ? 6 : 3));
        const double factor = percent ? 0.01 : 1.0;
        std::optional<double> baseAmount;
        const QRegularExpression baseRe(QRegularExpression::escape(base) + QStringLiteral("[^。；]{0,10}?") + kAmount + QStringLiteral("元"));
        for (const QString &source : {v.text(doc), t}) {
            auto bi = baseRe.globalMatch(source);
            while (!baseAmount && bi.hasNext()) {
                const auto b = bi.next();
                baseAmount = TextScan::amount(b.captured(1) + u'元');
            }
        }
        if (!baseAmount || lo < 0 || hi < lo) {
            out.push_back({-1, -1, v.evidence(doc, m.capturedStart(), m.capturedLength())});
            continue;
        }
        out.push_back({*baseAmount * lo * factor, *baseAmount * hi * factor, v.evidence(doc, m.capturedStart(), m.capturedLength())});
    }
    auto it2 = upTo.globalMatch(t);
    while (it2.hasNext()) {
        const auto m = it2.next();
        if (auto hi = TextScan::amount(unit(m.capturedView(1))); hi && !conditionUnmet(t, m.capturedStart()))
            out.push_back({0, *hi, v.evidence(doc, m.capturedStart(), m.capturedLength())});
    }
    return out;
}

std::optional<Evidence> mitigationGround(const CaseView &v)
{
    static const QRegularExpression re(QStringLiteral("减轻处罚|减轻行政处罚|予以减轻|从轻或者减轻|减轻罚款"));
    for (DocumentType type : {DocumentType::Decision, DocumentType::CollectiveDiscussion, DocumentType::InvestigationReport}) {
        for (const CaseDocument &d : v.ofType(type)) {
            const QString t = v.text(d);
            auto it = re.globalMatch(t);
            while (it.hasNext()) {
                const auto m = it.next();
                const QStringView before = QStringView(t).mid(std::max<qsizetype>(0, m.capturedStart() - 14),
                                                              std::min<qsizetype>(14, m.capturedStart()));
                if (before.contains(u"不能成为") || before.contains(u"不予") || before.contains(u"不符合") ||
                    before.contains(u"不得") || before.contains(u"不能"))
                    continue;
                return v.evidence(d, m.capturedStart(), m.capturedLength());
            }
        }
    }
    return std::nullopt;
}

// A decision against several parties states each one's address (第59条 names each party): the
// parties whose own block — from the name to the next party's — has no word of an address at
// all (号 alone is no address: 身份证号码).
// Only where every party's name is found in the head, in the order the fields give.
QStringList partiesWithoutAddress(const CaseView &v, QStringView head)
{
    const auto &parties = v.fields().parties;
    if (parties.size() < 2)
        return {};
    std::vector<qsizetype> at;
    for (const PartyRecord &p : parties) {
        const qsizetype from = at.empty() ? 0 : at.back() + 1;
        const qsizetype pos = p.name.value.isEmpty() ? -1 : head.indexOf(p.name.value, from);
        if (pos < 0)
            return {};
        at.push_back(pos);
    }
    static const QRegularExpression address(QStringLiteral("住|地址|场所|居住|户籍|[省市县区镇乡村路街巷弄]"));
    QStringList out;
    for (size_t i = 0; i < parties.size(); ++i) {
        const qsizetype from = at[i] + parties[i].name.value.size();
        const qsizetype to = i + 1 < at.size() ? at[i + 1] : head.size();
        if (!address.match(head.mid(from, to - from)).hasMatch())
            out << parties[i].name.value;
    }
    return out;
}

// The range the provision table gives for the provision the decision cites last before its
// decided part, for a person or an organisation.
std::optional<Range> tableRange(const CaseView &v, const CaseDocument &decision, bool person)
{
    const QString t = v.text(decision);
    static const QRegularExpression cite(QStringLiteral("(?:依据|根据|按照)[^。]{0,30}?《([^》]{2,40})》(第[零一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?)"));
    static const QRegularExpression section(QStringLiteral("(作出|给予)(如下|以下)[^。]{0,6}处罚|处罚如下|决定如下"));
    const auto s = section.match(t);
    const qsizetype limit = s.hasMatch() ? s.capturedStart() : t.size();
    std::optional<QRegularExpressionMatch> last;
    auto it = cite.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() < limit)
            last = m;
    }
    if (!last)
        return std::nullopt;
    const auto r = ProvisionTable::range(last->captured(1), last->captured(2), t, person);
    if (!r)
        return std::nullopt;
    return Range{r->min, r->max.value_or(1e15), v.evidence(decision, last->capturedStart(1) - 1, last->capturedLength(1) + last->capturedLength(2) + 2)};
}

// One party's fine against the ranges; the finding names the party where the decision has several
// (its key then carries the name, so each party's finding keeps its own reviewer decision).
void checkRange(const CaseView &v, const PartyFine &party, bool several, const std::vector<Range> &ranges, Findings &out)
{
    const double f = party.fine->yuan;
    const Range *nearest = nullptr;
    for (const Range &r : ranges)
        if (r.min < 0)
            return;  // a range scaled on a base the file does not state: not checkable
    for (const Range &r : ranges) {
        if (f >= r.min - 0.5 && f <= r.max + 0.5)
            return;
        if (!nearest)
            nearest = &r;
    }
    const QString range = nearest->min > 0 ? QStringLiteral("%1元至%2元").arg(yuan(nearest->min), yuan(nearest->max))
                                           : QStringLiteral("%1元以下").arg(yuan(nearest->max));
    const QString who = PartyFines::describe(party, several);
    const QString suffix = several && !party.name.isEmpty() ? QStringLiteral("|") + party.name : QString();
    if (f < nearest->min) {
        if (mitigationGround(v))
            return;
        out.push_back(RuleCatalogue::finding(
            "FINE_OUT_OF_RANGE",
            QStringLiteral("%1低于所引条款%2的下限，且未载明行政处罚法第三十二条规定的减轻处罚情节").arg(who, range),
            {party.fine->evidence, nearest->evidence}, QStringLiteral("below:%1").arg(yuan(f)) + suffix));
        return;
    }
    Finding finding = RuleCatalogue::finding("FINE_OUT_OF_RANGE", QStringLiteral("%1高于所引条款%2的上限").arg(who, range),
                                             {party.fine->evidence, nearest->evidence}, QStringLiteral("above:%1").arg(yuan(f)) + suffix);
    finding.severity = Severity::Veto;
    out.push_back(finding);
}
} // namespace

namespace Rules {
void decisionContents(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || !v.readable(*decision))
        return;
    const QString t = v.text(*decision);
    struct Element {
        const char16_t *pattern;
        const char16_t *name;
    };
    static const Element kElements[] = {
        {u"当事人|被处罚人|名称|姓名|：", u"当事人名称"},

        {u"经查|查明|违法事实|调查|检查发现", u"违法事实"},
        {u"证据|为证|证明|笔录", u"证据"},
        {u"依据|根据|按照", u"处罚依据"},
        {u"罚款|警告|没收|吊销|责令|通报批评|暂扣|降低|限制", u"处罚种类"},
    };
    QStringList missing;
    for (const Element &e : kElements)
        if (!QRegularExpression(QString::fromUtf16(e.pattern)).match(t).hasMatch())
            missing << QString::fromUtf16(e.name);
    // The party's address: a labelled address (住所：, 地址（住址）：, 经营场所：), or an address
    // word in the party block before the facts — not 经营场所 in the narrative of the violation.
    {
        static const QRegularExpression labelled(QStringLiteral(
            "(住所|地址|住址|经营场所|营业场所|经营地址|注册地址|居住地|联系地址|住所地)(（[^）]{0,10}）)?[：:]|住(所|址)(位于|在|为)"));
        static const QRegularExpression facts(QStringLiteral("经查|查明|违法事实|经调查|现查明"));
        const auto f = facts.match(t);
        const QStringView head = QStringView(t).left(f.hasMatch() ? f.capturedStart() : std::min<qsizetype>(t.size(), 300));
        const bool inHead = head.contains(u"住所") || head.contains(u"地址") || head.contains(u"住址");
        if (!labelled.match(t).hasMatch() && !inHead)
            missing.insert(std::min<qsizetype>(1, missing.size()), QStringLiteral("当事人地址"));
        else
            for (const QString &name : partiesWithoutAddress(v, head))
                missing.insert(std::min<qsizetype>(1, missing.size()), QStringLiteral("当事人地址（%1）").arg(name));
    }
    // The manner and deadline of performance: a sentence that tells how or by when to pay or
    // perform — not only the surcharge or enforcement that follows a failure to pay.
    {
        static const QRegularExpression perform(QStringLiteral("缴纳|交纳|缴至|缴清|缴款|缴入|履行|执行完毕|自觉执行"));
        static const QRegularExpression consequence(QStringLiteral("加处|逾期不|到期不|强制执行|不停止|期满不"));
        bool told = false;
        auto it = perform.globalMatch(t);
        while (!told && it.hasNext()) {
            const auto m = it.next();
            const QStringView sentence = sentenceAt(t, m.capturedStart());
            // "本案已履行事先告知程序" performs a procedure, not the penalty.
            static const QRegularExpression object(QStringLiteral("罚款|罚没|本决定|处罚决定|义务|银行|缴款|账户|财政"));
            told = (!consequence.match(sentence).hasMatch() || !TextScan::periods(sentence).empty()) &&
                   !sentence.contains(u"程序") && object.match(sentence).hasMatch();
        }
        if (!told)
            missing << QStringLiteral("履行方式和期限");
    }
    if (TextScan::dates(t).empty())
        missing << QStringLiteral("作出决定的日期");
    if (missing.isEmpty())
        return;
    Finding f = RuleCatalogue::finding("DECISION_CONTENTS_MISSING",
                                       QStringLiteral("决定书缺少法定记载事项：%1").arg(missing.join(QStringLiteral("、"))),
                                       {v.pageEvidence(*decision)}, missing.join(QLatin1Char('|')));
    if (const int page = v.doubtfulPageOf(*decision))
        f = RuleCatalogue::unverified(f, page, QStringLiteral("识别置信度低，可能有整行文字未识别出"));
    out.push_back(f);
}

void fineRange(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return;
    const std::vector<PartyFine> parties = PartyFines::of(v);
    const bool several = parties.size() > 1;
    std::vector<Range> cited = citedRanges(v, *decision);
    for (DocumentType type : {DocumentType::PriorNotice, DocumentType::InvestigationReport})
        if (cited.empty())
            if (const auto d = v.first(type))
                cited = citedRanges(v, *d);
    for (const PartyFine &party : parties) {
        if (!party.fine)
            continue;
        std::vector<Range> ranges = cited;
        if (ranges.empty()) {
            // "依据《X法》第N条第M款的规定" without the range: the provision table knows it, for
            // this party's kind.
            if (const auto r = tableRange(v, *decision, party.person))
                ranges.push_back(*r);
            else
                continue;
        }
        checkRange(v, party, several, ranges, out);
    }
}
} // namespace Rules

} // namespace casereview
