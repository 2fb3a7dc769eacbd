// SPDX-License-Identifier: GPL-3.0-or-later
#include "rightsclause.h"

#include "clausetext.h"
#include "periodlink.h"

#include <QRegularExpression>

namespace casereview {

namespace RightsClause {
namespace {
using ClauseText::Span;
using ClauseText::sentenceOf;
enum Kind { Statement = 1, Hearing = 2 };

struct Found {
    PeriodLink::Mention mention;
    bool grant = false;
    bool denied = false;
};

const QRegularExpression &grantWords()
{
    static const QRegularExpression re(QStringLiteral(
        "有权|可以|可在|可于|可自|可向|可就|可依法|可当场|可书面|可口头|享有|的权利|权利|请于|请在|请你|请您|应当在|应在|应于|应自|须在|须于|"
        "如需|如要求|如申请|要求听证的|申请听证的|如有异议|有异议的|如对|若对|若需|若要求|视为放弃|视为自动放弃|视同放弃"));
    return re;
}

bool deniedBefore(QStringView t, qsizetype at)
{
    const QStringView before = t.mid(std::max<qsizetype>(0, at - 8), std::min<qsizetype>(at, 8));
    for (const char16_t *w : {u"不享有", u"无权", u"不得", u"不予", u"不适用", u"不属于", u"不符合", u"不具有"})
        if (before.contains(QStringView(w)))
            return true;
    const QStringView after = t.mid(at, 12);
    return after.contains(u"不适用") || after.contains(u"不属于");
}

std::vector<Found> mentions(QStringView t, const std::vector<Span> &sentences)
{
    static const QRegularExpression re(QStringLiteral("陈述|申辩|辩解|申述|说明理由|提出(?:书面)?(?:意见|异议)|听证"));
    std::vector<Found> out;
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart();
        Found f;
        f.mention = {at, m.capturedLength(), m.capturedView() == u"听证" ? Hearing : Statement};
        const Span s = sentenceOf(sentences, at);
        const QStringView sentence = t.mid(s.start, s.length);
        const QStringView before = t.mid(std::max<qsizetype>(0, at - 6), std::min<qsizetype>(at, 6));
        const QStringView after = t.mid(m.capturedEnd(), 3);
        // What the party said, read as a fact: 据当事人陈述, 当事人陈述称, 经…申辩.
        static const QRegularExpression reported(QStringLiteral("(?:据|根据)(?:当事人|其|你|本人|被询问人)?(?:的)?$"));
        const bool narrated = reported.match(before).hasMatch() || after.startsWith(u"称") || after.startsWith(u"：") ||
                              after.startsWith(u"说") || after.startsWith(u"中称");
        // A hearing that took place or its papers, not a right told: 听证笔录, 听证会于…举行, 举行了听证.
        const bool held = f.mention.kind == Hearing &&
                          (after.startsWith(u"笔录") || after.startsWith(u"报告") || after.startsWith(u"主持") ||
                           after.startsWith(u"会于") || before.endsWith(u"举行了") || before.endsWith(u"组织了") ||
                           before.endsWith(u"召开了") || after.startsWith(u"通知书"));
        const bool grantInSentence = grantWords().match(sentence).hasMatch();
        if (deniedBefore(t, at)) {
            f.denied = true;
        } else if (ClauseText::negatedBefore(t, at, 4)) {
            // "逾期未提出陈述、申辩的，视为放弃" still tells of the right.
            f.grant = sentence.contains(u"视为") && sentence.contains(u"放弃");
        } else {
            f.grant = grantInSentence && !narrated && !held;
        }
        out.push_back(f);
    }
    return out;
}

bool waived(QStringView t)
{
    static const QRegularExpression re(QStringLiteral("放弃[^。；]{0,12}(陈述|申辩|听证)|(陈述|申辩|听证)[^。；]{0,12}放弃"));
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView around = t.mid(std::max<qsizetype>(0, m.capturedStart() - 16), m.capturedLength() + 16);
        // "逾期…视为放弃" is the notice's warning, not a waiver.
        if (around.contains(u"视为") || around.contains(u"视同") || around.contains(u"逾期") || around.contains(u"如")
            || around.contains(u"未放弃") || around.contains(u"不放弃"))
            continue;
        return true;
    }
    return false;
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
    Reading r;
    for (int kind : {Statement, Hearing}) {
        Right &out = kind == Statement ? r.statement : r.hearing;
        bool anyGrant = false, anyDenial = false;
        for (const Found &f : found) {
            if (f.mention.kind != kind)
                continue;
            if (!out.mentioned())
                out.at = f.mention.at;
            anyDenial = anyDenial || f.denied;
            if (!f.grant)
                continue;
            const auto period = PeriodLink::periodFor(t, sentences, periods, all, f.mention);
            if (!anyGrant || (!out.period && period)) {
                out.at = f.mention.at;
                out.period = period;
            }
            anyGrant = true;
            if (out.period)
                break;
        }
        out.granted = anyGrant;
        out.denied = !anyGrant && anyDenial;
    }
    r.waiver = waived(t);
    return r;
}
} // namespace RightsClause

} // namespace casereview
