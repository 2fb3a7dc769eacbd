// SPDX-License-Identifier: GPL-3.0-or-later
// The decision's party block comes first; other forms are the fallback for the name.
#include "partyextractor.h"

#include "uscc.h"

#include <QRegularExpression>

namespace PartyExtractor {
namespace {

QString cleanName(QString s)
{
    static const QRegularExpression tail(QStringLiteral("[（(，,；;。\\s].*$"));
    s.remove(tail);
    static const QRegularExpression colon(QStringLiteral("[：:]$"));
    s.remove(colon);
    // A name starts with a letter; marks before it are specks (OCR) or stray punctuation.
    s = s.trimmed();
    while (!s.isEmpty() && !s.front().isLetterOrNumber() && s.front() != u'（' && s.front() != u'(')
        s.remove(0, 1);
    return s;
}

// Lines of the decision's party block: from the top until the first body paragraph.
std::vector<const PageLine *> partyBlock(const PageLines &decision)
{
    std::vector<const PageLine *> out;
    int n = 0;
    for (const PageLine &l : decision.lines()) {
        if (++n > 14)
            break;
        if (n > 3 && l.compact.size() > 30 && !l.compact.contains(u"信用代码") && !l.compact.contains(u"身份"))
            break;
        out.push_back(&l);
    }
    return out;
}

std::optional<TextField> nameFromBlock(const std::vector<const PageLine *> &block)
{
    static const QRegularExpression labelled(QStringLiteral(
        "^(?:当事人|被处罚人|被处罚单位|当事人名称|当事人姓名|当事人（单位）名称|单位名称|名称|姓名)[：:](.+)$"));
    for (const PageLine *l : block) {
        const auto m = labelled.match(l->compact);
        if (m.hasMatch()) {
            // Keep the printed spacing out: cut at the first bracket or separator of the original text.
            const QString name = cleanName(l->text.mid(l->text.indexOf(QRegularExpression(QStringLiteral("[：:]"))) + 1).trimmed());
            if (!name.isEmpty())
                return TextField{name, {l->page, l->text}};
        }
    }
    static const QRegularExpression tableCell(
        QStringLiteral("^(?:当事人|被处罚人|被处罚单位)(?:名称|姓名)?\\s+([^\\s：:，,。].*)$"));
    for (const PageLine *l : block) {
        const auto m = tableCell.match(l->text);
        if (m.hasMatch()) {
            const QString name = cleanName(m.captured(1));
            if (name.size() >= 2)
                return TextField{name, {l->page, l->text}};
        }
    }
    static const QRegularExpression addressee(QStringLiteral("^([^：:，,。；;、\\d]{2,40})[：:]$"));
    for (const PageLine *l : block) {
        const auto m = addressee.match(l->compact);
        if (m.hasMatch())
            return TextField{m.captured(1), {l->page, l->text}};
    }
    return std::nullopt;
}

std::optional<TextField> nameFromForm(const PageLines &filing)
{
    static const QRegularExpression re(QStringLiteral("^(?:当事人|被检查人|被处罚人)(?:名称|姓名)?[：:]?\\s*([^\\s：:].{1,80})$"));
    for (const PageLine &l : filing.lines()) {
        const auto m = re.match(l.text);
        if (m.hasMatch()) {
            const QString name = cleanName(m.captured(1));
            if (name.size() >= 2)
                return TextField{name, {l.page, l.text}};
        }
    }
    return std::nullopt;
}

std::optional<UsccField> usccIn(const PageLines &pl)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:统一社会信用代码|社会信用代码|信用代码)[^0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{0,8}([0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{15,20})"));
    const auto m = re.match(pl.flow());
    if (!m.hasMatch())
        return std::nullopt;
    const QString code = Uscc::canonical(m.captured(1));
    return UsccField{code, Uscc::isValid(code), {pl.pageAt(m.capturedStart(1)), pl.snippet(m.capturedStart(0), m.capturedLength(0))}};
}

std::optional<PartyTypeField> typeOf(const std::vector<const PageLine *> &block, const std::optional<TextField> &name,
                                     const std::optional<UsccField> &uscc)
{
    Evidence ev = name ? name->evidence : Evidence{};
    for (const PageLine *l : block) {
        static const QRegularExpression keeper(QStringLiteral("^(?:经营者|业户)(?:姓名)?[：:]"));
        if (l->compact.contains(u"个体工商户") || keeper.match(l->compact).hasMatch())
            return PartyTypeField{PartyType::IndividualBusiness, {l->page, l->text}};
    }
    if (uscc) {
        const bool individual = uscc->value.startsWith(u"92");
        return PartyTypeField{individual ? PartyType::IndividualBusiness : PartyType::Organisation, uscc->evidence};
    }
    static const QRegularExpression personal(QStringLiteral("身份证|公民身份号码|性别|出生"));
    for (const PageLine *l : block)
        if (personal.match(l->compact).hasMatch())
            return PartyTypeField{PartyType::Person, {l->page, l->text}};
    if (!name)
        return std::nullopt;
    static const QRegularExpression org(QStringLiteral("(?:公司|厂|中心|合作社|社|所|院|站|协会|集团|学校|医院|酒店|宾馆)$"));
    if (org.match(name->value).hasMatch())
        return PartyTypeField{PartyType::Organisation, ev};
    static const QRegularExpression shop(QStringLiteral("(?:店|馆|部|坊|行|铺|摊|档)$"));
    if (shop.match(name->value).hasMatch())
        return PartyTypeField{PartyType::IndividualBusiness, ev};
    if (name->value.size() <= 4)
        return PartyTypeField{PartyType::Person, ev};
    return PartyTypeField{PartyType::Organisation, ev};
}

} // namespace

Party read(const PageLines &decision, const PageLines &all, const PageLines &filing)
{
    Party p;
    const auto block = partyBlock(decision);
    p.name = nameFromBlock(block);
    if (!p.name)
        p.name = nameFromForm(filing);
    if (!p.name)
        p.name = nameFromForm(all);
    p.uscc = usccIn(decision);
    if (!p.uscc)
        p.uscc = usccIn(all);
    p.type = typeOf(block, p.name, p.uscc);
    return p;
}
} // namespace PartyExtractor
