// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodlink.h"

namespace casereview {

namespace PeriodLink {
namespace {
using ClauseText::Span;
using PeriodReader::Period;

bool inside(const Span &s, qsizetype at) { return at >= s.start && at < s.end(); }

// A mention of another kind lies between a and b (exclusive) and is not listed together with
// the mention ("陈述、申辩意见或者要求听证" shares a period; "申请行政复议，也可以…" does not).
bool blocked(QStringView text, const std::vector<Mention> &mentions, const Mention &m, qsizetype a, qsizetype b)
{
    const qsizetype lo = std::min(a, b), hi = std::max(a, b);
    // Only the other-kind mention nearest to m matters: what is listed with it is listed with m.
    const Mention *nearest = nullptr;
    for (const Mention &o : mentions)
        if (o.kind != m.kind && o.at > lo && o.at < hi &&
            (!nearest || std::abs(o.at - m.at) < std::abs(nearest->at - m.at)))
            nearest = &o;
    if (!nearest)
        return false;
    const Mention &o = *nearest;
    const qsizetype from = o.at < m.at ? o.at + o.length : m.at + m.length;
    const qsizetype to = o.at < m.at ? m.at : o.at;
    const QStringView between = text.mid(from, std::max<qsizetype>(0, to - from));
    const bool listed = between.size() <= 10 && !between.contains(u'，') && !between.contains(u'；') &&
                        (between.contains(u'或') || between.contains(u'和') || between.contains(u'及') ||
                         between.contains(u'、') || between.contains(u'与') || between.size() <= 3);
    return !listed;
}

bool namesOther(const std::vector<Mention> &mentions, const Mention &m, const Span &s)
{
    for (const Mention &o : mentions)
        if (o.kind != m.kind && inside(s, o.at))
            return true;
    return false;
}

std::optional<Period> inSpan(QStringView text, const std::vector<Period> &periods, const Span &s,
                             const std::vector<Mention> &mentions, const Mention &m)
{
    const Period *best = nullptr;
    qsizetype bestDistance = 0;
    for (const Period &p : periods) {
        if (!inside(s, p.start) || blocked(text, mentions, m, p.start, m.at))
            continue;
        // Before the mention counts as nearer than the same distance after it.
        const qsizetype d = p.start < m.at ? m.at - p.start : (p.start - m.at) * 2;
        if (!best || d < bestDistance)
            best = &p, bestDistance = d;
    }
    return best ? std::optional<Period>(*best) : std::nullopt;
}
} // namespace

std::optional<Period> periodFor(QStringView text, const std::vector<Span> &sentences, const std::vector<Period> &periods,
                                const std::vector<Mention> &mentions, const Mention &mention)
{
    size_t si = 0;
    while (si < sentences.size() && !inside(sentences[si], mention.at))
        ++si;
    if (si == sentences.size())
        return std::nullopt;
    const std::vector<Span> clauses = ClauseText::clauses(text, sentences[si]);
    size_t ci = 0;
    while (ci < clauses.size() && !inside(clauses[ci], mention.at))
        ++ci;
    if (ci == clauses.size())
        return std::nullopt;
    if (auto p = inSpan(text, periods, clauses[ci], mentions, mention))
        return p;
    // "六十日内，向…申请行政复议": the clause before is nothing but the time limit.
    if (ci > 0 && !namesOther(mentions, mention, clauses[ci - 1]) && text[clauses[ci - 1].end() - 1] != u'；')
        if (auto p = inSpan(text, periods, clauses[ci - 1], mentions, mention); p && p->within && p->start + p->length + 4 >= clauses[ci - 1].end())
            return p;
    // "如要求听证的，应当在五日内提出": a later clause of the same grant, up to a semicolon.
    for (size_t k = ci + 1; k < clauses.size(); ++k) {
        if (namesOther(mentions, mention, clauses[k]))
            break;
        if (auto p = inSpan(text, periods, clauses[k], mentions, mention))
            return p;
        if (text[clauses[k].end() - 1] == u'；')
            break;
    }
    for (size_t k = ci; k-- > 0;) {
        if (namesOther(mentions, mention, clauses[k]) || text[clauses[k].end() - 1] == u'；')
            break;
        if (auto p = inSpan(text, periods, clauses[k], mentions, mention))
            return p;
    }
    // The sentence sets no limit at all: the next one may ("请于…三日内提出").
    for (const Period &p : periods)
        if (inside(sentences[si], p.start))
            return std::nullopt;
    if (si + 1 < sentences.size() && !namesOther(mentions, mention, sentences[si + 1])) {
        const Span &next = sentences[si + 1];
        const QStringView s = text.mid(next.start, next.length);
        if (s.contains(u"提出") || s.contains(u"逾期") || s.contains(u"期限") || s.contains(u"行使"))
            for (const Period &p : periods)
                if (inside(next, p.start) && p.within)
                    return p;
    }
    return std::nullopt;
}
} // namespace PeriodLink

} // namespace casereview
