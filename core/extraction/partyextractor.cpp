// SPDX-License-Identifier: GPL-3.0-or-later
// The decision's party block comes first: each name label starts a party and the labels after it
// (code, identity number, address, legal representative, keeper) describe it. Other forms are the
// fallback for a single party's name; the first code in the file for its USCC.
#include "partyextractor.h"

#include "partyblock.h"
#include "uscc.h"

#include <QRegularExpression>

namespace casereview {

namespace PartyExtractor {
namespace {
using PartyBlock::Entry;
using PartyBlock::Kind;

std::optional<TextField> nameFromForm(const PageLines &filing)
{
    static const QRegularExpression re(QStringLiteral("^(?:当事人|被检查人|被处罚人)(?:名称|姓名)?[：:]?\\s*([^\\s：:].{1,80})$"));
    for (const PageLine &l : filing.lines()) {
        const auto m = re.match(l.text);
        if (m.hasMatch()) {
            const QString name = PartyBlock::cleanName(m.captured(1));
            if (!name.isEmpty())
                return TextField{name, {l.page, l.text}};
        }
    }
    return std::nullopt;
}

std::optional<UsccField> codeOf(const QString &value, const Evidence &ev)
{
    static const QRegularExpression code(QStringLiteral("^[^0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{0,8}([0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{15,20})"));
    const auto m = code.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QString c = Uscc::canonical(m.captured(1));
    return UsccField{c, Uscc::isValid(c), ev};
}

// The first code labelled as a credit code in the text that is not the agency's own.
std::optional<UsccField> usccIn(const PageLines &pl)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:统一社会信用代码|社会信用代码|信用代码)[^0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{0,8}([0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{15,20})"));
    static const QRegularExpression agency(QStringLiteral("(?:机关|机构|数据来源单位|处罚单位)的?$"));
    auto it = re.globalMatch(pl.flow());
    while (it.hasNext()) {
        const auto m = it.next();
        if (agency.match(pl.flow().mid(std::max<qsizetype>(0, m.capturedStart(0) - 10), std::min<qsizetype>(10, m.capturedStart(0)))).hasMatch())
            continue;
        const QString code = Uscc::canonical(m.captured(1));
        return UsccField{code, Uscc::isValid(code), {pl.pageAt(m.capturedStart(1)), pl.snippet(m.capturedStart(0), m.capturedLength(0))}};
    }
    return std::nullopt;
}

std::optional<PartyTypeField> typeOf(const TextField &name, const std::vector<const Entry *> &entries,
                                     const std::optional<UsccField> &uscc)
{
    static const QRegularExpression business(QStringLiteral("个体工商户|个体户|个体经营"));
    for (const Entry *e : entries)
        if (e->kind == Kind::Operator || business.match(e->evidence.snippet).hasMatch() || business.match(e->label).hasMatch())
            return PartyTypeField{PartyType::IndividualBusiness, e->evidence};
    if (uscc)
        return PartyTypeField{uscc->value.startsWith(u"92") ? PartyType::IndividualBusiness : PartyType::Organisation,
                              uscc->evidence};
    for (const Entry *e : entries)
        if (e->kind == Kind::LegalRep)
            return PartyTypeField{PartyType::Organisation, e->evidence};
    // 身份证件号码, 性别, 出生 — or unlabelled: 张某，男，1980年…出生，住…
    static const QRegularExpression personal(QStringLiteral("身份证|公民身份号码|性别|出生|[，,](?:男|女)[，,]"));
    for (const Entry *e : entries)
        if (e->kind == Kind::PersonId || e->kind == Kind::Personal
            || (e->kind == Kind::Name && personal.match(e->evidence.snippet).hasMatch()))
            return PartyTypeField{PartyType::Person, e->evidence};
    const Evidence &ev = name.evidence;
    static const QRegularExpression org(QStringLiteral("(?:公司|厂|中心|合作社|社|所|院|站|协会|集团|学校|医院|酒店|宾馆|委员会|局)$"));
    if (org.match(name.value).hasMatch())
        return PartyTypeField{PartyType::Organisation, ev};
    static const QRegularExpression shop(QStringLiteral("(?:店|馆|部|坊|行|铺|摊|档)$"));
    if (shop.match(name.value).hasMatch())
        return PartyTypeField{PartyType::IndividualBusiness, ev};
    if (name.value.size() <= 4)
        return PartyTypeField{PartyType::Person, ev};
    return PartyTypeField{PartyType::Organisation, ev};
}

// The entries grouped by party: each name starts one.
std::vector<std::pair<const Entry *, std::vector<const Entry *>>> grouped(const std::vector<Entry> &entries)
{
    std::vector<std::pair<const Entry *, std::vector<const Entry *>>> out;
    for (const Entry &e : entries) {
        if (e.kind == Kind::Name) {
            // The same party named twice in a row (当事人：A  名称：A) is one party.
            if (!out.empty() && out.back().first->value == e.value)
                continue;
            out.push_back({&e, {&e}});
        } else if (!out.empty()) {
            out.back().second.push_back(&e);
        }
    }
    return out;
}

} // namespace

std::vector<PartyRecord> readAll(const PageLines &decision, const PageLines &all, const PageLines &filing)
{
    const PageLines &source = decision.isEmpty() ? all : decision;
    std::vector<Entry> entries = PartyBlock::read(source);
    if (std::none_of(entries.begin(), entries.end(), [](const Entry &e) { return e.kind == Kind::Name; }))
        entries = PartyBlock::namesAnywhere(source);
    std::vector<PartyRecord> out;
    for (const auto &[name, own] : grouped(entries)) {
        PartyRecord p;
        p.name = TextField{name->value, name->evidence};
        for (const Entry *e : own)
            if (e->kind == Kind::Uscc && !p.uscc)
                p.uscc = codeOf(e->value, e->evidence);
        out.push_back(std::move(p));
    }
    if (out.empty()) {
        std::optional<TextField> name = nameFromForm(filing);
        if (!name)
            name = nameFromForm(all);
        if (name)
            out.push_back(PartyRecord{*name, {}, {}, {}, {}});
    }
    if (out.size() == 1 && !out.front().uscc) {
        out.front().uscc = usccIn(decision);
        if (!out.front().uscc)
            out.front().uscc = usccIn(all);
    }
    const auto groups = grouped(entries);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].type = typeOf(out[i].name, i < groups.size() ? groups[i].second : std::vector<const Entry *>{}, out[i].uscc);
    return out;
}

Party read(const PageLines &decision, const PageLines &all, const PageLines &filing)
{
    const std::vector<PartyRecord> parties = readAll(decision, all, filing);
    Party p;
    if (!parties.empty()) {
        p.name = parties.front().name;
        p.type = parties.front().type;
        p.uscc = parties.front().uscc;
    } else {
        p.uscc = usccIn(decision);
        if (!p.uscc)
            p.uscc = usccIn(all);
    }
    return p;
}
} // namespace PartyExtractor

} // namespace casereview
