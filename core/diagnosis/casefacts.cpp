// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefacts.h"
#include "partyfines.h"

#include <QRegularExpression>

namespace casereview {

namespace CaseFacts {
std::optional<AmountFact> fine(const CaseView &v)
{
    if (v.fields().fineAmount && v.fields().fineAmount->yuan > 0)
        return AmountFact{v.fields().fineAmount->yuan, v.fields().fineAmount->evidence};
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return std::nullopt;
    const QString t = v.text(*decision);
    static const QRegularExpression re(QStringLiteral("罚款[：:]?\\s*(?:共计|合计)?\\s*(?:人民币)?\\s*$"));
    for (const auto &a : TextScan::amounts(t)) {
        const QStringView before = QStringView(t).mid(std::max<qsizetype>(0, a.start - 8), std::min<qsizetype>(8, a.start));
        if (re.match(before).hasMatch() && a.yuan > 0)
            return AmountFact{a.yuan, v.evidence(*decision, a.start, a.length)};
    }
    return std::nullopt;
}

bool isPerson(const CaseView &v)
{
    if (v.fields().partyType)
        return v.fields().partyType->value == PartyType::Person;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return false;
    const QString head = v.text(*decision).left(260);
    return head.contains(QStringLiteral("身份证")) && !head.contains(QStringLiteral("统一社会信用代码")) &&
           !head.contains(QStringLiteral("个体工商户"));
}

static std::optional<Evidence> findInDecision(const CaseView &v, const QRegularExpression &re)
{
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return std::nullopt;
    const QString t = v.text(*decision);
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!TextScan::negatedBefore(t, m.capturedStart(), 3))
            return v.evidence(*decision, m.capturedStart(), m.capturedLength());
    }
    return std::nullopt;
}

std::optional<Evidence> heavyPenalty(const CaseView &v)
{
    static const QRegularExpression re(QStringLiteral(
        "(吊销|撤销)[^。；，]{0,12}(许可证|执照|资质|证书)|责令停产停业|责令停业|责令关闭|限制从业|降低资质等级|暂扣[^。；，]{0,8}(许可证|执照)"));
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return std::nullopt;
    const QString t = v.text(*decision);
    static const QRegularExpression section(QStringLiteral("(作出|给予)(如下|以下)[^。]{0,6}处罚|处罚如下|决定如下"));
    const auto s = section.match(t);
    if (!s.hasMatch())
        return std::nullopt;
    const QStringView penalty = QStringView(t).mid(s.capturedEnd(), 200);
    const auto m = re.match(penalty);
    if (!m.hasMatch())
        return std::nullopt;
    return v.evidence(*decision, s.capturedEnd() + m.capturedStart(), m.capturedLength());
}

std::optional<Evidence> hearingHeld(const CaseView &v)
{
    static const QRegularExpression re(QStringLiteral("(举行|召开|组织)了?听证(会)?|听证笔录|听证会"));
    return findInDecision(v, re);
}

std::optional<std::pair<QString, Evidence>> majorReason(const CaseView &v, const ParameterProfile &p)
{
    // Any party's own fine at its own kind's threshold makes the case major.
    const bool several = PartyFines::of(v).size() > 1;
    const auto large = PartyFines::reaching(v, PartyFines::majorLimit, p);
    if (!large.empty()) {
        const PartyFine &f = large.front();
        return std::pair{QStringLiteral("%1，达到重大案件标准%2元").arg(PartyFines::describe(f, several), yuan(PartyFines::majorLimit(f.person, p))),
                         f.fine->evidence};
    }
    if (auto e = heavyPenalty(v))
        return std::pair{QStringLiteral("处罚种类为「%1」").arg(e->snippet), *e};
    return std::nullopt;
}

bool decisionOnly(const CaseView &v)
{
    if (!v.has(DocumentType::Decision))
        return false;
    for (DocumentType t : allDocumentTypes())
        if (t != DocumentType::Decision && t != DocumentType::DeliveryReceipt && t != DocumentType::PaymentReceipt &&
            t != DocumentType::Other && v.has(t))
            return false;
    return true;
}

QStringView sentenceAt(QStringView text, qsizetype pos, qsizetype *start)
{
    qsizetype from = pos;
    while (from > 0 && text[from - 1] != u'。')
        --from;
    qsizetype to = pos;
    while (to < text.size() && text[to] != u'。')
        ++to;
    if (start)
        *start = from;
    return text.mid(from, to - from);
}

int uncertainPage(const CaseView &v, std::initializer_list<const DateFact *> deciding)
{
    for (const DateFact *d : deciding)
        if (d && v.uncertain(*d))
            return d->evidence.page;
    return 0;
}

QString cnDate(QDate d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QStringLiteral("（日期不明）");
}

QString yuan(double v)
{
    return QString::number(v, 'f', v == double(qint64(v)) ? 0 : 2);
}
} // namespace CaseFacts

} // namespace casereview
