// SPDX-License-Identifier: GPL-3.0-or-later
#include "remedyclause.h"

#include "clausetext.h"
#include "periodlink.h"

#include <QRegularExpression>

namespace casereview {

namespace RemedyClause {
namespace {
using ClauseText::Span;
using ClauseText::sentenceOf;
enum Kind { Reconsideration = 1, Litigation = 2 };

struct Found {
    PeriodLink::Mention mention;
    bool grant = false;
    bool afterReconsideration = false;
};

// The clauses of the sentence up to and including the mention's own.
QStringView leadUp(QStringView t, const Span &sentence, qsizetype at)
{
    return t.mid(sentence.start, at - sentence.start);
}

std::vector<Found> mentions(QStringView t, const std::vector<Span> &sentences)
{
    static const QRegularExpression re(QStringLiteral("复议|诉讼|起诉"));
    std::vector<Found> out;
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart();
        const QStringView word = m.capturedView();
        const QStringView after = t.mid(m.capturedEnd(), 2);
        const QStringView before = t.mid(std::max<qsizetype>(0, at - 3), std::min<qsizetype>(at, 3));
        Found f;
        f.mention = {at, m.capturedLength(), word == u"复议" ? Reconsideration : Litigation};
        // References, not remedies: 行政复议法, 行政诉讼法, 复议机关, 诉讼费.
        if (after.startsWith(u"法") || after.startsWith(u"机关") || after.startsWith(u"费") || after.startsWith(u"时效"))
            continue;
        const Span s = sentenceOf(sentences, at);
        const QStringView sentence = t.mid(s.start, s.length);
        const QStringView lead = leadUp(t, s, at);
        // Enforcement and suspension clauses name both remedies but grant neither.
        const bool enforcement = sentence.contains(u"强制执行") && (sentence.contains(u"逾期不") || sentence.contains(u"又不履行") ||
                                                                  sentence.contains(u"期满不") || sentence.contains(u"届满不"));
        const bool suspension = sentence.contains(u"不停止") || sentence.contains(u"停止执行");
        const bool notThrough = before.endsWith(u"不经") || before.endsWith(u"经过") || before.endsWith(u"未经");
        if (f.mention.kind == Reconsideration && (after.startsWith(u"决定") || after.startsWith(u"申请书") || notThrough))
            continue;
        f.grant = !enforcement && !(suspension && !sentence.contains(u"可以") && !sentence.contains(u"可在") && !sentence.contains(u"有权"))
                  && !ClauseText::negatedBefore(t, at, 6);
        if (f.mention.kind == Litigation) {
            // 对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼
            const qsizetype clauseStart = std::max(lead.lastIndexOf(u'；'), lead.lastIndexOf(u'。'));
            const QStringView own = lead.mid(clauseStart + 1);
            // Not "（复议机关：某市人民政府）", which only names the body.
            f.afterReconsideration = own.contains(u"复议决定") || own.contains(u"经复议") || own.contains(u"复议后") ||
                                     own.contains(u"复议机关作出") || own.contains(u"复议机关逾期");
        }
        out.push_back(f);
    }
    return out;
}

QString captureBefore(QStringView t, const Span &s, qsizetype at, const QRegularExpression &re)
{
    const QStringView lead = t.mid(s.start, at - s.start);
    QString found;
    auto it = re.globalMatch(lead);
    while (it.hasNext())
        found = it.next().captured(1);
    return found;
}
} // namespace

Reading read(QStringView raw)
{
    const QString t = ClauseText::normalised(raw);
    const std::vector<Span> sentences = ClauseText::sentences(t);
    const std::vector<PeriodReader::Period> periods = PeriodReader::find(t);
    const std::vector<Found> found = mentions(t, sentences);
    std::vector<PeriodLink::Mention> all;
    for (const Found &f : found)
        all.push_back(f.mention);
    static const QRegularExpression body(QStringLiteral("向([^，。；]{2,40}?)(?:依法)?(?:申请|提起|提出|起诉)"));
    static const QRegularExpression start(QStringLiteral("((?:自|从|在)?[^，。；]{0,20}?之日起)"));
    static const QRegularExpression limitWords(QStringLiteral("[日天月年]以?内"));

    Reading r;
    bool sawDirectSuit = false, sawLaterSuit = false;
    for (int kind : {Reconsideration, Litigation}) {
        Remedy &out = kind == Reconsideration ? r.reconsideration : r.litigation;
        std::optional<Remedy> withoutPeriod;
        for (const Found &f : found) {
            if (f.mention.kind != kind)
                continue;
            if (!out.mentioned() && !withoutPeriod)
                out.at = f.mention.at;
            if (!f.grant)
                continue;
            if (f.afterReconsideration) {
                sawLaterSuit = true;
                continue;
            }
            sawDirectSuit = sawDirectSuit || kind == Litigation;
            Remedy candidate;
            candidate.granted = true;
            candidate.at = f.mention.at;
            candidate.period = PeriodLink::periodFor(t, sentences, periods, all, f.mention);
            const Span s = sentenceOf(sentences, f.mention.at);
            const qsizetype clauseEnd = [&] {
                qsizetype e = f.mention.at;
                while (e < s.end() && t[e] != u'，' && t[e] != u'；' && t[e] != u'。')
                    ++e;
                return e;
            }();
            qsizetype clauseStart = f.mention.at;
            while (clauseStart > s.start && t[clauseStart - 1] != u'，' && t[clauseStart - 1] != u'；')
                --clauseStart;
            const QStringView near = t.mid(clauseStart, clauseEnd - clauseStart);
            candidate.body = captureBefore(t, s, clauseEnd, body);
            candidate.startEvent = captureBefore(t, s, f.mention.at, start);
            if (!candidate.period && limitWords.match(near).hasMatch())
                candidate.periodUnread = true;
            if (candidate.period) {
                out = candidate;
                withoutPeriod.reset();
                break;
            }
            if (!withoutPeriod)
                withoutPeriod = candidate;
        }
        if (!out.granted && withoutPeriod)
            out = *withoutPeriod;
    }
    r.onlyAfterReconsideration = sawLaterSuit && !sawDirectSuit;
    return r;
}
} // namespace RemedyClause

} // namespace casereview
