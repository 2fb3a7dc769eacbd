// SPDX-License-Identifier: GPL-3.0-or-later
// The party: a 统一社会信用代码 with a valid check character, the same in every document, and
// the same name across filing form, records, notice and decision (第59条第1款第1项).
#include "casefacts.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>
#include <map>

namespace casereview {

using namespace CaseFacts;

namespace {
const QString kUsccChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QChar expectedCheck(const QString &code)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = int(kUsccChars.indexOf(code.at(i)));
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    return kUsccChars.at((31 - sum % 31) % 31);
}

struct Occurrence {
    QString value;
    Evidence evidence;
    DocumentType type;
};

std::vector<Occurrence> usccOccurrences(const CaseView &v)
{
    static const QRegularExpression re(QStringLiteral("(?:统一社会信用代码|信用代码|社会信用代码)[^0-9A-Z]{0,8}([0-9A-Z]{18})(?![0-9A-Z])"));
    std::vector<Occurrence> out;
    for (const CaseDocument &d : v.documents()) {
        const QString t = v.text(d);
        auto it = re.globalMatch(t);
        while (it.hasNext()) {
            const auto m = it.next();
            out.push_back({m.captured(1), v.evidence(d, m.capturedStart(1), m.capturedLength(1)), d.type});
        }
    }
    return out;
}

const QString kOrgSuffix = QStringLiteral("有限责任公司|股份有限公司|有限公司|公司|分公司|厂|店|中心|合作社|商行|经营部|门市部|工作室|酒店|超市|医院|诊所|学校|研究所|事务所");

std::vector<Occurrence> partyNames(const CaseView &v)
{
    static const QRegularExpression re(QStringLiteral("(?:当事人|被检查人|被处罚人|受送达人|被询问单位|单位名称)[：:\\s]\\s*"
                                                      "([\\x{4e00}-\\x{9fff}（）()]{2,40}?(?:%1))").arg(kOrgSuffix));
    std::vector<Occurrence> out;
    for (const CaseDocument &d : v.documents()) {
        if (d.type == DocumentType::Other || d.type == DocumentType::PaymentReceipt)
            continue;
        const QString t = v.text(d);
        const auto m = re.match(t);
        if (m.hasMatch())
            out.push_back({m.captured(1), v.evidence(d, m.capturedStart(1), m.capturedLength(1)), d.type});
    }
    return out;
}
} // namespace

namespace Rules {
void usccValid(const RuleContext &c, Findings &out)
{
    const auto occurrences = usccOccurrences(c.view);
    for (const Occurrence &o : occurrences) {
        const QChar expected = expectedCheck(o.value);
        if (expected.isNull() || expected == o.value.back())
            continue;
        out.push_back(RuleCatalogue::finding(
            "USCC_INVALID",
            QStringLiteral("%1中统一社会信用代码%2校验位为%3，按GB 32100-2015应为%4").arg(documentTypeTitle(o.type), o.value).arg(o.value.back()).arg(expected),
            {o.evidence}, o.value));
        return;
    }
    std::map<QString, Occurrence> distinct;
    for (const Occurrence &o : occurrences)
        distinct.emplace(o.value, o);
    if (distinct.size() < 2)
        return;
    const Occurrence &a = distinct.begin()->second;
    const Occurrence &b = std::next(distinct.begin())->second;
    out.push_back(RuleCatalogue::finding(
        "USCC_INVALID",
        QStringLiteral("统一社会信用代码前后不一致：%1为%2，%3为%4").arg(documentTypeTitle(a.type), a.value, documentTypeTitle(b.type), b.value),
        {a.evidence, b.evidence}, a.value + QLatin1Char('|') + b.value));
}

void partyConsistent(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto names = partyNames(v);
    if (names.size() < 2)
        return;
    for (const CaseDocument &d : v.documents()) {
        const QString t = v.text(d);
        if (t.contains(QStringLiteral("名称变更")) || t.contains(QStringLiteral("更名为")) || t.contains(QStringLiteral("原名")))
            return;
    }
    auto norm = [](QString s) { return s.replace(u'(', u'（').replace(u')', u'）'); };
    const Occurrence *reference = &names.front();
    for (const Occurrence &o : names)
        if (o.type == DocumentType::Decision)
            reference = &o;
    for (const Occurrence &o : names) {
        if (norm(o.value) == norm(reference->value))
            continue;
        if (norm(o.value).contains(norm(reference->value)) || norm(reference->value).contains(norm(o.value)))
            continue;
        out.push_back(RuleCatalogue::finding(
            "PARTY_INCONSISTENT",
            QStringLiteral("当事人名称前后不一致：%1为「%2」，%3为「%4」").arg(documentTypeTitle(reference->type), reference->value,
                                                                               documentTypeTitle(o.type), o.value),
            {reference->evidence, o.evidence}, o.value));
        return;
    }
}
} // namespace Rules

} // namespace casereview
