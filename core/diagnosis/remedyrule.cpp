// SPDX-License-Identifier: GPL-3.0-or-later
// The decision's remedy notice (行政处罚法第59条第1款第5项): 行政复议 within 60 days (行政复议法
// 第20条) and 行政诉讼 within 6 months (行政诉讼法第46条), read into values by RemedyClause and
// compared with the profile's periods — never with strings. An absence is a deduction only when
// the decision was read whole; otherwise, and where a limit is written but cannot be read, a hint.
#include "casefacts.h"
#include "clauses/remedyclause.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <algorithm>

namespace casereview {

using namespace CaseFacts;
using PeriodReader::Unit;

namespace {
// The decision reads to its end: a date after the last remedy-related words, as a signed
// decision's 落款 gives. A decision cut off (a missing last page) cannot prove an absence.
bool readToEnd(const CaseView &v, const CaseDocument &decision, const QString &t)
{
    const auto dates = TextScan::dates(t);
    if (dates.empty())
        return false;
    if (!v.readable(decision))
        return false;
    return dates.back().start >= t.size() * 6 / 10;
}
} // namespace

namespace Rules {
void remedyNotice(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return;
    if (!v.readable(*decision)) {
        Finding f = RuleCatalogue::hint("REMEDY_NOTICE_DEFECT", QStringLiteral("决定书页面无文字层，无法核对救济途径和期限"), {v.pageEvidence(*decision)});
        f.reader = QStringLiteral("RemedyClause");
        out.push_back(f);
        return;
    }
    const QString t = v.text(*decision);
    const RemedyClause::Reading r = RemedyClause::read(t);
    const auto &rv = r.reconsideration;
    const auto &lit = r.litigation;
    QStringList absences, wrong, unread;
    if (!rv.granted)
        absences << QStringLiteral("未告知申请行政复议的途径");
    else if (!rv.period)
        (rv.periodUnread ? unread : absences) << QStringLiteral("未载明申请行政复议的期限");
    else if (rv.period->unit != Unit::Day || rv.period->value != c.profile.reconsiderationDays)
        wrong << QStringLiteral("复议期限写作「%1」，应为%2日").arg(t.mid(rv.period->start, rv.period->length)).arg(c.profile.reconsiderationDays);
    if (!lit.granted)
        (r.onlyAfterReconsideration ? unread : absences)
            << (r.onlyAfterReconsideration ? QStringLiteral("仅告知对复议决定不服的起诉期限，未见直接提起行政诉讼的途径")
                                           : QStringLiteral("未告知提起行政诉讼的途径"));
    else if (!lit.period)
        (lit.periodUnread ? unread : absences) << QStringLiteral("未载明提起行政诉讼的期限");
    else if (!lit.period->isMonths(c.profile.litigationMonths))
        wrong << QStringLiteral("诉讼期限写作「%1」，应为%2个月").arg(t.mid(lit.period->start, lit.period->length)).arg(c.profile.litigationMonths);
    if (absences.isEmpty() && wrong.isEmpty() && unread.isEmpty())
        return;
    std::vector<Evidence> evidence;
    for (const RemedyClause::Remedy *m : {&rv, &lit})
        if (m->mentioned())
            evidence.push_back(m->period ? v.evidence(*decision, m->period->start, m->period->length) : v.evidence(*decision, m->at, 2));
    if (evidence.empty())
        evidence.push_back(v.pageEvidence(*decision));
    const QStringList problems = wrong + absences + unread;
    Finding f = RuleCatalogue::finding("REMEDY_NOTICE_DEFECT", QStringLiteral("决定书救济告知有误：") + problems.join(QStringLiteral("；")),
                                       evidence, problems.join(QLatin1Char('|')));
    f.reader = QStringLiteral("RemedyClause");
    if (wrong.isEmpty()) {
        // Only absences or unreadable limits: proof needs the whole decision, read with confidence.
        const int doubtful = v.doubtfulPageOf(*decision);
        if (doubtful)
            f = RuleCatalogue::unverified(f, doubtful, QStringLiteral("识别置信度低，可能有整行文字未识别出"));
        else if (absences.isEmpty())
            f = RuleCatalogue::unproven(f, evidence.front().page, QStringLiteral("期限的写法未能读出"));
        else if (!readToEnd(v, *decision, t))
            f = RuleCatalogue::unproven(f, decision->lastPage, QStringLiteral("决定书可能不完整（未见落款日期）"));
    }
    out.push_back(f);
}
} // namespace Rules

} // namespace casereview
