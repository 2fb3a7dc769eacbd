// SPDX-License-Identifier: GPL-3.0-or-later
// An amount is a fine when 罚款 stands right before it (罚款人民币…, 罚款金额：…) or it is the
// object of 处/处以/并处 … 罚款; a bound of a range (…以上, 至…) or a quoted article never is.
#include "fineextractor.h"

#include "chineseamount.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace casereview {

namespace FineExtractor {
namespace {

struct Candidate {
    qsizetype pos;  // where the fine's wording starts (罚款 or the amount)
    double yuan;
    qsizetype start, length;  // the amount
};

std::vector<std::pair<qsizetype, qsizetype>> quoteSpans(const QString &flow)
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    static const QRegularExpression quote(QStringLiteral("“[^”]*”"));
    auto it = quote.globalMatch(flow);
    while (it.hasNext()) {
        const auto m = it.next();
        out.emplace_back(m.capturedStart(0), m.capturedEnd(0));
    }
    return out;
}

std::vector<Candidate> candidates(const QString &flow)
{
    const auto quotes = quoteSpans(flow);
    auto quoted = [&](qsizetype p) {
        return std::any_of(quotes.begin(), quotes.end(), [p](const auto &q) { return p >= q.first && p < q.second; });
    };
    std::vector<Candidate> out;
    static const QRegularExpression gap(QStringLiteral(
        "^[：:，,]?(?:人民币|金额|数额|为|计|共计|合计|[（(]大写[）)]|大写|[（(]小写[）)]|小写|[：:])*$"));
    static const QRegularExpression bound(QStringLiteral("^(?:以上|以下|以内|至|到|－|-|~|～|—)"));
    static const QRegularExpression before(QStringLiteral("(?:处|处以|并处|给予|予以|作出)$"));
    static const QRegularExpression fineWord(QStringLiteral("^的?罚款"));
    for (const auto &a : ChineseAmount::findAll(flow)) {
        if (quoted(a.start) || bound.match(flow.mid(a.start + a.length, 3)).hasMatch())
            continue;
        const qsizetype fine = flow.lastIndexOf(u"罚款", a.start);
        const bool fineBefore = fine >= 0 && a.start - (fine + 2) <= 8
            && gap.match(flow.mid(fine + 2, a.start - fine - 2)).hasMatch();
        const bool fineAfter = fineWord.match(flow.mid(a.start + a.length, 3)).hasMatch()
            && before.match(flow.left(a.start)).hasMatch();
        if (fineBefore || fineAfter)
            out.push_back({fineBefore ? fine : a.start, a.yuan, a.start, a.length});
    }
    // Summary tables: 罚款金额（万元）：2 — a bare number whose unit the label gives.
    static const QRegularExpression labelled(QStringLiteral("罚款金额[（(](万元|元)[）)][：:]?([0-9０-９]+(?:[.．][0-9０-９]+)?)"));
    auto it = labelled.globalMatch(flow);
    while (it.hasNext()) {
        const auto m = it.next();
        QString n = m.captured(2);
        for (QChar &c : n)
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                c = QChar(u'0' + (c.unicode() - 0xFF10));
            else if (c == u'．')
                c = u'.';
        const double yuan = n.toDouble() * (m.captured(1) == u"万元" ? 1e4 : 1);
        out.push_back({m.capturedStart(0), std::round(yuan * 100) / 100, m.capturedStart(2), m.capturedLength(2)});
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.pos < b.pos; });
    return out;
}

AmountField fieldOf(const PageLines &pl, const Candidate &c)
{
    return AmountField{c.yuan, {pl.pageAt(c.start), pl.snippet(c.pos, c.start + c.length - c.pos)}};
}

// The decided penalty as text: from the anchor (past its 如下行政处罚：) to the end of the sentence.
QString penaltyText(const QString &flow, qsizetype from, qsizetype to)
{
    QString s = flow.mid(from, std::min<qsizetype>(to, from + 200) - from);
    static const QRegularExpression lead(QStringLiteral("^[^：:。]{0,30}?(?:如下|以下)(?:行政)?处罚(?:决定)?[：:]"));
    s.remove(lead);
    const qsizetype end = s.indexOf(u'。');
    if (end >= 0)
        s = s.left(end);
    static const QRegularExpression edge(QStringLiteral("^[：:，,；;、\\s]+|[：:，,；;、\\s]+$"));
    s.remove(edge);
    return s;
}

} // namespace

qsizetype decidedAt(const QString &flow)
{
    static const QRegularExpression decided(QStringLiteral("决定(?:对|给予|作出|如下|处以|[：:])|作出如下|处罚如下|作出以下"));
    qsizetype anchor = -1;
    auto it = decided.globalMatch(flow);
    while (it.hasNext())
        anchor = it.next().capturedStart(0);
    return anchor;
}

std::optional<AmountField> in(const PageLines &pl)
{
    const auto all = candidates(pl.flow());
    if (all.empty())
        return std::nullopt;
    const qsizetype anchor = decidedAt(pl.flow());
    for (const Candidate &c : all)
        if (c.pos >= anchor)
            return fieldOf(pl, c);
    return fieldOf(pl, all.back());
}

std::optional<AmountField> inSpan(const PageLines &pl, qsizetype from, qsizetype to)
{
    for (const Candidate &c : candidates(pl.flow()))
        if (c.pos >= from && c.start < to)
            return fieldOf(pl, c);
    return std::nullopt;
}

void assignPenalties(const PageLines &decision, std::vector<PartyRecord> &parties)
{
    const QString &flow = decision.flow();
    const qsizetype anchor = decidedAt(flow);
    if (parties.empty() || anchor < 0)
        return;
    if (parties.size() == 1) {
        const QString text = penaltyText(flow, anchor, flow.size());
        if (!text.isEmpty())
            parties.front().penalty = TextField{text, {decision.pageAt(anchor), decision.snippet(anchor, text.size())}};
        parties.front().fine = in(decision);
        return;
    }
    // Several: the penalty of each follows its name in the decided part (对甲公司罚款…；对乙…).
    // The decided part starts at the last 决定… after which every party is named.
    static const QRegularExpression decided(QStringLiteral("决定(?:对|给予|作出|如下|处以|[：:])|处罚如下|作出如下|作出以下"));
    std::vector<qsizetype> at;
    for (auto it = decided.globalMatch(flow); it.hasNext();) {
        const qsizetype from = it.next().capturedStart(0);
        std::vector<qsizetype> found;
        for (const PartyRecord &p : parties)
            found.push_back(flow.indexOf(p.name.value, from));
        if (std::all_of(found.begin(), found.end(), [](qsizetype p) { return p >= 0; }))
            at = found;
    }
    if (at.empty())
        return;
    for (size_t i = 0; i < parties.size(); ++i) {
        qsizetype end = flow.size();
        for (size_t k = 0; k < at.size(); ++k)
            if (at[k] > at[i])
                end = std::min(end, at[k]);
        const qsizetype from = at[i] + parties[i].name.value.size();
        // 对甲公司、乙公司各处罚款… : a name joined to the next shares its penalty.
        static const QRegularExpression joined(QStringLiteral("^[、和及与,，]$"));
        if (end - from <= 1 && joined.match(flow.mid(from, end - from)).hasMatch()) {
            qsizetype next = flow.size();
            for (size_t k = 0; k < at.size(); ++k)
                if (at[k] > end)
                    next = std::min(next, at[k]);
            const qsizetype nameEnd = flow.indexOf(u'。', end);
            end = std::min(next, nameEnd < 0 ? flow.size() : nameEnd);
        }
        // One party's item ends at its 。 or ；, before the next item's number.
        const QString text = penaltyText(flow, from, end).section(u'；', 0, 0).section(u';', 0, 0);
        if (!text.isEmpty())
            parties[i].penalty = TextField{text, {decision.pageAt(from), decision.snippet(from, text.size())}};
        parties[i].fine = inSpan(decision, from, std::min(end, from + 200));
    }
}
} // namespace FineExtractor

} // namespace casereview
